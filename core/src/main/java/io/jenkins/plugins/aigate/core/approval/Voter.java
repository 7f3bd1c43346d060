package io.jenkins.plugins.aigate.core.approval;

import java.util.List;
import java.util.Objects;

/**
 * Who is voting, as the security realm sees them right now: id, display name, the groups they hold at this
 * moment, the email addresses the realm knows for them, and how they authenticated.
 *
 * <p>{@code holdsApprovePermission} and {@code holdsOverridePermission} are the plugin's second way in (Jenkins
 * permissions granted to the voter). The caller must set them only for an explicit grant: an administrator's implied
 * permissions do not make them an approver or a break-glass user.
 */
public final class Voter {
    private final String userId;
    private final String displayName;
    private final List<String> groups;
    private final List<String> emails;
    private final AuthMethod authMethod;
    private final boolean holdsApprovePermission;
    private final boolean holdsOverridePermission;
    private final boolean administrator;

    /**
     * @param userId                 the realm's user id; blank means anonymous, who is never eligible
     * @param displayName            the name to show and record
     * @param groups                 groups (authorities) held now
     * @param emails                 email addresses the realm knows for the user
     * @param authMethod             how the user authenticated for this request
     * @param holdsApprovePermission whether the approve permission was explicitly granted to the user
     */
    public Voter(String userId, String displayName, List<String> groups, List<String> emails, AuthMethod authMethod,
            boolean holdsApprovePermission) {
        this(userId, displayName, groups, emails, authMethod, holdsApprovePermission, false);
    }

    /**
     * @param holdsOverridePermission whether the break-glass (override) permission was explicitly granted to the user
     */
    public Voter(String userId, String displayName, List<String> groups, List<String> emails, AuthMethod authMethod,
            boolean holdsApprovePermission, boolean holdsOverridePermission) {
        this(userId, displayName, groups, emails, authMethod, holdsApprovePermission, holdsOverridePermission, false);
    }

    private Voter(String userId, String displayName, List<String> groups, List<String> emails, AuthMethod authMethod,
            boolean holdsApprovePermission, boolean holdsOverridePermission, boolean administrator) {
        this.userId = Objects.requireNonNull(userId, "userId");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.groups = PersonAliases.copy(groups, "groups");
        this.emails = PersonAliases.copy(emails, "emails");
        this.authMethod = Objects.requireNonNull(authMethod, "authMethod");
        this.holdsApprovePermission = holdsApprovePermission;
        this.holdsOverridePermission = holdsOverridePermission;
        this.administrator = administrator;
    }

    /**
     * Marks the voter as an administrator. In Jenkins, Overall/Administer implies every permission, so a permission
     * check cannot tell an explicit grant from an administrator's; for an administrator the permission flags are
     * therefore ignored and only the policy's user and group lists count. Administrators are not implicit approvers.
     *
     * @return a copy of this voter with the administrator mark set as given
     */
    public Voter administrator(boolean isAdministrator) {
        return new Voter(userId, displayName, groups, emails, authMethod, holdsApprovePermission,
                holdsOverridePermission, isAdministrator);
    }

    /** @return a voter eligible through groups or the user list only (no permission grant) */
    public static Voter of(String userId, String displayName, List<String> groups, List<String> emails,
            AuthMethod authMethod) {
        return new Voter(userId, displayName, groups, emails, authMethod, false);
    }

    public String userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public List<String> groups() {
        return groups;
    }

    public List<String> emails() {
        return emails;
    }

    public AuthMethod authMethod() {
        return authMethod;
    }

    public boolean holdsApprovePermission() {
        return holdsApprovePermission;
    }

    public boolean holdsOverridePermission() {
        return holdsOverridePermission;
    }

    /** @return whether the voter is an administrator, whose permission flags do not count */
    public boolean isAdministrator() {
        return administrator;
    }

    @Override
    public String toString() {
        return userId + " (" + authMethod + ")";
    }
}
