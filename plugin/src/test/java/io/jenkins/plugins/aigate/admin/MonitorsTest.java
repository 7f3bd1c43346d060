package io.jenkins.plugins.aigate.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.ExtensionList;
import hudson.model.FreeStyleProject;
import hudson.model.User;
import io.jenkins.plugins.aigate.config.AiGateConfiguration;
import io.jenkins.plugins.aigate.config.PrincipalSettings;
import io.jenkins.plugins.aigate.config.SecurityPosture;
import io.jenkins.plugins.aigate.security.AiGatePermissions;
import java.util.List;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The security monitors follow the controller's authorization and the policy. */
@WithJenkins
class MonitorsTest {

    @Test
    void unsecuredControllerIsFlaggedUnlessTheGateIsOff(JenkinsRule j) {
        SecurityDisabledMonitor monitor = ExtensionList.lookupSingleton(SecurityDisabledMonitor.class);
        assertTrue(SecurityPosture.isUnsecured());
        assertTrue(monitor.isActivated());

        AiGateConfiguration.get().setMode("off");
        assertFalse(monitor.isActivated());

        AiGateConfiguration.get().setMode("enforce");
        secure(j, new MockAuthorizationStrategy().grant(Jenkins.READ).everywhere().toAuthenticated());
        assertFalse(SecurityPosture.isUnsecured());
        assertFalse(monitor.isActivated());
    }

    @Test
    void approveHeldByEveryAuthenticatedUserIsFlagged(JenkinsRule j) {
        BroadApproverMonitor monitor = ExtensionList.lookupSingleton(BroadApproverMonitor.class);
        secure(j, new MockAuthorizationStrategy().grant(Jenkins.READ, AiGatePermissions.APPROVE).everywhere()
                .toAuthenticated());
        ApproverReach.refresh();
        assertTrue(monitor.isActivated());
        assertFalse(monitor.isAnonymous());

        secure(j, new MockAuthorizationStrategy().grant(Jenkins.READ).everywhere().toAuthenticated()
                .grant(AiGatePermissions.APPROVE).everywhere().to("seniors"));
        ApproverReach.refresh();
        assertFalse(monitor.isActivated());
    }

    @Test
    void approveHeldByAnonymousIsFlagged(JenkinsRule j) {
        BroadApproverMonitor monitor = ExtensionList.lookupSingleton(BroadApproverMonitor.class);
        secure(j, new MockAuthorizationStrategy().grant(AiGatePermissions.APPROVE).everywhere().toEveryone());
        ApproverReach.refresh();
        assertTrue(monitor.isActivated());
        assertTrue(monitor.isAnonymous());
    }

    @Test
    void noOneAbleToApproveIsFlaggedUntilSomeoneIs(JenkinsRule j) throws Exception {
        NoApproverMonitor monitor = ExtensionList.lookupSingleton(NoApproverMonitor.class);
        FreeStyleProject deploy = j.createFreeStyleProject("deploy");
        User.getById("bob", true);
        secure(j, new MockAuthorizationStrategy().grant(Jenkins.ADMINISTER).everywhere().to("admin"));
        ApproverReach.refresh();
        // administrators do not count: AiGate/Approve is implied by nothing
        assertTrue(monitor.isActivated());

        secure(j, new MockAuthorizationStrategy().grant(Jenkins.ADMINISTER).everywhere().to("admin")
                .grant(AiGatePermissions.APPROVE).onItems(deploy).to("bob"));
        ApproverReach.refresh();
        assertFalse(monitor.isActivated());

        secure(j, new MockAuthorizationStrategy().grant(Jenkins.ADMINISTER).everywhere().to("admin"));
        ApproverReach.refresh();
        assertTrue(monitor.isActivated());
        PrincipalSettings approvers = new PrincipalSettings();
        approvers.setGroups(List.of("release-managers"));
        AiGateConfiguration.get().setApprovers(approvers);
        assertFalse(monitor.isActivated());

        AiGateConfiguration.get().setApprovers(null);
        AiGateConfiguration.get().setMode("observe");
        assertFalse(monitor.isActivated());
    }

    private static void secure(JenkinsRule j, MockAuthorizationStrategy strategy) {
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(strategy);
    }
}
