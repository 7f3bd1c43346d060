package io.jenkins.plugins.aigate.admin;

import hudson.Extension;
import hudson.model.AdministrativeMonitor;
import io.jenkins.plugins.aigate.config.AiGateConfiguration;
import io.jenkins.plugins.aigate.config.SecurityPosture;
import io.jenkins.plugins.aigate.core.policy.Mode;
import org.jenkinsci.Symbol;

/**
 * In enforce mode, the policy names no approver groups or users and no principal the authorization strategy knows
 * holds {@code AiGate/Approve}: a paused gate could only time out or be overridden.
 */
@Extension
@Symbol("aiGateNoApprovers")
public final class NoApproverMonitor extends AdministrativeMonitor {

    @Override
    public String getDisplayName() {
        return Messages.NoApproverMonitor_DisplayName();
    }

    @Override
    public boolean isActivated() {
        AiGateConfiguration config = AiGateConfiguration.get();
        ApproverReach reach = ApproverReach.latest();
        return reach.isScanned()
                && !reach.isSomeoneApproves()
                && !SecurityPosture.policyNamesApprovers(config)
                && SecurityPosture.effectiveMode(config) == Mode.ENFORCE;
    }
}
