package io.jenkins.plugins.aigate.core.commit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One git commit as the gate sees it: identities, the whole message, and the paths it changed. For a merge the
 * paths are its diff against the first parent, i.e. what the merged branch brought in.
 *
 * <p>Immutable; build it with {@link #builder(String)}.
 */
public final class Commit {
    private final String id;
    private final List<String> parentIds;
    private final PersonIdent author;
    private final PersonIdent committer;
    private final String message;
    private final String encoding;
    private final List<ChangedPath> changedPaths;
    private final boolean pathsKnown;
    private final boolean undecodable;
    private final String unreadable;

    private Commit(Builder builder) {
        this.id = builder.id;
        this.parentIds = List.copyOf(builder.parentIds);
        this.author = Objects.requireNonNull(builder.author, "author");
        this.committer = Objects.requireNonNull(builder.committer, "committer");
        this.message = Objects.requireNonNull(builder.message, "message");
        this.encoding = builder.encoding;
        this.changedPaths = Collections.unmodifiableList(new ArrayList<>(builder.changedPaths));
        this.pathsKnown = builder.pathsKnown;
        this.undecodable = builder.undecodable;
        this.unreadable = builder.unreadable;
    }

    /**
     * @param id the full hexadecimal object id (SHA-1 or SHA-256)
     * @return a builder for a commit with that id
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** @return the full hexadecimal object id */
    public String id() {
        return id;
    }

    /** @return the first twelve characters of the id */
    public String shortId() {
        return id.length() <= 12 ? id : id.substring(0, 12);
    }

    /** @return the parent ids in order; empty for a root commit */
    public List<String> parentIds() {
        return parentIds;
    }

    /** @return {@code true} for a commit with two or more parents */
    public boolean isMerge() {
        return parentIds.size() > 1;
    }

    public PersonIdent author() {
        return author;
    }

    public PersonIdent committer() {
        return committer;
    }

    /** @return the whole message, subject, body and trailers, with line ends as {@code \n} */
    public String message() {
        return message;
    }

    /** @return the message's first line */
    public String subject() {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** @return the encoding the commit object declared, if it declared one */
    public Optional<String> encoding() {
        return Optional.ofNullable(encoding);
    }

    /** @return the changed paths; empty when none were listed or when {@link #pathsKnown()} is false */
    public List<ChangedPath> changedPaths() {
        return changedPaths;
    }

    /**
     * @return whether the input listed this commit's changed paths at all; a commit whose paths are unknown must
     *     never be exempted by path rules
     */
    public boolean pathsKnown() {
        return pathsKnown;
    }

    /**
     * @return whether some bytes of the message, an identity or a path were not valid in the commit's encoding and
     *     were read as U+FFFD; the text is then not exactly what git stored, so callers may want to treat the commit
     *     with suspicion
     */
    public boolean undecodable() {
        return undecodable;
    }

    /**
     * @return why git could not show this commit whole, when it could not: a NUL byte in the message (git prints the
     *     message only up to it), a missing author or committer line. Such a commit is a reason to require approval:
     *     what it hides cannot be assessed
     */
    public Optional<String> unreadable() {
        return Optional.ofNullable(unreadable);
    }

    /** @return a builder holding everything this commit holds, to change a part */
    public Builder toBuilder() {
        Builder b = new Builder(id).parents(parentIds).author(author).committer(committer).message(message)
                .encoding(encoding).undecodable(undecodable).unreadable(unreadable);
        changedPaths.forEach(b::changedPath);
        return b.pathsKnown(pathsKnown);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Commit)) {
            return false;
        }
        Commit that = (Commit) o;
        return pathsKnown == that.pathsKnown && undecodable == that.undecodable && id.equals(that.id) && parentIds.equals(that.parentIds)
                && author.equals(that.author) && committer.equals(that.committer) && message.equals(that.message)
                && Objects.equals(encoding, that.encoding) && changedPaths.equals(that.changedPaths)
                && Objects.equals(unreadable, that.unreadable);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, parentIds, author, committer, message, encoding, changedPaths, pathsKnown, undecodable,
                unreadable);
    }

    @Override
    public String toString() {
        return shortId() + " " + subject();
    }

    /** Collects a commit's parts; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final List<String> parentIds = new ArrayList<>();
        private PersonIdent author;
        private PersonIdent committer;
        private String message = "";
        private String encoding;
        private final List<ChangedPath> changedPaths = new ArrayList<>();
        private boolean pathsKnown;
        private boolean undecodable;
        private String unreadable;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        public Builder parent(String parentId) {
            parentIds.add(Objects.requireNonNull(parentId, "parentId"));
            return this;
        }

        public Builder parents(List<String> ids) {
            ids.forEach(this::parent);
            return this;
        }

        public Builder author(PersonIdent value) {
            this.author = value;
            return this;
        }

        public Builder committer(PersonIdent value) {
            this.committer = value;
            return this;
        }

        /** Sets author and committer to the same identity. */
        public Builder person(PersonIdent value) {
            return author(value).committer(value);
        }

        public Builder message(String value) {
            this.message = Objects.requireNonNull(value, "message");
            return this;
        }

        public Builder encoding(String value) {
            this.encoding = value;
            return this;
        }

        /** Adds a changed path and marks the paths as known. */
        public Builder changedPath(ChangedPath path) {
            changedPaths.add(Objects.requireNonNull(path, "path"));
            pathsKnown = true;
            return this;
        }

        /** Declares whether the input listed changed paths (a commit that changed nothing lists none). */
        public Builder pathsKnown(boolean known) {
            this.pathsKnown = known;
            return this;
        }

        /** Declares that some of the commit's bytes could not be decoded and were replaced by U+FFFD. */
        public Builder undecodable(boolean value) {
            this.undecodable = value;
            return this;
        }

        /** Declares why git could not show the commit whole ({@code null}: it could). */
        public Builder unreadable(String why) {
            this.unreadable = why;
            return this;
        }

        public Commit build() {
            return new Commit(this);
        }
    }
}
