package io.jenkins.plugins.aigate.core.audit;

/** What a record is about. */
public enum AuditRecordType {
    /** A gate's evaluation or final decision: range, flagged commits, policy, approvers, override. */
    GATE_DECISION,
    /** The policy in force changed: who, old and new fingerprint. */
    POLICY_CHANGE,
    /** Someone used break-glass: who, why, on which build. */
    BREAK_GLASS,
    /** Written by the log itself: a torn last line (an unfinished write) was moved aside before this append. */
    TAIL_REPAIRED
}
