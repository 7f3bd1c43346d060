package io.jenkins.plugins.aigate.secret;

import hudson.EnvVars;
import hudson.util.Secret;
import java.io.Serial;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;

/** Puts the unlocked secret into one variable for the block's body only. */
final class SecretEnvironment extends EnvironmentExpander {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String variable;
    private final Secret secret;

    SecretEnvironment(String variable, Secret secret) {
        this.variable = variable;
        this.secret = secret;
    }

    @Override
    public void expand(EnvVars env) {
        env.override(variable, secret.getPlainText());
    }

    /** Lets Pipeline mask the variable in step arguments and warn when a script interpolates it into a string. */
    @Override
    public Set<String> getSensitiveVariables() {
        return Set.of(variable);
    }
}
