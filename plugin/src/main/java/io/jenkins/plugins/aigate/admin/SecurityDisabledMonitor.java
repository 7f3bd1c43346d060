package io.jenkins.plugins.aigate.admin;

import hudson.Extension;
import hudson.model.AdministrativeMonitor;
import io.jenkins.plugins.aigate.config.AiGateConfiguration;
import io.jenkins.plugins.aigate.config.SecurityPosture;
import io.jenkins.plugins.aigate.core.policy.Mode;
import org.jenkinsci.Symbol;

/**
 * Security is disabled or the authorization strategy is unsecured: anyone could approve, so gates in enforce mode
 * fail closed.
 */
@Extension
@Symbol("aiGateSecurityDisabled")
public final class SecurityDisabledMonitor extends AdministrativeMonitor {

    @Override
    public String getDisplayName() {
        return Messages.SecurityDisabledMonitor_DisplayName();
    }

    @Override
    public boolean isSecurity() {
        return true;
    }

    @Override
    public boolean isActivated() {
        return SecurityPosture.isUnsecured()
                && SecurityPosture.effectiveMode(AiGateConfiguration.get()) != Mode.OFF;
    }
}
