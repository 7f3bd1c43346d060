package io.jenkins.plugins.aigate.core.audit;

/** Another writer held the log's lock longer than {@link AuditLogOptions#lockTimeout()}: no record was written. */
public final class AuditLockTimeoutException extends AuditException {
    private static final long serialVersionUID = 1L;

    AuditLockTimeoutException(String message) {
        super(message);
    }
}
