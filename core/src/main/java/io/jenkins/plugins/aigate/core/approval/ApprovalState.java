package io.jenkins.plugins.aigate.core.approval;

/** Where an approval process stands. Every state but {@link #PENDING} is final. */
public enum ApprovalState {
    /** Waiting for votes. */
    PENDING,
    /** A quorum of distinct eligible approvers approved. */
    APPROVED,
    /** An eligible approver rejected, with a reason. */
    REJECTED,
    /** The deadline passed before a decision; the request's {@link TimeoutOutcome} says what the build does. */
    EXPIRED,
    /** A break-glass user overrode the gate with a written justification. */
    OVERRIDDEN,
    /** A newer approved head contains this range, so this request no longer matters. */
    SUPERSEDED,
    /** The build was stopped while waiting. */
    ABORTED;

    /** @return whether no vote can change this state any more */
    public boolean isFinal() {
        return this != PENDING;
    }

    /** @return whether the gated work may proceed */
    public boolean letsBuildProceed() {
        return this == APPROVED || this == OVERRIDDEN;
    }
}
