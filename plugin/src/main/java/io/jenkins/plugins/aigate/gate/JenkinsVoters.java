package io.jenkins.plugins.aigate.gate;

import hudson.model.Job;
import hudson.model.User;
import hudson.security.SecurityRealm;
import hudson.tasks.MailAddressResolver;
import hudson.tasks.Mailer;
import io.jenkins.plugins.aigate.config.SecurityPosture;
import io.jenkins.plugins.aigate.core.approval.AuthMethod;
import io.jenkins.plugins.aigate.core.approval.IdStrategy;
import io.jenkins.plugins.aigate.core.approval.Voter;
import io.jenkins.plugins.aigate.security.AiGatePermissions;
import io.jenkins.plugins.aigate.security.JenkinsFacade;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import jenkins.security.BasicHeaderApiTokenAuthenticator;
import org.kohsuke.stapler.Stapler;
import org.kohsuke.stapler.StaplerRequest2;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Turns the user behind an HTTP request into core's {@link Voter}: the facts Jenkins knows (id, groups now held,
 * e-mail addresses, how they authenticated, whether {@code AiGate/Approve} and {@code AiGate/Override} were granted
 * on the job, whether they administer Jenkins). Core decides what the facts mean.
 */
public final class JenkinsVoters {

    private static final Logger LOGGER = Logger.getLogger(JenkinsVoters.class.getName());

    private JenkinsVoters() {
    }

    /**
     * @param job     the gated job; permissions are checked on it so folder grants count
     * @param request the vote's request, to tell a web session from an API token
     * @return the current user as a voter; anonymous, and everyone while security is off or unsecured, becomes a
     *         blank id, which core never finds eligible
     */
    public static Voter current(Job<?, ?> job, StaplerRequest2 request) {
        return current(job, authMethod(request));
    }

    /**
     * The current user as the voter a page shows its standing to: the page is where the vote would be cast, so
     * without a request (a listing made off any request) the vote is taken as a web vote; with one (a page view,
     * or a REST call with an API token) the request tells.
     */
    public static Voter previewing(Job<?, ?> job) {
        StaplerRequest2 request = Stapler.getCurrentRequest2();
        return current(job, request == null ? AuthMethod.WEB : authMethod(request));
    }

    private static Voter current(Job<?, ?> job, AuthMethod method) {
        Authentication auth = Jenkins.getAuthentication2();
        User user = User.current();
        // security off or "anyone can do anything": nobody is who they say, so nobody votes (fail closed)
        if (user == null || SecurityPosture.approvalsImpossible()) {
            return Voter.of("", "anonymous", List.of(), List.of(), AuthMethod.UNKNOWN);
        }
        List<String> groups = new ArrayList<>();
        for (GrantedAuthority authority : auth.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && !SecurityRealm.AUTHENTICATED_AUTHORITY2.getAuthority().equals(name)) {
                groups.add(name);
            }
        }
        boolean permissions = permissionsMeanSomething();
        // Overall/Administer implies every permission: core ignores the permission flags of an administrator, so
        // an administrator approves only when the policy names them or one of their groups
        boolean administrator = JenkinsFacade.hasPermission(auth, Jenkins.ADMINISTER);
        return new Voter(user.getId(), user.getFullName(), groups, emails(user), method,
                permissions && job.getACL().hasPermission2(auth, AiGatePermissions.APPROVE),
                permissions && job.getACL().hasPermission2(auth, AiGatePermissions.OVERRIDE))
                .administrator(administrator);
    }

    /**
     * Under "anyone can do anything" or "logged-in users can do anything" every user holds every permission,
     * which would make everyone an approver: then the permission route is closed and only the policy's
     * approver groups and users count.
     */
    static boolean permissionsMeanSomething() {
        return !JenkinsFacade.isUnsecured();
    }

    /** The addresses the realm's resolvers give first, then the user's own Mailer address: more only makes separation of duties stricter. */
    private static List<String> emails(User user) {
        Set<String> emails = new LinkedHashSet<>();
        for (MailAddressResolver resolver : MailAddressResolver.all()) {
            try {
                String address = resolver.findMailAddressFor(user);
                if (address != null && !address.isBlank()) {
                    emails.add(address.trim());
                }
            } catch (RuntimeException e) {
                LOGGER.log(Level.FINE, "mail address resolver " + resolver + " failed for " + user.getId(), e);
            }
        }
        Mailer.UserProperty mail = user.getProperty(Mailer.UserProperty.class);
        if (mail != null && mail.getConfiguredAddress() != null && !mail.getConfiguredAddress().isBlank()) {
            emails.add(mail.getConfiguredAddress().trim());
        }
        return new ArrayList<>(emails);
    }

    private static AuthMethod authMethod(StaplerRequest2 request) {
        if (request == null) {
            return AuthMethod.UNKNOWN;
        }
        if (Boolean.TRUE.equals(request.getAttribute(BasicHeaderApiTokenAuthenticator.class.getName()))) {
            return AuthMethod.API_TOKEN;
        }
        String header = request.getHeader("Authorization");
        return header == null ? AuthMethod.WEB : AuthMethod.UNKNOWN;
    }

    /** @return the realm's user id comparison as core's strategy */
    public static IdStrategy userIds() {
        jenkins.model.IdStrategy strategy = JenkinsFacade.userIdStrategy();
        return strategy::keyFor;
    }

    /** @return the realm's group name comparison as core's strategy */
    public static IdStrategy groupIds() {
        jenkins.model.IdStrategy strategy = JenkinsFacade.groupIdStrategy();
        return strategy::keyFor;
    }
}
