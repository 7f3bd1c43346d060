package io.jenkins.plugins.aigate.config;

import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.core.range.BaselineStore;
import io.jenkins.plugins.aigate.core.range.FileBaselineStore;
import io.jenkins.plugins.aigate.security.JenkinsFacade;
import java.nio.file.Path;

/**
 * Where the step side gets the policy in force, the detector and the baseline store. One seam, so that the step,
 * the checkout listener and the approval page all read the same snapshot source.
 */
public final class GatePolicies {

    private GatePolicies() {
    }

    /**
     * @return the administrator's effective policy (core's defaults until one is configured)
     * @throws IllegalStateException when no valid policy is in force: the gate fails closed
     */
    public static Policy current() {
        return AiGateConfiguration.get().policyInForce();
    }

    /** @return the credentials id of the administrator's audit key, or {@code null} when none is configured */
    public static String auditKeyCredentialsId() {
        return AiGateConfiguration.get().getAuditKeyCredentialsId();
    }

    /** @return whether the administrator named the jobs whose checkouts are read ({@code jobIncludePattern}) */
    public static boolean hasJobPattern() {
        return AiGateConfiguration.get().getJobIncludePattern() != null;
    }

    /** @return whether the gate covers this job (the administrator's job pattern; all Pipeline jobs by default) */
    public static boolean includesJob(String fullName) {
        return AiGateConfiguration.get().includesJob(fullName);
    }

    /**
     * @return the store of last let-through heads per (job, repository, environment), under {@code JENKINS_HOME}
     *         so that it outlives build retention
     */
    public static BaselineStore baselines() {
        Path dir = JenkinsFacade.rootDir().resolve("ai-gate").resolve("baselines");
        return new FileBaselineStore(dir);
    }
}
