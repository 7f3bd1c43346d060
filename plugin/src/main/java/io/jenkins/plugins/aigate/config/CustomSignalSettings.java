package io.jenkins.plugins.aigate.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.aigate.security.JenkinsFacade;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * One entry of the policy key {@code customSignals}: an administrator's own detection rule, an RE2/J pattern over one
 * field of the detector's vocabulary.
 */
public final class CustomSignalSettings implements Describable<CustomSignalSettings> {
    private final String name;
    private final String field;
    private final String pattern;
    private String tool;
    private String confidence;

    @DataBoundConstructor
    public CustomSignalSettings(String name, String field, String pattern) {
        this.name = Lines.emptyToNull(name);
        this.field = Lines.emptyToNull(field);
        // a pattern keeps its spaces: they can be significant
        this.pattern = pattern == null || pattern.isEmpty() ? null : pattern;
    }

    /** @return the rule id reported in evidence */
    public @CheckForNull String getName() {
        return name;
    }

    /** @return the field the pattern reads, e.g. {@code message} or {@code trailer:Co-authored-by} */
    public @CheckForNull String getField() {
        return field;
    }

    /** @return the RE2/J pattern */
    public @CheckForNull String getPattern() {
        return pattern;
    }

    /** @return the tool the signal points at, shown to approvers */
    public @CheckForNull String getTool() {
        return tool;
    }

    @DataBoundSetter
    public void setTool(String tool) {
        this.tool = Lines.emptyToNull(tool);
    }

    /** @return the confidence in the policy's spelling ({@code weak}, {@code strong}, {@code definitive}) */
    public @CheckForNull String getConfidence() {
        return confidence;
    }

    @DataBoundSetter
    public void setConfidence(String confidence) {
        this.confidence = Lines.emptyToNull(confidence);
    }

    /** Descriptor of {@link CustomSignalSettings}. */
    @Extension
    @Symbol("customSignal")
    public static final class DescriptorImpl extends Descriptor<CustomSignalSettings> {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.CustomSignalSettings_DisplayName();
        }

        @POST
        public FormValidation doCheckName(@QueryParameter String value) {
            JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
            return FieldChecks.required(value);
        }

        @POST
        public FormValidation doCheckField(@QueryParameter String value) {
            JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
            return FieldChecks.signalField(value);
        }

        @POST
        public FormValidation doCheckPattern(@QueryParameter String value) {
            JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
            return FieldChecks.signalPattern(value);
        }

        @POST
        public FormValidation doCheckTool(@QueryParameter String value) {
            JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
            return FieldChecks.required(value);
        }

        @POST
        public ListBoxModel doFillConfidenceItems() {
            JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
            return FieldChecks.confidenceItems(false);
        }
    }
}
