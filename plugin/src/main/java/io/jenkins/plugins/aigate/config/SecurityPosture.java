package io.jenkins.plugins.aigate.config;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.aigate.core.policy.Mode;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.security.JenkinsFacade;
import java.util.Optional;

/**
 * Facts about the controller's security that decide whether gates can be trusted. When security is off, or the
 * authorization strategy gives everyone (or every logged-in user) every permission, holding {@code AiGate/Approve}
 * means nothing: the step then counts only the policy's approver groups and users, and with security off no vote at
 * all, so gates in enforce mode fail closed.
 */
public final class SecurityPosture {

    private SecurityPosture() {}

    /** @return whether everyone, or every logged-in user, holds every permission */
    public static boolean isUnsecured() {
        return JenkinsFacade.isUnsecured();
    }

    /**
     * @return whether security is off or the strategy is "anyone can do anything": then anyone can act as anyone
     *         (or as anonymous with every permission), so no vote can be trusted and nobody may approve by any route
     */
    public static boolean approvalsImpossible() {
        return JenkinsFacade.isAnyoneAnything();
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
