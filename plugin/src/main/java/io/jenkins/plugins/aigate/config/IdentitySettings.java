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
 * One entry of the policy key {@code identities}: a person's Jenkins user id with the commit e-mail addresses and
 * SCM logins that are theirs, for separation of duties.
 */
public final class IdentitySettings implements Describable<IdentitySettings> {
    private final String id;
    private ArrayList<String> emails = new ArrayList<>();
    private ArrayList<String> logins = new ArrayList<>();

    @DataBoundConstructor
    public IdentitySettings(String id) {
        this.id = Lines.emptyToNull(id);
    }

    /** @return the Jenkins user id */
    public @CheckForNull String getId() {
        return id;
    }

    /** @return the person's commit e-mail addresses */
    public @NonNull List<String> getEmails() {
        return Collections.unmodifiableList(emails);
    }

    @DataBoundSetter
    public void setEmails(List<String> emails) {
        this.emails = Lines.normalize(emails);
    }

    /** @return the person's SCM logins */
    public @NonNull List<String> getLogins() {
        return Collections.unmodifiableList(logins);
    }

    @DataBoundSetter
    public void setLogins(List<String> logins) {
        this.logins = Lines.normalize(logins);
    }

    /** Used by {@code config.jelly}. */
    @Restricted(NoExternalUse.class)
    public String getEmailsText() {
        return Lines.join(emails);
    }

    /** Used by {@code config.jelly}. */
    @Restricted(NoExternalUse.class)
    public String getLoginsText() {
        return Lines.join(logins);
    }

    private Object readResolve() {
        if (emails == null) {
            emails = new ArrayList<>();
        }
        if (logins == null) {
            logins = new ArrayList<>();
        }
        return this;
    }

    /** Descriptor of {@link IdentitySettings}. */
    @Extension
    @Symbol("identity")
    public static final class DescriptorImpl extends Descriptor<IdentitySettings> {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.IdentitySettings_DisplayName();
        }

        @POST
        public FormValidation doCheckId(@QueryParameter String value) {
            JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
            return FieldChecks.required(value);
        }

        @POST
        public FormValidation doCheckEmails(@QueryParameter String value) {
            JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
            return FieldChecks.identityNames(value, true);
        }

        @POST
        public FormValidation doCheckLogins(@QueryParameter String value) {
            JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
            return FieldChecks.identityNames(value, false);
        }
    }
}
