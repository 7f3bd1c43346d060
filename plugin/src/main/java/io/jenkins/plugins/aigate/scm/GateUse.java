package io.jenkins.plugins.aigate.scm;

import hudson.model.Run;
import io.jenkins.plugins.aigate.gate.AiGateRunAction;
import io.jenkins.plugins.aigate.config.GatePolicies;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jenkinsci.plugins.workflow.cps.CpsFlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;

/**
 * Whether a build's checkouts are worth reading: the listener sees every checkout of every job, and reading a
 * range costs a history walk and a {@code git log} on the agent, so it reads only for builds that may gate.
 */
final class GateUse {

    private static final Logger LOGGER = Logger.getLogger(GateUse.class.getName());
    /** How many earlier builds are searched for a gate; a job that gated recently gates again. */
    static final int LOOKBACK = 20;
    private static final String STEP_NAME = "aiGate";

    private GateUse() {
    }

    /**
     * @return true when the administrator's {@code jobIncludePattern} names the job, or, without a pattern, when
     *     the build's Pipeline script or a script it loaded mentions {@code aiGate}, or one of the job's recent
     *     builds ran a gate (a shared library calls the step from code the script does not show)
     */
    static boolean expected(Run<?, ?> build) {
        String fullName = build.getParent().getFullName();
        if (GatePolicies.hasJobPattern()) {
            return GatePolicies.includesJob(fullName);
        }
        return scriptMentionsGate(build) || gatedRecently(build);
    }

    private static boolean scriptMentionsGate(Run<?, ?> build) {
        if (!(build instanceof FlowExecutionOwner.Executable executable)) {
            return false;
        }
        try {
            FlowExecutionOwner owner = executable.asFlowExecutionOwner();
            FlowExecution execution = owner == null ? null : owner.get();
            if (execution instanceof CpsFlowExecution cps) {
                String script = cps.getScript();
                return script != null && script.contains(STEP_NAME)
                        || cps.getLoadedScripts().values().stream().anyMatch(s -> s.contains(STEP_NAME));
            }
        } catch (IOException e) {
            LOGGER.log(Level.FINE, "no flow execution for " + build, e);
        }
        return false;
    }

    private static boolean gatedRecently(Run<?, ?> build) {
        Run<?, ?> earlier = build.getPreviousBuild();
        for (int i = 0; earlier != null && i < LOOKBACK; i++) {
            if (earlier.getAction(AiGateRunAction.class) != null) {
                return true;
            }
            earlier = earlier.getPreviousBuild();
        }
        return false;
    }
}
