package io.jenkins.plugins.aigate.core.range;

/** Why a head became the baseline: the gate let it through. */
public enum BaselineOutcome {
    /** The gate passed with nothing to approve. */
    PASSED,
    /** The required approvals were given. */
    APPROVED,
    /** The gate observed (observe mode) and the deploy went ahead. */
    OBSERVED,
    /** Someone with break-glass rights overrode the gate. */
    OVERRIDDEN
}
