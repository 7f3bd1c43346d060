package io.jenkins.plugins.aigate.core.git;

/** Why a {@link CommitReader} gave up, as a code callers can localise. */
public enum ReadProblem {
    /** A commit had to start here, but the line is not {@code commit <id>}. */
    EXPECTED_COMMIT_LINE,
    /** The {@code commit} line is malformed: bad id, bad {@code (from <parent>)}, or a parent it does not have. */
    BAD_COMMIT_LINE,
    /** A header line is malformed or out of place (bad id, continuation without header, repeated header). */
    BAD_HEADER,
    /** The commit has no {@code tree}, {@code author} or {@code committer} header. */
    MISSING_HEADER,
    /** A raw diff line ({@code :<modes> <ids> <status>\t<path>}) is malformed. */
    BAD_RAW_LINE,
    /** A C-quoted path has a bad escape or no closing quote. */
    BAD_QUOTING,
    /** A line appeared where git never writes one. */
    UNEXPECTED_LINE,
    /** The input ended inside a commit. */
    TRUNCATED,
    /** One commit took more bytes than {@link ReadLimits#maxCommitBytes()}. */
    COMMIT_TOO_LARGE,
    /** The input held more commits than {@link ReadLimits#maxCommits()}. */
    TOO_MANY_COMMITS
}
