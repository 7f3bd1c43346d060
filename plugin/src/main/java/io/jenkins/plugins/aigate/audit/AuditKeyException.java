package io.jenkins.plugins.aigate.audit;

/** The configured audit key cannot be used; {@link #getStatus()} says why. */
public final class AuditKeyException extends Exception {
    private static final long serialVersionUID = 1L;

    private final AuditKeyStatus status;

    AuditKeyException(AuditKeyStatus status, String credentialsId) {
        super(AuditMessages.keyStatus(status, credentialsId));
        this.status = status;
    }

    /** @return why the key is not usable */
    public AuditKeyStatus getStatus() {
        return status;
    }
}
