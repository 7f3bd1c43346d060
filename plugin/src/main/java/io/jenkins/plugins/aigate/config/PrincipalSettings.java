package io.jenkins.plugins.aigate.config;

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
 * Groups and users, as in the policy keys {@code approvers} and {@code breakGlass}. Group names are compared with the
 * security realm's group id strategy, user ids with its user id strategy.
 */
public final class PrincipalSettings implements Describable<PrincipalSettings> {
    private ArrayList<String> groups = new ArrayList<>();
    private ArrayList<String> users = new ArrayList<>();

    @DataBoundConstructor
    public PrincipalSettings() {}

    /** @return the group names, in the order given */
    public @NonNull List<String> getGroups() {
        return Collections.unmodifiableList(groups);
    }

    @DataBoundSetter
    public void setGroups(List<String> groups) {
        this.groups = Lines.normalize(groups);
    }

    /** @return the user ids, in the order given */
    public @NonNull List<String> getUsers() {
        return Collections.unmodifiableList(users);
    }

    @DataBoundSetter
    public void setUsers(List<String> users) {
        this.users = Lines.normalize(users);
    }

    /** @return whether neither a group nor a user is named */
    public boolean isEmpty() {
        return groups.isEmpty() && users.isEmpty();
    }

    /** Used by {@code config.jelly}. */
    @Restricted(NoExternalUse.class)
    public String getGroupsText() {
        return Lines.join(groups);
    }

    /** Used by {@code config.jelly}. */
    @Restricted(NoExternalUse.class)
    public String getUsersText() {
        return Lines.join(users);
    }

    private Object readResolve() {
        // older or hand-edited files may lack a list
        if (groups == null) {
            groups = new ArrayList<>();
        }
        if (users == null) {
            users = new ArrayList<>();
        }
        return this;
    }

    /** Descriptor of {@link PrincipalSettings}. */
    @Extension
    @Symbol("principals")
    public static final class DescriptorImpl extends Descriptor<PrincipalSettings> {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PrincipalSettings_DisplayName();
        }

        @POST
        public FormValidation doCheckGroups(@QueryParameter String value) {
            JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
            return FieldChecks.principals(value, true);
        }

        @POST
        public FormValidation doCheckUsers(@QueryParameter String value) {
            JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
            return FieldChecks.principals(value, false);
        }
    }
}
