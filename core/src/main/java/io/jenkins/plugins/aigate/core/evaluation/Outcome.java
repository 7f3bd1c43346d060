package io.jenkins.plugins.aigate.core.evaluation;

/** What a gate decided. */
public enum Outcome {
    /** Nothing needs approval (or the policy accepts every uncertainty); the deploy goes on. */
    PASS,
    /** The policy enforces and something needs approval: the deploy waits for the quorum. */
    APPROVAL_REQUIRED,
    /** Observe mode: approval would have been required; the deploy goes on and the record says what was missed. */
    OBSERVED,
    /** The policy's mode is off: nothing was evaluated; the record says the gate was off. */
    OFF
}
