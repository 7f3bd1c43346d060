package io.jenkins.plugins.aigate.core.audit;

/** Which program wrote a record. */
public enum AuditOrigin {
    PLUGIN,
    CLI
}
