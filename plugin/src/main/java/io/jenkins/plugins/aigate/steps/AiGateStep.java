package io.jenkins.plugins.aigate.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import java.io.Serial;
import java.io.Serializable;
import java.util.Iterator;
import java.util.Set;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code aiGate}: inspects the commits a deploy would ship and, when the administrator's policy says so, pauses
 * until the required approvers decide. Every argument is optional and may only tighten the policy; the policy
 * itself lives in the global configuration, out of the Jenkinsfile's reach.
 */
public final class AiGateStep extends Step implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private String message;
    private String environment;
    private String repository;
    private Integer requiredApprovals;
    private Boolean enforce;
    private String credentialsId;

    /** All arguments are optional. */
    @DataBoundConstructor
    public AiGateStep() {
    }

    /** @return the text shown to approvers above the flagged commits, if any */
    public @CheckForNull String getMessage() {
        return message;
    }

    @DataBoundSetter
    public void setMessage(String message) {
        this.message = Util.fixEmptyAndTrim(message);
    }

    /** @return the deployment environment this gate guards (part of the baseline key), if named */
    public @CheckForNull String getEnvironment() {
        return environment;
    }

    @DataBoundSetter
    public void setEnvironment(String environment) {
        this.environment = Util.fixEmptyAndTrim(environment);
    }

    /** @return the remote URL of the checkout this gate covers; by default the Pipeline's own repository */
    public @CheckForNull String getRepository() {
        return repository;
    }

    @DataBoundSetter
    public void setRepository(String repository) {
        this.repository = Util.fixEmptyAndTrim(repository);
    }

    /** @return the approvals the Jenkinsfile asks for; a number below the policy's fails the step */
    public @CheckForNull Integer getRequiredApprovals() {
        return requiredApprovals;
    }

    @DataBoundSetter
    public void setRequiredApprovals(Integer requiredApprovals) {
        this.requiredApprovals = requiredApprovals;
    }

    /** @return {@code true} to enforce even where the policy only observes; {@code false} is refused as loosening */
    public @CheckForNull Boolean getEnforce() {
        return enforce;
    }

    @DataBoundSetter
    public void setEnforce(Boolean enforce) {
        this.enforce = enforce;
    }

    /** @return the "gated secret" credentials the block form binds after the gate lets the deploy through */
    public @CheckForNull String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new AiGateStepExecution(this, context);
    }

    /** Registers {@code aiGate} and its Snippet Generator form. */
    @Extension
    @Symbol("aiGate")
    public static final class DescriptorImpl extends StepDescriptor {

        @Override
        public String getFunctionName() {
            return "aiGate";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.AiGateStep_displayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, FlowNode.class);
        }

        /**
         * The Snippet Generator's checkbox says {@code false} when left alone; {@code enforce: false} in a
         * Jenkinsfile is a refused loosening, so an unticked box means "not given". Empty fields likewise.
         */
        @Override
        public Step newInstance(StaplerRequest2 req, @NonNull JSONObject formData) throws FormException {
            JSONObject given = new JSONObject();
            for (Iterator<?> keys = formData.keys(); keys.hasNext(); ) {
                String key = (String) keys.next();
                Object value = formData.get(key);
                boolean absent = value instanceof String s && s.isBlank()
                        || "enforce".equals(key) && Boolean.FALSE.equals(value);
                if (!absent) {
                    given.put(key, value);
                }
            }
            return super.newInstance(req, given);
        }

        /** Used by {@code config.jelly}: a quorum must be a positive whole number. */
        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckRequiredApprovals(@QueryParameter String value) {
            String text = Util.fixEmptyAndTrim(value);
            if (text == null) {
                return FormValidation.ok();
            }
            try {
                return Integer.parseInt(text) >= 1 ? FormValidation.ok()
                        : FormValidation.error(Messages.AiGateStep_requiredApprovals_positive());
            } catch (NumberFormatException e) {
                return FormValidation.error(Messages.AiGateStep_requiredApprovals_positive());
            }
        }
    }
}
