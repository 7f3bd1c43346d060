package io.jenkins.plugins.aigate.audit;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.aigate.core.audit.KeyRing;
import io.jenkins.plugins.aigate.security.JenkinsFacade;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Finds the audit key: a Secret Text credential in SYSTEM scope, looked up as SYSTEM in the context of Jenkins
 * itself. A GLOBAL credential is refused because every job could bind it with {@code withCredentials} and so compute
 * valid MACs for forged records.
 *
 * <p>The secret is either one key (at least 16 bytes; its key id is the credential's id) or a key ring in core's
 * key-file form ({@code id=BASE64} per line, the last one current), which lets an administrator rotate the key while
 * older records still verify.
 */
public final class AuditKeyResolver {

    private AuditKeyResolver() {}

    /** @return whether {@code credentialsId} names a usable audit key, and if not why */
    public static @NonNull AuditKeyStatus status(@CheckForNull String credentialsId) {
        return resolve(credentialsId).status;
    }

    /**
     * @return the key ring the credential holds
     * @throws AuditKeyException when the key is not usable; its message names the reason
     */
    public static @NonNull KeyRing keyRing(@CheckForNull String credentialsId) throws AuditKeyException {
        Resolution r = resolve(credentialsId);
        if (!r.status.isUsable()) {
            throw new AuditKeyException(r.status, credentialsId);
        }
        return r.keys;
    }

    private static Resolution resolve(String credentialsId) {
        if (credentialsId == null || credentialsId.isBlank()) {
            return new Resolution(AuditKeyStatus.NOT_CONFIGURED, null);
        }
        List<StandardCredentials> all = JenkinsFacade.systemCredentials(StandardCredentials.class);
        StandardCredentials found = null;
        for (StandardCredentials c : all) {
            if (credentialsId.equals(c.getId())) {
                found = c;
                break;
            }
        }
        if (found == null) {
            return new Resolution(AuditKeyStatus.NOT_FOUND, null);
        }
        if (!(found instanceof StringCredentials)) {
            return new Resolution(AuditKeyStatus.NOT_SECRET_TEXT, null);
        }
        if (found.getScope() != CredentialsScope.SYSTEM) {
            return new Resolution(AuditKeyStatus.NOT_SYSTEM_SCOPE, null);
        }
        KeyRing keys = interpret(credentialsId, ((StringCredentials) found).getSecret().getPlainText());
        return keys == null ? new Resolution(AuditKeyStatus.WEAK_SECRET, null)
                : new Resolution(AuditKeyStatus.OK, keys);
    }

    /** @return the key ring for this secret text, or {@code null} when it is too weak to key the log */
    static @CheckForNull KeyRing interpret(String credentialsId, String secret) {
        try {
            return KeyRing.parse(secret);
        } catch (IllegalArgumentException notARing) {
            // a plain secret: one key, named after the credential
        }
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        if (key.length < KeyRing.MIN_KEY_BYTES) {
            return null;
        }
        return KeyRing.single(keyId(credentialsId), key);
    }

    /** @return the credential id in the key-id alphabet ({@code A-Z a-z 0-9 . _ -}, at most 64 characters) */
    static String keyId(String credentialsId) {
        String id = credentialsId.replaceAll("[^A-Za-z0-9._-]", "_");
        return id.length() > 64 ? id.substring(0, 64) : id;
    }

    private static final class Resolution {
        private final AuditKeyStatus status;
        private final KeyRing keys;

        Resolution(AuditKeyStatus status, KeyRing keys) {
            this.status = status;
            this.keys = keys;
        }
    }
}
