package io.jenkins.plugins.aigate.admin;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.security.AuthorizationStrategy;
import io.jenkins.plugins.aigate.config.AiGateConfiguration;
import io.jenkins.plugins.aigate.core.policy.Mode;
import io.jenkins.plugins.aigate.core.policy.Policy;
import java.util.Optional;
import jenkins.model.Jenkins;

/**
 * Facts about the controller's security that decide whether gates can be trusted. When security is off or the
 * authorization strategy is unsecured, anyone can approve, so a gate in enforce mode must fail closed.
 */
public final class SecurityPosture {

    private SecurityPosture() {}

    /** @return whether anyone at all, anonymous included, holds every permission */
    public static boolean isUnsecured() {
        Jenkins j = Jenkins.get();
        return !j.isUseSecurity() || j.getAuthorizationStrategy() instanceof AuthorizationStrategy.Unsecured;
    }

    /** @return the effective policy's mode, or enforce when no valid policy is in force (fail closed) */
    public static @NonNull Mode effectiveMode(@NonNull AiGateConfiguration config) {
        Optional<Policy> policy = config.getEffectivePolicy();
        return policy.map(Policy::mode).orElse(Mode.ENFORCE);
    }

    /** @return whether the effective policy names approver groups or users (a way in besides the permission) */
    public static boolean policyNamesApprovers(@NonNull AiGateConfiguration config) {
        return config.getEffectivePolicy().map(p -> !p.approvers().isEmpty()).orElse(false);
    }
}
