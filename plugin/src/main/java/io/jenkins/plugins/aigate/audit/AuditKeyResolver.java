package io.jenkins.plugins.aigate.audit;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.security.ACL;
import hudson.util.Secret;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Finds the audit key: a Secret Text credential in SYSTEM scope, looked up as SYSTEM in the context of Jenkins
 * itself. A GLOBAL credential is refused because every job could bind it with {@code withCredentials} and so compute
 * valid MACs for forged records.
 */
public final class AuditKeyResolver {

    private AuditKeyResolver() {}

    /** @return whether {@code credentialsId} names a usable audit key, and if not why */
    public static @NonNull AuditKeyStatus status(@CheckForNull String credentialsId) {
        return resolve(credentialsId).status;
    }

    /**
     * @return the secret of the audit key
     * @throws AuditKeyException when the key is not usable; the message names the reason
     */
    public static @NonNull byte[] secret(@CheckForNull String credentialsId) throws AuditKeyException {
        Resolution r = resolve(credentialsId);
        if (!r.status.isUsable()) {
            throw new AuditKeyException(r.status, credentialsId);
        }
        return r.secret.getPlainText().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Resolution resolve(String credentialsId) {
        if (credentialsId == null || credentialsId.isBlank()) {
            return new Resolution(AuditKeyStatus.NOT_CONFIGURED, null);
        }
        List<StandardCredentials> all = CredentialsProvider.lookupCredentialsInItemGroup(
                StandardCredentials.class, Jenkins.get(), ACL.SYSTEM2, List.of());
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
        Secret secret = ((StringCredentials) found).getSecret();
        if (secret.getPlainText().isEmpty()) {
            return new Resolution(AuditKeyStatus.EMPTY_SECRET, null);
        }
        return new Resolution(AuditKeyStatus.OK, secret);
    }

    private static final class Resolution {
        private final AuditKeyStatus status;
        private final Secret secret;

        Resolution(AuditKeyStatus status, Secret secret) {
            this.status = status;
            this.secret = secret;
        }
    }
}
