package io.jenkins.plugins.aigate.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.FreeStyleProject;
import hudson.model.User;
import hudson.security.Permission;
import hudson.security.PermissionGroup;
import hudson.security.PermissionScope;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.MockFolder;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class AiGatePermissionsTest {

    @Test
    void permissionsAreRegisteredUnderTheAiGateGroupWithItemScope(JenkinsRule j) {
        PermissionGroup group = PermissionGroup.get(AiGatePermissions.class);
        assertNotNull(group);
        assertEquals("AiGate", group.getId());
        assertSame(AiGatePermissions.APPROVE, group.find("Approve"));
        assertSame(AiGatePermissions.OVERRIDE, group.find("Override"));
        assertSame(AiGatePermissions.APPROVE, Permission.fromId(AiGatePermissions.class.getName() + ".Approve"));
        assertTrue(AiGatePermissions.APPROVE.isContainedBy(PermissionScope.ITEM));
        assertTrue(AiGatePermissions.OVERRIDE.isContainedBy(PermissionScope.ITEM));
        assertNull(AiGatePermissions.APPROVE.impliedBy);
        assertNull(AiGatePermissions.OVERRIDE.impliedBy);
    }

    @Test
    void administratorsAreNotApproversUnlessGrantedAndFolderGrantsReachJobs(JenkinsRule j) throws Exception {
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        MockFolder payments = j.createFolder("payments");
        FreeStyleProject job = payments.createProject(FreeStyleProject.class, "deploy");
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to("admin")
                .grant(Jenkins.READ).everywhere().to("senior")
                .grant(AiGatePermissions.APPROVE).onFolders(payments).to("senior"));

        var admin = User.getById("admin", true).impersonate2();
        var senior = User.getById("senior", true).impersonate2();
        assertFalse(job.getACL().hasPermission2(admin, AiGatePermissions.APPROVE));
        assertFalse(job.getACL().hasPermission2(admin, AiGatePermissions.OVERRIDE));
        assertTrue(job.getACL().hasPermission2(senior, AiGatePermissions.APPROVE));
        assertFalse(job.getACL().hasPermission2(senior, AiGatePermissions.OVERRIDE));
    }
}
