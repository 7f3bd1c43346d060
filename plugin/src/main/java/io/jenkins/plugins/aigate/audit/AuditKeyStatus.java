package io.jenkins.plugins.aigate.audit;

/** Whether the credential named as the audit key can key the audit log, and if not, why. */
public enum AuditKeyStatus {
    /** A SYSTEM-scoped Secret Text credential with a non-empty secret. */
    OK,
    /** No credentials id is configured. */
    NOT_CONFIGURED,
    /** No credential with that id is visible in the Jenkins-level stores. */
    NOT_FOUND,
    /** The credential is not Secret Text. */
    NOT_SECRET_TEXT,
    /** The credential is GLOBAL, so any job could bind it and forge records. */
    NOT_SYSTEM_SCOPE,
    /** The secret is neither a key of at least 16 bytes nor a valid key ring ({@code id=BASE64} lines). */
    WEAK_SECRET;

    /** @return whether the key can be used */
    public boolean isUsable() {
        return this == OK;
    }
}
