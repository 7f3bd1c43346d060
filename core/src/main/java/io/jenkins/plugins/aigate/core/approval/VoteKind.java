package io.jenkins.plugins.aigate.core.approval;

/** What a voter asked for. */
public enum VoteKind {
    APPROVE,
    REJECT,
    /** Break-glass: proceed without the quorum, with a justification. */
    OVERRIDE
}
