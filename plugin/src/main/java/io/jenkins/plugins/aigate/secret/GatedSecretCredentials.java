package io.jenkins.plugins.aigate.secret;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.impl.BaseStandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.util.Secret;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * A "gated secret": a deploy secret that only {@code withAiGateSecret} binds, and only in a build where an
 * {@code aiGate} naming it let the deploy through (passed or approved). It is deliberately not a
 * {@code StringCredentials}, so {@code withCredentials} and Declarative's {@code credentials()} cannot bind it:
 * deleting or wrapping the gate in the Jenkinsfile also loses the secret. Administrators may pin it to one
 * repository and environment, so a gate over some other checkout cannot unlock it.
 */
public final class GatedSecretCredentials extends BaseStandardCredentials {

    private static final long serialVersionUID = 1L;

    private final Secret secret;
    private final String repository;
    private final String environment;

    /**
     * @param repository  if set, only a gate over this repository (remote URL) unlocks the secret
     * @param environment if set, only a gate for this environment unlocks the secret
     */
    @DataBoundConstructor
    public GatedSecretCredentials(@CheckForNull CredentialsScope scope, @CheckForNull String id,
            @CheckForNull String description, @NonNull Secret secret, @CheckForNull String repository,
            @CheckForNull String environment) {
        super(scope, id, description);
        this.secret = secret;
        this.repository = Util.fixEmptyAndTrim(repository);
        this.environment = Util.fixEmptyAndTrim(environment);
    }

    public @NonNull Secret getSecret() {
        return secret;
    }

    public @CheckForNull String getRepository() {
        return repository;
    }

    public @CheckForNull String getEnvironment() {
        return environment;
    }

    /** Offers the type on the credentials pages. */
    @Extension
    @Symbol("aiGateSecret")
    public static final class DescriptorImpl extends BaseStandardCredentialsDescriptor {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GatedSecretCredentials_displayName();
        }
    }
}
