package io.jenkins.plugins.aigate.core.lifecycle;

/**
 * Where one gate stands, from evaluation to its end: the one lifecycle that the evaluation's outcome, the approval
 * process, the audit log's {@code decision} and the plugin's saved records all speak of.
 *
 * <p>A gate starts {@link #EVALUATING}. The evaluation ends it at once ({@link #PASS}, {@link #OBSERVED},
 * {@link #OFF}) or leaves it {@link #APPROVAL_REQUIRED}, waiting for votes until the approval ends it
 * ({@link #APPROVED}, {@link #REJECTED}, {@link #EXPIRED}, {@link #OVERRIDDEN}, {@link #SUPERSEDED},
 * {@link #ABORTED}). A gate that cannot establish what it guards is {@link #FAILED_CLOSED}.
 *
 * <p>The constants' names are what the audit log records: renaming one changes the log's format.
 */
public enum GateState {
    /** The commits are being read and evaluated; nobody can vote yet. */
    EVALUATING(Phase.EVALUATION, false),
    /** Nothing needs approval (or the policy accepts every uncertainty); the deploy goes on. */
    PASS(Phase.END_OF_EVALUATION, true),
    /** Observe mode: approval would have been required; the deploy goes on and the record says what was missed. */
    OBSERVED(Phase.END_OF_EVALUATION, true),
    /** The policy's mode is off: nothing was evaluated; the record says the gate was off. */
    OFF(Phase.END_OF_EVALUATION, true),
    /**
     * The policy enforces and something needs approval: the gate is pending, and the deploy waits for the quorum
     * (from the CLI, the check failed).
     */
    APPROVAL_REQUIRED(Phase.APPROVAL, false),
    /** A quorum of distinct eligible approvers approved. */
    APPROVED(Phase.END_OF_APPROVAL, true),
    /** An eligible approver rejected, with a reason. */
    REJECTED(Phase.END_OF_APPROVAL, false),
    /** The deadline passed before a decision; the request's timeout outcome says what the build does. */
    EXPIRED(Phase.END_OF_APPROVAL, false),
    /** A break-glass user overrode the gate with a written justification. */
    OVERRIDDEN(Phase.END_OF_APPROVAL, true),
    /** A newer approved head contains this range, so this gate no longer matters. */
    SUPERSEDED(Phase.END_OF_APPROVAL, false),
    /** The build was stopped while waiting. */
    ABORTED(Phase.END_OF_APPROVAL, false),
    /** The gate could not establish what it guards (commits unreadable, over the bound, audit failed): closed. */
    FAILED_CLOSED(Phase.FAILURE, false);

    /** Which part of the lifecycle a state belongs to. */
    private enum Phase {
        EVALUATION, END_OF_EVALUATION, APPROVAL, END_OF_APPROVAL, FAILURE
    }

    private final Phase phase;
    private final boolean letsBuildProceed;

    GateState(Phase phase, boolean letsBuildProceed) {
        this.phase = phase;
        this.letsBuildProceed = letsBuildProceed;
    }

    /** @return whether the gate is over: nothing (no vote, no deadline) can change this state any more */
    public boolean isFinal() {
        return phase != Phase.EVALUATION && phase != Phase.APPROVAL;
    }

    /** @return whether the gated work went (or goes) on past the gate */
    public boolean letsBuildProceed() {
        return letsBuildProceed;
    }

    /** @return whether an evaluation can end in this state: pass, observed, off, or approval required */
    public boolean isEvaluationOutcome() {
        return phase == Phase.END_OF_EVALUATION || phase == Phase.APPROVAL;
    }
}
