package io.jenkins.plugins.aigate.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.aigate.security.JenkinsFacade;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * One entry of the policy key {@code rules}: paths (globs) that raise the quorum, exempt commits, or apply to every
 * commit ({@code anyCommit}).
 */
public final class RuleSettings implements Describable<RuleSettings> {
    private final String name;
    private ArrayList<String> paths = new ArrayList<>();
    private Integer requiredApprovals;
    private boolean exempt;
    private boolean anyCommit;

    @DataBoundConstructor
    public RuleSettings(String name) {
        this.name = Lines.emptyToNull(name);
    }

    /** @return the rule's name, shown to approvers as the reason for the quorum */
    public @CheckForNull String getName() {
        return name;
    }

    /** @return the globs the rule covers */
    public @NonNull List<String> getPaths() {
        return Collections.unmodifiableList(paths);
    }

    @DataBoundSetter
    public void setPaths(List<String> paths) {
        this.paths = Lines.normalize(paths);
    }

    /** @return the quorum this rule raises to, or {@code null} to leave it */
    public @CheckForNull Integer getRequiredApprovals() {
        return requiredApprovals;
    }

    @DataBoundSetter
    public void setRequiredApprovals(Integer requiredApprovals) {
        this.requiredApprovals = requiredApprovals;
    }

    /** @return whether a flagged commit whose every path matches does not count */
    public boolean isExempt() {
        return exempt;
    }

    @DataBoundSetter
    public void setExempt(boolean exempt) {
        this.exempt = exempt;
    }

    /** @return whether the rule applies to every commit, AI-assisted or not */
    public boolean isAnyCommit() {
        return anyCommit;
    }

    @DataBoundSetter
    public void setAnyCommit(boolean anyCommit) {
        this.anyCommit = anyCommit;
    }

    /** Used by {@code config.jelly}. */
    @Restricted(NoExternalUse.class)
    public String getPathsText() {
        return Lines.join(paths);
    }

    private Object readResolve() {
        if (paths == null) {
            paths = new ArrayList<>();
        }
        return this;
    }

    /** Descriptor of {@link RuleSettings}. */
    @Extension
    @Symbol("rule")
    public static final class DescriptorImpl extends Descriptor<RuleSettings> {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.RuleSettings_DisplayName();
        }

        @POST
        public FormValidation doCheckName(@QueryParameter String value) {
            JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
            return FieldChecks.required(value);
        }

        @POST
        public FormValidation doCheckPaths(@QueryParameter String value) {
            JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
            return FieldChecks.rulePaths(value);
        }

        @POST
        public FormValidation doCheckRequiredApprovals(@QueryParameter String value) {
            JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
            return FieldChecks.optionalApprovals(value);
        }
    }
}
