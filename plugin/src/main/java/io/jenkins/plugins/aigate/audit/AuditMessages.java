package io.jenkins.plugins.aigate.audit;

/** Localises {@link AuditKeyStatus} codes. */
public final class AuditMessages {

    private AuditMessages() {}

    /** @return the localised explanation of {@code status} for the credential {@code credentialsId} */
    public static String keyStatus(AuditKeyStatus status, String credentialsId) {
        String id = credentialsId == null ? "" : credentialsId;
        switch (status) {
            case OK:
                return Messages.AuditKeyStatus_OK(id);
            case NOT_CONFIGURED:
                return Messages.AuditKeyStatus_NOT_CONFIGURED();
            case NOT_FOUND:
                return Messages.AuditKeyStatus_NOT_FOUND(id);
            case NOT_SECRET_TEXT:
                return Messages.AuditKeyStatus_NOT_SECRET_TEXT(id);
            case NOT_SYSTEM_SCOPE:
                return Messages.AuditKeyStatus_NOT_SYSTEM_SCOPE(id);
            case EMPTY_SECRET:
                return Messages.AuditKeyStatus_EMPTY_SECRET(id);
            default:
                throw new IllegalArgumentException(status.name());
        }
    }
}
