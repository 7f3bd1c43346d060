package io.jenkins.plugins.aigate.admin;

import hudson.Extension;
import hudson.model.AdministrativeMonitor;
import io.jenkins.plugins.aigate.config.SecurityPosture;
import org.jenkinsci.Symbol;

/**
 * The anonymous user, or every authenticated user, holds {@code AiGate/Approve} somewhere: the senior review the
 * gate stands for is open to anyone. Not raised when security is off, which has its own monitor.
 */
@Extension
@Symbol("aiGateBroadApprovers")
public final class BroadApproverMonitor extends AdministrativeMonitor {

    @Override
    public String getDisplayName() {
        return Messages.BroadApproverMonitor_DisplayName();
    }

    @Override
    public boolean isSecurity() {
        return true;
    }

    @Override
    public boolean isActivated() {
        ApproverReach reach = ApproverReach.latest();
        return !SecurityPosture.isUnsecured() && (reach.isAnonymousApproves() || reach.isAuthenticatedApproves());
    }

    /** Used by {@code message.jelly}. */
    public boolean isAnonymous() {
        return ApproverReach.latest().isAnonymousApproves();
    }
}
