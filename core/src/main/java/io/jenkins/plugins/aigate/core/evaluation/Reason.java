package io.jenkins.plugins.aigate.core.evaluation;

/** Why a gate requires (or, observing, would require) approval; codes a user interface localises. */
public enum Reason {
    /** AI-assisted commits that no exempt rule covers. */
    AI_ASSISTED_COMMITS,
    /** Commits touching the paths of an {@code anyCommit} rule (e.g. the pipeline's own definition). */
    PROTECTED_PATHS,
    /** The range has no trusted baseline and the policy's {@code unknownBaseline} is {@code requireApproval}. */
    UNKNOWN_BASELINE,
    /** The range was cut at {@code maxCommits}, so older commits went unseen, and {@code unknownBaseline} is
     *  {@code requireApproval}. */
    RANGE_TRUNCATED,
    /** Pull requests behind some commits could not be looked up and {@code unresolvedPullRequest} is
     *  {@code requireApproval}. */
    UNRESOLVED_PULL_REQUESTS,
    /** A commit git could not show whole (a NUL byte in its message, no author or committer line): what it hides
     *  cannot be assessed. */
    UNREADABLE_COMMIT,
    /** A commit past {@link io.jenkins.plugins.aigate.core.commit.CommitBounds} (1 MiB of message, 1,000 trailer
     *  lines): assessed whole, but beyond what a reviewer reads. */
    OVERSIZED_COMMIT
}
