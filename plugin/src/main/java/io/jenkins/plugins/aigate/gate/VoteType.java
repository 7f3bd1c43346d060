package io.jenkins.plugins.aigate.gate;

/** What a person did on a gate. */
public enum VoteType {
    /** Counted towards the quorum. */
    APPROVE,
    /** Ended the gate: the build is aborted. */
    REJECT,
    /** Break-glass release with a written justification. */
    OVERRIDE
}
