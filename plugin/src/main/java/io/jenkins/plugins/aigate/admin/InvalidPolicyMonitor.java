package io.jenkins.plugins.aigate.admin;

import hudson.Extension;
import hudson.model.AdministrativeMonitor;
import io.jenkins.plugins.aigate.config.AiGateConfiguration;
import io.jenkins.plugins.aigate.config.PolicyStatus;
import org.jenkinsci.Symbol;

/**
 * The last policy submitted (web form, JCasC or script) was invalid and was not applied, or no valid policy is in
 * force at all (then every gate fails closed).
 */
@Extension
@Symbol("aiGateInvalidPolicy")
public final class InvalidPolicyMonitor extends AdministrativeMonitor {

    @Override
    public String getDisplayName() {
        return Messages.InvalidPolicyMonitor_DisplayName();
    }

    @Override
    public boolean isActivated() {
        AiGateConfiguration config = AiGateConfiguration.get();
        return !config.getStatus().isValid() || config.getEffectivePolicy().isEmpty();
    }

    /** Used by {@code message.jelly}. */
    public PolicyStatus getStatus() {
        return AiGateConfiguration.get().getStatus();
    }

    /** Used by {@code message.jelly}. */
    public boolean isNoPolicyInForce() {
        return AiGateConfiguration.get().getEffectivePolicy().isEmpty();
    }
}
