package io.jenkins.plugins.aigate.core.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A field a rule reads, in the one vocabulary built-in and custom rules share. Written as text in rule tables and
 * configuration ({@link #parse(String)}), e.g. {@code authorEmail}, {@code trailer:Assisted-by} or {@code prBody}.
 */
public final class Field {
    /** What a field reads. */
    public enum Kind {
        /** The author's name. */
        AUTHOR_NAME("authorName", false),
        /** The author's email address, without angle brackets. */
        AUTHOR_EMAIL("authorEmail", false),
        /** The committer's name. */
        COMMITTER_NAME("committerName", false),
        /** The committer's email address. */
        COMMITTER_EMAIL("committerEmail", false),
        /** The message's first line. */
        SUBJECT("subject", false),
        /** The whole message; use {@code (?m)} and {@code ^}/{@code $} to match single lines. */
        MESSAGE("message", false),
        /** The values of one trailer key in the git trailer block, e.g. {@code trailer:Assisted-by}. */
        TRAILER("trailer", false),
        /** The name part of {@code Co-authored-by}/{@code Co-developed-by} trailers ({@code NAME <EMAIL>}). */
        CO_AUTHOR_NAME("coAuthorName", false),
        /** The email part of {@code Co-authored-by}/{@code Co-developed-by} trailers. */
        CO_AUTHOR_EMAIL("coAuthorEmail", false),
        /** The branch names a merge subject mentions ({@code Merge pull request #N from owner/branch}, ...). */
        MERGED_BRANCH("mergedBranch", false),
        /** Each path the commit changed (and a rename's or copy's source). */
        PATH("path", false),
        /** The login that opened the pull request. */
        PR_AUTHOR("prAuthor", true),
        /** The pull request's head branch. */
        PR_HEAD_BRANCH("prHeadBranch", true),
        /** The pull request's title. */
        PR_TITLE("prTitle", true),
        /** The pull request's description. */
        PR_BODY("prBody", true),
        /** Each label of the pull request. */
        PR_LABEL("prLabel", true);

        private final String text;
        private final boolean pullRequest;

        Kind(String text, boolean pullRequest) {
            this.text = text;
            this.pullRequest = pullRequest;
        }

        /** @return the name as written in rules ({@code trailer} is written {@code trailer:<Key>}) */
        public String text() {
            return text;
        }

        /** @return whether the field is a person's or tool's name or address (author, committer, co-author) */
        public boolean isIdentity() {
            return this == AUTHOR_NAME || this == AUTHOR_EMAIL || this == COMMITTER_NAME || this == COMMITTER_EMAIL
                    || this == CO_AUTHOR_NAME || this == CO_AUTHOR_EMAIL;
        }

        /** @return whether the field holds prose (a message, a pull request's title or body) */
        public boolean isLongText() {
            return this == MESSAGE || this == PR_TITLE || this == PR_BODY;
        }

        /** @return whether the field comes from a pull request rather than from the commit */
        public boolean isPullRequest() {
            return pullRequest;
        }
    }

    private static final String TRAILER_PREFIX = "trailer:";

    private final Kind kind;
    private final String trailerKey;
    /** The key as git compares it (ignoring case), for equality. */
    private final String foldedKey;
    private final int hash;

    private Field(Kind kind, String trailerKey) {
        this.kind = kind;
        this.trailerKey = trailerKey;
        this.foldedKey = trailerKey == null ? null : trailerKey.toLowerCase(Locale.ROOT);
        this.hash = Objects.hash(kind, foldedKey);
    }

    /** @return the field of that kind; not for {@link Kind#TRAILER}, use {@link #trailer(String)} */
    public static Field of(Kind kind) {
        if (kind == Kind.TRAILER) {
            throw new IllegalArgumentException("a trailer field needs a key: use Field.trailer(key)");
        }
        return new Field(Objects.requireNonNull(kind, "kind"), null);
    }

    /**
     * @param key a trailer key: ASCII letters, digits and {@code -}, as git accepts them
     * @return the field reading that trailer's values
     * @throws IllegalArgumentException when the key is not one git could parse
     */
    public static Field trailer(String key) {
        if (!isTrailerKey(key)) {
            throw new IllegalArgumentException("Invalid trailer key '" + key
                    + "': a key is ASCII letters, digits and '-' (e.g. trailer:Co-authored-by)");
        }
        return new Field(Kind.TRAILER, key);
    }

    /**
     * Parses a field name. Names are case-sensitive as listed in {@link #names()}; trailer keys are not.
     *
     * @param text e.g. {@code authorEmail} or {@code trailer:Assisted-by}
     * @return the field
     * @throws IllegalArgumentException naming every valid field when {@code text} is not one
     */
    public static Field parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Missing field name; valid fields: " + String.join(", ", names()));
        }
        String trimmed = text.strip();
        if (trimmed.regionMatches(true, 0, TRAILER_PREFIX, 0, TRAILER_PREFIX.length())) {
            return trailer(trimmed.substring(TRAILER_PREFIX.length()).strip());
        }
        for (Kind kind : Kind.values()) {
            if (kind != Kind.TRAILER && kind.text.equals(trimmed)) {
                return new Field(kind, null);
            }
        }
        for (Kind kind : Kind.values()) {
            if (kind != Kind.TRAILER && kind.text.equalsIgnoreCase(trimmed)) {
                throw new IllegalArgumentException("Unknown field '" + trimmed + "': did you mean '" + kind.text
                        + "'? Valid fields: " + String.join(", ", names()));
            }
        }
        throw new IllegalArgumentException("Unknown field '" + trimmed + "'; valid fields: "
                + String.join(", ", names()));
    }

    /** @return every field name, with {@code trailer:<Key>} standing for the trailer fields */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            names.add(kind == Kind.TRAILER ? TRAILER_PREFIX + "<Key>" : kind.text);
        }
        return names;
    }

    static boolean isTrailerKey(String key) {
        if (key == null || key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    public Kind kind() {
        return kind;
    }

    /** @return the trailer key for a {@link Kind#TRAILER} field, else {@code null} */
    public String trailerKey() {
        return trailerKey;
    }

    /** @return the field's name as written in rules, e.g. {@code trailer:Assisted-by} */
    public String name() {
        return kind == Kind.TRAILER ? TRAILER_PREFIX + trailerKey : kind.text;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Field)) {
            return false;
        }
        Field that = (Field) o;
        return kind == that.kind && Objects.equals(foldedKey, that.foldedKey);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return name();
    }
}
