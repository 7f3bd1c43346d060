package io.jenkins.plugins.aigate.secret;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.Util;
import hudson.console.ConsoleLogFilter;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.aigate.gate.AiGateRunAction;
import io.jenkins.plugins.aigate.gate.GateRecord;
import io.jenkins.plugins.aigate.gate.GateStatus;
import io.jenkins.plugins.aigate.scm.RepositoryUrls;
import java.io.Serial;
import java.io.Serializable;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.GeneralNonBlockingStepExecution;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code withAiGateSecret(credentialsId: 'prod-deploy') { ... }}: binds a {@link GatedSecretCredentials} for the
 * body, and only if an {@code aiGate(credentialsId: 'prod-deploy')} earlier in this build let the deploy through
 * (passed, observed, off, approved or overridden) over the repository and environment the credential is pinned
 * to. Without such a gate the step fails: the gate cannot be removed without losing the secret.
 */
public final class WithAiGateSecretStep extends Step implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String DEFAULT_VARIABLE = "AI_GATE_SECRET";

    private final String credentialsId;
    private String variable = DEFAULT_VARIABLE;

    @DataBoundConstructor
    public WithAiGateSecretStep(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    public String getVariable() {
        return variable;
    }

    /** The environment variable the secret is bound to in the body; {@code AI_GATE_SECRET} by default. */
    @DataBoundSetter
    public void setVariable(String variable) {
        String v = Util.fixEmptyAndTrim(variable);
        this.variable = v == null ? DEFAULT_VARIABLE : v;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(this, context);
    }

    /** Checks the gate, then runs the body with the secret bound and masked. */
    static final class Execution extends GeneralNonBlockingStepExecution {

        @Serial
        private static final long serialVersionUID = 1L;

        private final WithAiGateSecretStep step;

        Execution(WithAiGateSecretStep step, StepContext context) {
            super(context);
            this.step = step;
        }

        @Override
        public boolean start() {
            // credential providers may reach out to a vault: never on the CPS VM thread
            run(this::unlock);
            return false;
        }

        private void unlock() throws Exception {
            if (step.credentialsId == null) {
                throw new AbortException(Messages.WithAiGateSecretStep_noId());
            }
            Run<?, ?> run = getContext().get(Run.class);
            GatedSecretCredentials secret = CredentialsProvider.findCredentialById(step.credentialsId,
                    GatedSecretCredentials.class, run);
            if (secret == null) {
                throw new AbortException(Messages.WithAiGateSecretStep_notFound(step.credentialsId));
            }
            GateRecord unlocking = unlockingGate(run, secret);
            if (unlocking == null) {
                throw new AbortException(Messages.WithAiGateSecretStep_locked(step.credentialsId));
            }
            getContext().get(TaskListener.class).getLogger().println(
                    Messages.WithAiGateSecretStep_unlocked(step.credentialsId, unlocking.getId(),
                            unlocking.getStatus().name()));
            getContext().newBodyInvoker()
                    .withContext(EnvironmentExpander.merge(getContext().get(EnvironmentExpander.class),
                            new SecretEnvironment(step.variable, secret.getSecret())))
                    .withContext(BodyInvoker.mergeConsoleLogFilters(getContext().get(ConsoleLogFilter.class),
                            new SecretMasker(secret.getSecret())))
                    .withCallback(BodyExecutionCallback.wrap(getContext()))
                    .start();
        }

        /** The latest gate of this build that names the secret, let the deploy through, and matches its pins. */
        private GateRecord unlockingGate(Run<?, ?> run, GatedSecretCredentials secret) {
            AiGateRunAction action = run.getAction(AiGateRunAction.class);
            if (action == null) {
                return null;
            }
            GateRecord found = null;
            String pinnedRepository = secret.getRepository();
            String pinnedEnvironment = secret.getEnvironment();
            for (GateRecord gate : action.getGates()) {
                boolean names = secret.getId().equals(gate.getCredentialsId());
                boolean through = gate.getStatus().proceeds() && gate.getStatus() != GateStatus.FAILED_CLOSED;
                boolean repository = pinnedRepository == null || gate.getRepository() != null
                        && RepositoryUrls.normalise(pinnedRepository).equals(gate.getRepository());
                boolean environment = pinnedEnvironment == null || pinnedEnvironment.equals(gate.getEnvironment());
                if (names && through && repository && environment) {
                    found = gate;
                }
            }
            return found;
        }
    }

    /** Registers {@code withAiGateSecret}. */
    @Extension
    @Symbol("withAiGateSecret")
    public static final class DescriptorImpl extends StepDescriptor {

        @Override
        public String getFunctionName() {
            return "withAiGateSecret";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.WithAiGateSecretStep_displayName();
        }

        @Override
        public boolean takesImplicitBlockArgument() {
            return true;
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }
    }
}
