package io.jenkins.plugins.aigate.gate;

import io.jenkins.plugins.aigate.core.lifecycle.GateState;

/**
 * Where one gate of a build stands, as saved in {@code build.xml} and returned to Pipeline scripts: the plugin's
 * twin of core's {@link GateState}. Saved builds hold these names, so they stay as they are whatever core renames;
 * each constant names its core state, which is the only mapping between the two.
 */
public enum GateStatus {
    /** The step is reading and evaluating the commits; nobody can vote yet. */
    EVALUATING(GateState.EVALUATING),
    /** Nothing needed approval. */
    PASSED(GateState.PASS),
    /** The policy observes: what would have been required is recorded, the deploy continues. */
    OBSERVED(GateState.OBSERVED),
    /** The policy is off: the gate recorded that it did not evaluate. */
    OFF(GateState.OFF),
    /** Waiting for approvers. */
    PENDING(GateState.APPROVAL_REQUIRED),
    /** The quorum approved. */
    APPROVED(GateState.APPROVED),
    /** An eligible approver rejected; the build was aborted. */
    REJECTED(GateState.REJECTED),
    /** The deadline passed; the policy's {@code onTimeout} ended the build. */
    EXPIRED(GateState.EXPIRED),
    /** Released by break-glass with a justification. */
    OVERRIDDEN(GateState.OVERRIDDEN),
    /** A newer approved head covered this gate's range. */
    SUPERSEDED(GateState.SUPERSEDED),
    /** The build was stopped while waiting. */
    ABORTED(GateState.ABORTED),
    /** The gate could not establish what it guards (commits unreadable, over the bound, audit failed): closed. */
    FAILED_CLOSED(GateState.FAILED_CLOSED);

    private final GateState state;

    GateStatus(GateState state) {
        this.state = state;
    }

    /** @return core's state for this status */
    public GateState state() {
        return state;
    }

    /** @return the status saved for core's state */
    public static GateStatus of(GateState state) {
        for (GateStatus status : values()) {
            if (status.state == state) {
                return status;
            }
        }
        throw new IllegalArgumentException("no saved status for " + state);
    }

    /** @return whether the gate is over */
    public boolean isDecided() {
        return state.isFinal();
    }

    /** @return whether the deploy went (or goes) on past the gate */
    public boolean proceeds() {
        return state.letsBuildProceed();
    }
}
