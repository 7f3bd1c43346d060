package io.jenkins.plugins.aigate.core.detection;

import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.Trailer;
import io.jenkins.plugins.aigate.core.commit.TrailerParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A repository-level look for tools no rule names: an identity that appears only as a co-author, on commits of
 * several different authors, and never authors or commits anything itself, is probably a tool that adds itself to
 * what it helps write (as Claude Code, Copilot and Cursor do). Reported as weak evidence with its counts, so an
 * administrator can turn it into a custom signal; a reviewer whose suggestions were committed looks the same, so it
 * never flags a commit by itself.
 *
 * <p>Co-authors a rule recognises (their line is in some commit's evidence) are left out: the report is for what
 * no rule names. Fed every commit of a scan in any order; identities are compared by e-mail address, ignoring
 * case (by name when a co-author line has no address). Memory grows with the number of distinct identities, not
 * commits. Not thread-safe.
 */
public final class ProbableToolIdentities {
    /** The fewest different authors whose commits a probable tool co-authors, unless configured otherwise. */
    public static final int DEFAULT_MIN_AUTHORS = 3;
    /** Distinct authors remembered per co-author identity: enough to compare with any sensible threshold. */
    private static final int AUTHORS_KEPT = 64;

    private final int minAuthors;
    private final Set<String> authorsAndCommitters = new HashSet<>();
    private final Map<String, Tally> coAuthors = new HashMap<>();
    /** Co-authors a rule already recognised: the report is for tools no rule names. */
    private final Set<String> recognised = new HashSet<>();

    /** @param minAuthors the fewest different authors (at least 2) whose commits an identity must co-author */
    public ProbableToolIdentities(int minAuthors) {
        if (minAuthors < 2 || minAuthors > AUTHORS_KEPT) {
            throw new IllegalArgumentException("minAuthors must be 2 to " + AUTHORS_KEPT + ": " + minAuthors);
        }
        this.minAuthors = minAuthors;
    }

    public ProbableToolIdentities() {
        this(DEFAULT_MIN_AUTHORS);
    }

    /**
     * Counts an assessed commit; a co-author some rule's evidence names is left out of the report (a rule already
     * recognises that tool).
     */
    public void count(CommitAssessment assessment) {
        for (Evidence evidence : assessment.evidence()) {
            if (evidence.field().startsWith("coAuthor") && !evidence.provenance().isPresent()) {
                int colon = evidence.value().indexOf(':');
                String line = evidence.value();
                CoAuthor coAuthor = CoAuthor.parse(colon < 0 ? line : line.substring(colon + 1));
                recognised.add(key(coAuthor.name, coAuthor.email));
            }
        }
        count(assessment.commit());
    }

    /** Counts one commit's author, committer and co-authors. */
    public void count(Commit commit) {
        String author = key(commit.author().name(), commit.author().email());
        authorsAndCommitters.add(author);
        authorsAndCommitters.add(key(commit.committer().name(), commit.committer().email()));
        if (!mayHaveCoAuthors(commit.message())) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Trailer trailer : TrailerParser.parse(commit.message())) {
            if (!CommitFields.isCoAuthorKey(trailer.key())) {
                continue;
            }
            CoAuthor coAuthor = CoAuthor.parse(trailer.value());
            String key = key(coAuthor.name, coAuthor.email);
            if (key.isEmpty() || key.equals(author) || !seen.add(key)) {
                continue;
            }
            coAuthors.computeIfAbsent(key, k -> new Tally(trailer.value().strip())).add(author);
        }
    }

    /** @return the probable tool identities so far: most authors first, then most commits, then by identity */
    public List<ToolIdentity> identities() {
        List<ToolIdentity> out = new ArrayList<>();
        for (Map.Entry<String, Tally> entry : coAuthors.entrySet()) {
            Tally tally = entry.getValue();
            if (tally.authors.size() >= minAuthors && !authorsAndCommitters.contains(entry.getKey())
                    && !recognised.contains(entry.getKey())) {
                out.add(new ToolIdentity(tally.display, tally.commits, tally.authors.size()));
            }
        }
        out.sort(Comparator.comparingInt(ToolIdentity::authors).reversed().thenComparing(Comparator
                .comparingLong(ToolIdentity::commits).reversed()).thenComparing(ToolIdentity::identity));
        return out;
    }

    /** A cheap look before parsing trailers: most messages have no co-author ({@code indexOf} is an intrinsic). */
    private static boolean mayHaveCoAuthors(String message) {
        return message.indexOf("uthored-") >= 0 || message.indexOf("UTHORED-") >= 0
                || message.indexOf("eveloped-") >= 0 || message.indexOf("EVELOPED-") >= 0;
    }

    private static String key(String name, String email) {
        String text = email == null || email.isBlank() ? name : email;
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    private static final class Tally {
        final String display;
        final Set<String> authors = new HashSet<>();
        long commits;

        Tally(String display) {
            this.display = display;
        }

        void add(String author) {
            commits++;
            if (authors.size() < AUTHORS_KEPT) {
                authors.add(author);
            }
        }
    }

    /** One probable tool identity: as written on a co-author line, with its counts. Immutable. */
    public static final class ToolIdentity {
        private final String identity;
        private final long commits;
        private final int authors;

        public ToolIdentity(String identity, long commits, int authors) {
            this.identity = Objects.requireNonNull(identity, "identity");
            this.commits = commits;
            this.authors = authors;
        }

        /** @return the co-author line's value as first seen, e.g. {@code Nimbus <nimbus@acme.example>} */
        public String identity() {
            return identity;
        }

        /** @return how many commits it co-authored */
        public long commits() {
            return commits;
        }

        /** @return how many different authors' commits it co-authored (counted up to 64) */
        public int authors() {
            return authors;
        }

        /** @return always weak: a pattern across the history, not proof about any one commit */
        public Confidence confidence() {
            return Confidence.WEAK;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof ToolIdentity)) {
                return false;
            }
            ToolIdentity that = (ToolIdentity) o;
            return identity.equals(that.identity) && commits == that.commits && authors == that.authors;
        }

        @Override
        public int hashCode() {
            return Objects.hash(identity, commits, authors);
        }

        @Override
        public String toString() {
            return identity + ": co-author of " + commits + " commits by " + authors + " authors, never an author";
        }
    }
}
