package io.jenkins.plugins.aigate.security;

import hudson.init.InitMilestone;
import hudson.init.Initializer;
import hudson.security.Permission;
import hudson.security.PermissionGroup;
import hudson.security.PermissionScope;

/**
 * The plugin's permissions, written {@code AiGate/Approve} and {@code AiGate/Override} in matrix-auth and
 * role-strategy. Both are scoped to items, so a grant on a folder covers its jobs, and both are implied by
 * nothing: an administrator is not an approver unless explicitly granted the permission.
 */
public final class AiGatePermissions {

    /** The group; its id {@code AiGate} is the prefix administrators write in authorization configuration. */
    public static final PermissionGroup GROUP =
            new PermissionGroup("AiGate", AiGatePermissions.class, Messages._AiGatePermissions_group());

    /** May vote to approve or reject a paused gate of a job, subject to the policy's separation of duties. */
    public static final Permission APPROVE = new Permission(GROUP, "Approve",
            Messages._AiGatePermissions_approve_description(), null, PermissionScope.ITEM);

    /** May break the glass: release a paused gate with a written justification, recorded as an override. */
    public static final Permission OVERRIDE = new Permission(GROUP, "Override",
            Messages._AiGatePermissions_override_description(), null, PermissionScope.ITEM);

    private AiGatePermissions() {
    }

    /**
     * Loads this class, and with it the permissions, before the authorization strategy is read from disk:
     * a strategy naming a permission that is not yet registered drops the grant.
     */
    @Initializer(before = InitMilestone.SYSTEM_CONFIG_LOADED)
    public static void register() {
        // Touching the fields is enough; their initializers register the group and the permissions.
        if (GROUP.size() != 2 || APPROVE.group != GROUP || OVERRIDE.group != GROUP) {
            throw new IllegalStateException("AI Change Gate permissions are not registered");
        }
    }
}
