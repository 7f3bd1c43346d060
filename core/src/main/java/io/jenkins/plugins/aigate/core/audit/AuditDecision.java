package io.jenkins.plugins.aigate.core.audit;

import io.jenkins.plugins.aigate.core.approval.ApprovalState;

/** The decision a gate record states: an evaluation's outcome, or how an approval ended. */
public enum AuditDecision {
    /** Nothing needed approval. */
    PASS,
    /** Approval is needed; the build waits (or, from the CLI, the check failed). */
    APPROVAL_REQUIRED,
    /** Observe mode: approval would have been needed; nothing waited. */
    OBSERVED,
    /** The policy's mode is off: nothing was evaluated. */
    OFF,
    APPROVED,
    REJECTED,
    EXPIRED,
    OVERRIDDEN,
    SUPERSEDED,
    ABORTED;

    /**
     * @return the decision for an approval's final state
     * @throws IllegalArgumentException for {@link ApprovalState#PENDING}, which is no decision
     */
    public static AuditDecision of(ApprovalState state) {
        if (state == ApprovalState.PENDING) {
            throw new IllegalArgumentException("a pending approval is not a decision");
        }
        return valueOf(state.name());
    }
}
