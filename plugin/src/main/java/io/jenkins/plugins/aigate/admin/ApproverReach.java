package io.jenkins.plugins.aigate.admin;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Item;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.security.AuthorizationStrategy;
import hudson.security.Permission;
import hudson.security.SecurityRealm;
import io.jenkins.plugins.aigate.security.AiGatePermissions;
import io.jenkins.plugins.aigate.security.JenkinsFacade;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import jenkins.model.Jenkins;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who holds {@code AiGate/Approve}, as far as Jenkins can tell without asking the security realm: the anonymous
 * user, any authenticated user, each principal the authorization strategy names
 * ({@link AuthorizationStrategy#getGroups()}) and each user Jenkins knows, asked on Jenkins itself and on items
 * (folder grants count). A grant only to a group the strategy does not list is not seen. Computed periodically and after configuration changes,
 * never on a page view.
 */
public final class ApproverReach {
    /** Bounds one scan on very large instances; a grant deeper than this is not seen. */
    static final int MAX_ITEMS = 5000;
    static final int MAX_PRINCIPALS = 500;

    private static volatile ApproverReach latest = new ApproverReach(false, false, true, false);

    private final boolean anonymousApproves;
    private final boolean authenticatedApproves;
    private final boolean someoneApproves;
    private final boolean scanned;

    private ApproverReach(boolean anonymousApproves, boolean authenticatedApproves, boolean someoneApproves,
            boolean scanned) {
        this.anonymousApproves = anonymousApproves;
        this.authenticatedApproves = authenticatedApproves;
        this.someoneApproves = someoneApproves;
        this.scanned = scanned;
    }

    /** @return the result of the last scan; before the first scan, one that raises no warning */
    public static @NonNull ApproverReach latest() {
        return latest;
    }

    /** Scans now and keeps the result for {@link #latest()}. */
    public static @NonNull ApproverReach refresh() {
        ApproverReach reach;
        // as SYSTEM: every item must be seen, whoever triggered the scan
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            reach = scan(AiGatePermissions.APPROVE);
        }
        latest = reach;
        return reach;
    }

    /** @return whether the anonymous user may approve somewhere */
    public boolean isAnonymousApproves() {
        return anonymousApproves;
    }

    /** @return whether every authenticated user may approve somewhere */
    public boolean isAuthenticatedApproves() {
        return authenticatedApproves;
    }

    /** @return whether at least one principal the authorization strategy names may approve somewhere */
    public boolean isSomeoneApproves() {
        return someoneApproves;
    }

    /** @return whether this result comes from a scan */
    public boolean isScanned() {
        return scanned;
    }

    static ApproverReach scan(Permission approve) {
        List<ACL> acls = new ArrayList<>();
        acls.add(JenkinsFacade.acl());
        int items = 0;
        for (Item item : JenkinsFacade.allItems(Item.class)) {
            if (++items > MAX_ITEMS) {
                break;
            }
            acls.add(item.getACL());
        }
        boolean anonymous = anyGrants(acls, Jenkins.ANONYMOUS2, approve);
        boolean authenticated = anyGrants(acls, probe("ai-gate:probe", List.of()), approve);
        boolean someone = anonymous || authenticated;
        Collection<String> principals = JenkinsFacade.authorizationStrategy().getGroups();
        int seen = 0;
        for (String principal : principals) {
            if (someone || ++seen > MAX_PRINCIPALS) {
                break;
            }
            // a strategy's names may be groups or users; ask both ways
            someone = anyGrants(acls, probe("ai-gate:probe", List.of(new SimpleGrantedAuthority(principal))), approve)
                    || anyGrants(acls, probe(principal, List.of()), approve);
        }
        // strategies that list no names (or list groups only) still grant to users Jenkins knows
        int users = 0;
        for (User user : User.getAll()) {
            if (someone || ++users > MAX_PRINCIPALS) {
                break;
            }
            someone = anyGrants(acls, probe(user.getId(), List.of()), approve);
        }
        return new ApproverReach(anonymous, authenticated, someone, true);
    }

    private static Authentication probe(String name, List<GrantedAuthority> extra) {
        List<GrantedAuthority> authorities = new ArrayList<>(extra);
        authorities.add(SecurityRealm.AUTHENTICATED_AUTHORITY2);
        return new UsernamePasswordAuthenticationToken(name, "", authorities);
    }

    private static boolean anyGrants(List<ACL> acls, Authentication who, Permission permission) {
        for (ACL acl : acls) {
            if (acl.hasPermission2(who, permission)) {
                return true;
            }
        }
        return false;
    }
}
