package io.jenkins.plugins.aigate.audit;

import io.jenkins.plugins.aigate.core.audit.TamperReason;

/** Localises {@link AuditKeyStatus} codes. */
public final class AuditMessages {

    private AuditMessages() {}

    /** @return the localised name of a tamper reason */
    public static String tamper(TamperReason reason) {
        switch (reason) {
            case EDITED:
                return Messages.TamperReason_EDITED();
            case REMOVED:
                return Messages.TamperReason_REMOVED();
            case REORDERED:
                return Messages.TamperReason_REORDERED();
            case INSERTED:
                return Messages.TamperReason_INSERTED();
            case WRONG_KEY:
                return Messages.TamperReason_WRONG_KEY();
            case UNKNOWN_KEY:
                return Messages.TamperReason_UNKNOWN_KEY();
            case TORN_LAST_LINE:
                return Messages.TamperReason_TORN_LAST_LINE();
            case TRUNCATED:
                return Messages.TamperReason_TRUNCATED();
            case ANCHOR_MISMATCH:
                return Messages.TamperReason_ANCHOR_MISMATCH();
            case DETAIL_MISSING:
                return Messages.TamperReason_DETAIL_MISSING();
            case DETAIL_ALTERED:
                return Messages.TamperReason_DETAIL_ALTERED();
            default:
                return reason.name();
        }
    }

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
            case WEAK_SECRET:
                return Messages.AuditKeyStatus_WEAK_SECRET(id);
            default:
                throw new IllegalArgumentException(status.name());
        }
    }
}
