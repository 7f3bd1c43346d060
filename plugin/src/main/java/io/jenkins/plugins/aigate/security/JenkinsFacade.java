package io.jenkins.plugins.aigate.security;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.security.ACL;
import hudson.security.AuthorizationStrategy;
import hudson.security.FullControlOnceLoggedInAuthorizationStrategy;
import hudson.security.Permission;
import java.nio.file.Path;
import java.util.List;
import jenkins.model.IdStrategy;
import jenkins.model.Jenkins;
import org.springframework.security.core.Authentication;

/**
 * The plugin's one seam to the Jenkins singleton: permission checks on the controller, the security realm's id
 * rules, the authorization strategy, the root directory and the system context for credentials. Every other class
 * goes through here ({@code PluginArchitectureTest} fails the build otherwise), so a reader sees at once what the
 * plugin asks of Jenkins as a whole, and what it asks of a job or a build instead.
 */
public final class JenkinsFacade {

    private JenkinsFacade() {}

    /** Throws {@code AccessDeniedException3} unless the current user holds the permission on the controller. */
    public static void checkPermission(@NonNull Permission permission) {
        jenkins().checkPermission(permission);
    }

    /** @return whether the current user holds the permission on the controller */
    public static boolean hasPermission(@NonNull Permission permission) {
        return jenkins().hasPermission(permission);
    }

    /** @return whether the given authentication holds the permission on the controller */
    public static boolean hasPermission(@NonNull Authentication who, @NonNull Permission permission) {
        return jenkins().getACL().hasPermission2(who, permission);
    }

    /** @return the controller's own access control list */
    public static @NonNull ACL acl() {
        return jenkins().getACL();
    }

    /**
     * @return whether security is off or the strategy is "anyone can do anything" or "logged-in users can do
     *         anything": every (logged-in) user then holds every permission, so a permission says nothing
     */
    public static boolean isUnsecured() {
        Jenkins j = jenkins();
        AuthorizationStrategy strategy = j.getAuthorizationStrategy();
        return !j.isUseSecurity() || strategy instanceof AuthorizationStrategy.Unsecured
                || strategy instanceof FullControlOnceLoggedInAuthorizationStrategy;
    }

    /**
     * @return whether security is off or the strategy is "anyone can do anything": anyone can act as anyone (or as
     *         anonymous with every permission), so no vote can be trusted
     */
    public static boolean isAnyoneAnything() {
        Jenkins j = jenkins();
        return !j.isUseSecurity() || j.getAuthorizationStrategy() instanceof AuthorizationStrategy.Unsecured;
    }

    /** @return the authorization strategy in force */
    public static @NonNull AuthorizationStrategy authorizationStrategy() {
        return jenkins().getAuthorizationStrategy();
    }

    /** @return how the security realm compares user ids */
    public static @NonNull IdStrategy userIdStrategy() {
        return jenkins().getSecurityRealm().getUserIdStrategy();
    }

    /** @return how the security realm compares group names */
    public static @NonNull IdStrategy groupIdStrategy() {
        return jenkins().getSecurityRealm().getGroupIdStrategy();
    }

    /** @return every item of the type, folders included, lazily (callers may stop early on a large controller) */
    public static @NonNull <T extends Item> Iterable<T> allItems(@NonNull Class<T> type) {
        return jenkins().allItems(type);
    }

    /** @return the controller's home directory */
    public static @NonNull Path rootDir() {
        return jenkins().getRootDir().toPath();
    }

    /** @return the root item group, the context of credentials defined for the whole controller */
    public static @NonNull ItemGroup<?> root() {
        return jenkins();
    }

    /** @return the controller-wide credentials of the type, looked up as the system */
    public static @NonNull <C extends Credentials> List<C> systemCredentials(@NonNull Class<C> type) {
        return CredentialsProvider.lookupCredentialsInItemGroup(type, jenkins(), ACL.SYSTEM2, List.of());
    }

    private static Jenkins jenkins() {
        return Jenkins.get();
    }
}
