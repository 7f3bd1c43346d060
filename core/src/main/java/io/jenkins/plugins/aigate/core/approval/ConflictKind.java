package io.jenkins.plugins.aigate.core.approval;

/** Why separation of duties refused a voter: which part they played in what is gated. */
public enum ConflictKind {
    /** Author, committer or co-author of a flagged commit. */
    COMMIT_PARTICIPANT,
    /** Author of a pull request behind a flagged commit. */
    PULL_REQUEST_AUTHOR,
    /** Started the build (directly, by replay, or through an upstream trigger). */
    BUILD_STARTER
}
