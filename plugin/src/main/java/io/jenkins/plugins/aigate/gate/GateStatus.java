package io.jenkins.plugins.aigate.gate;

/** Where one gate of a build stands. Plugin-owned so that saved builds keep loading whatever core renames. */
public enum GateStatus {
    /** The step is reading and evaluating the commits; nobody can vote yet. */
    EVALUATING(false, false),
    /** Nothing needed approval. */
    PASSED(true, true),
    /** The policy observes: what would have been required is recorded, the deploy continues. */
    OBSERVED(true, true),
    /** The policy is off: the gate recorded that it did not evaluate. */
    OFF(true, true),
    /** Waiting for approvers. */
    PENDING(false, false),
    /** The quorum approved. */
    APPROVED(true, true),
    /** An eligible approver rejected; the build was aborted. */
    REJECTED(true, false),
    /** The deadline passed; the policy's {@code onTimeout} ended the build. */
    EXPIRED(true, false),
    /** Released by break-glass with a justification. */
    OVERRIDDEN(true, true),
    /** A newer approved head covered this gate's range. */
    SUPERSEDED(true, false),
    /** The build was stopped while waiting. */
    ABORTED(true, false),
    /** The gate could not establish what it guards (commits unreadable, over the bound, audit failed): closed. */
    FAILED_CLOSED(true, false);

    private final boolean decided;
    private final boolean proceeds;

    GateStatus(boolean decided, boolean proceeds) {
        this.decided = decided;
        this.proceeds = proceeds;
    }

    /** @return whether the gate is over */
    public boolean isDecided() {
        return decided;
    }

    /** @return whether the deploy went (or goes) on past the gate */
    public boolean proceeds() {
        return proceeds;
    }
}
