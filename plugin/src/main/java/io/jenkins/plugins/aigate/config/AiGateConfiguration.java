package io.jenkins.plugins.aigate.config;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.BulkChange;
import hudson.Extension;
import hudson.XmlFile;
import hudson.model.User;
import hudson.model.listeners.SaveableListener;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import hudson.util.XStream2;
import io.jenkins.plugins.aigate.audit.AiGateAuditLog;
import io.jenkins.plugins.aigate.audit.AuditKeyResolver;
import io.jenkins.plugins.aigate.audit.AuditKeyStatus;
import io.jenkins.plugins.aigate.audit.AuditMessages;
import io.jenkins.plugins.aigate.core.detection.DetectionSettings;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.security.JenkinsFacade;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.Stapler;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * The administrator's policy, on the system configuration page and in JCasC as {@code unclassified: aiGate:}, with
 * the same keys and value spellings as the CLI's policy file, plus the keys only Jenkins uses (credential ids, the
 * GitHub API and the checkout listener's job pattern). Jenkins glue only: the settings are one {@link
 * PolicySettings} value, read into a core {@link Policy} by core's policy tree reader.
 *
 * <p>Applying is atomic. Every save (a web form, a JCasC import, which sets one attribute at a time inside a
 * {@link BulkChange}, or a Groovy script) edits a copy of the settings and builds the policy from all of it at
 * once. A valid policy replaces the settings and the effective policy, is written to disk and audited. An invalid
 * one is dropped: the settings and the effective policy stay, and {@link #getStatus()} carries the problems for
 * the administrative monitor.
 */
@Extension
@Symbol("aiGate")
public class AiGateConfiguration extends GlobalConfiguration {
    private static final Logger LOGGER = Logger.getLogger(AiGateConfiguration.class.getName());

    /** Writes {@link PolicySettings} as this configuration's file, in the format its fields always had. */
    private static final XStream2 XSTREAM = new XStream2();

    static {
        XSTREAM.alias(AiGateConfiguration.class.getName(), PolicySettings.class);
    }

    /** The settings that built {@link #effective}: the last valid ones, persisted. Replaced whole. */
    private transient volatile PolicySettings settings = PolicySettings.none();
    /** The settings being edited by a form or a JCasC import (inside a {@link BulkChange}); null otherwise. */
    private transient volatile PolicySettings editing;
    /** The policy in force; replaced only by a valid save. Null when none was ever valid: gates fail closed. */
    private transient volatile Policy effective;
    private transient volatile PolicyStatus status = PolicyStatus.valid();

    public AiGateConfiguration() {
        load();
        PolicyCompilation result = PolicyCompilation.of(settings);
        if (result.isValid()) {
            effective = result.getPolicy();
        } else {
            // the saved file no longer builds (hand edit, or stricter validation after an upgrade)
            status = PolicyStatus.refused(result.getProblems(), "SYSTEM", System.currentTimeMillis());
            LOGGER.log(Level.SEVERE, "The saved AI Change Gate policy is invalid; gates fail closed until it is"
                    + " fixed: {0}", result.getProblems());
        }
    }

    /** @return the singleton */
    public static @NonNull AiGateConfiguration get() {
        return GlobalConfiguration.all().getInstance(AiGateConfiguration.class);
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return Messages.AiGateConfiguration_DisplayName();
    }

    /**
     * @return the policy in force, or empty when no valid policy has ever been applied, in which case every gate
     *     must fail closed
     */
    public @NonNull Optional<Policy> getEffectivePolicy() {
        return Optional.ofNullable(effective);
    }

    /**
     * @return the detector's settings (custom signals, disabled rules) of the policy in force, or empty with it
     */
    public @NonNull Optional<DetectionSettings> getEffectiveDetection() {
        return getEffectivePolicy().map(Policy::detectionSettings);
    }

    /**
     * @return the policy a gate starting now must snapshot
     * @throws IllegalStateException with a localised reason when no valid policy is in force: the gate fails closed
     */
    public @NonNull Policy policyInForce() {
        Policy policy = effective;
        if (policy == null) {
            throw new IllegalStateException(Messages.AiGateConfiguration_NoPolicy());
        }
        return policy;
    }

    /** @return whether the last attempt to apply a policy succeeded, and if not, its problems */
    public @NonNull PolicyStatus getStatus() {
        return status;
    }

    /** Reads the saved settings; a file written before {@link PolicySettings} existed has the same format. */
    @Override
    public synchronized void load() {
        XmlFile file = settingsFile();
        if (!file.exists()) {
            return;
        }
        try {
            Object read = file.read();
            if (read instanceof PolicySettings) {
                settings = (PolicySettings) read;
            }
        } catch (IOException e) {
            LOGGER.log(Level.SEVERE, "Cannot read the AI Change Gate settings from " + file, e);
        }
    }

    private XmlFile settingsFile() {
        return new XmlFile(XSTREAM, getConfigFile().getFile());
    }

    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
        if (json.isEmpty()) {
            // the section was not on the submitted page: nothing to change (and no list to empty)
            return true;
        }
        try (BulkChange bc = new BulkChange(this)) {
            // a repeatable or list left empty is absent from the form: it means "none", not "unchanged"
            edit(s -> {
                s.identities = new ArrayList<>();
                s.rules = new ArrayList<>();
                s.customSignals = new ArrayList<>();
                s.disabledRules = new ArrayList<>();
                s.aiLabels = new ArrayList<>();
                s.nonAiBots = new ArrayList<>();
                s.approvers = null;
                s.breakGlass = null;
                s.timeoutMinutes = null;
            });
            req.bindJSON(this, json);
            bc.commit();
        } catch (IOException e) {
            throw new FormException(e, "aiGate");
        }
        PolicyStatus after = status;
        if (!after.isValid()) {
            throw new FormException(Messages.AiGateConfiguration_Refused(after.getSummary()), "aiGate");
        }
        return true;
    }

    /**
     * Builds the policy from the edited settings and applies it when valid: one swap of the settings and the policy
     * they give. Otherwise the edit is dropped and the previous settings and policy stay. Inside a
     * {@link BulkChange} (a form or a JCasC import) this runs once, at commit.
     */
    @Override
    public synchronized void save() {
        if (BulkChange.contains(this)) {
            return;
        }
        PolicySettings candidate = editing == null ? settings : editing;
        editing = null;
        String who = Jenkins.getAuthentication2().getName();
        long now = System.currentTimeMillis();
        PolicyCompilation result = PolicyCompilation.of(candidate);
        List<String> pluginProblems = pluginKeyProblems(candidate);
        if (!result.isValid() || !pluginProblems.isEmpty()) {
            status = PolicyStatus.refused(merge(result.getProblems(), pluginProblems), who, now);
            LOGGER.log(Level.WARNING, "Refused an invalid AI Change Gate policy from {0}; the previous one stays in"
                    + " force: {1}", new Object[] {who, status.getProblems()});
            return;
        }
        Policy previous = effective;
        boolean firstValid = previous == null;
        PolicySettings before = settings;
        settings = candidate;
        effective = result.getPolicy();
        status = PolicyStatus.valid();
        try {
            XmlFile file = settingsFile();
            file.write(candidate);
            SaveableListener.fireOnChange(this, file);
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Failed to save the AI Change Gate settings", e);
        }
        String oldFingerprint = firstValid ? null : previous.fingerprint();
        String newFingerprint = effective.fingerprint();
        if (!Objects.equals(oldFingerprint, newFingerprint) || firstValid || !before.sameJenkinsKeys(candidate)) {
            AiGateAuditLog.get().recordPolicyChange(who, displayName(who), oldFingerprint, newFingerprint,
                    source(), candidate.auditKeyCredentialsId);
        }
    }

    /** Applies {@code change} to the settings being edited; outside a bulk change, saves at once. */
    private synchronized void edit(Consumer<PolicySettings> change) {
        editing = (editing == null ? settings : editing).with(change);
        save();
    }

    /** @return the settings as being edited, else as in force: what the getters show */
    private PolicySettings shown() {
        PolicySettings e = editing;
        return e == null ? settings : e;
    }

    private static String displayName(String userId) {
        User user = User.getById(userId, false);
        return user == null ? userId : user.getDisplayName();
    }

    /** @return where a change comes from, for the audit record: the web form, or a script or JCasC */
    private static String source() {
        return Stapler.getCurrentRequest2() != null ? "web" : "casc-or-script";
    }

    private static List<String> pluginKeyProblems(PolicySettings candidate) {
        List<String> problems = new ArrayList<>();
        String auditKeyCredentialsId = candidate.auditKeyCredentialsId;
        String jobIncludePattern = candidate.jobIncludePattern;
        if (auditKeyCredentialsId != null) {
            AuditKeyStatus key = AuditKeyResolver.status(auditKeyCredentialsId);
            // a GLOBAL key would let any job forge records: refuse it outright; a missing one (perhaps created
            // later by the same JCasC file) only raises the audit key monitor
            if (key == AuditKeyStatus.NOT_SYSTEM_SCOPE || key == AuditKeyStatus.NOT_SECRET_TEXT
                    || key == AuditKeyStatus.WEAK_SECRET) {
                problems.add("auditKeyCredentialsId: " + AuditMessages.keyStatus(key, auditKeyCredentialsId));
            }
        }
        if (jobIncludePattern != null) {
            FieldChecks.jobPatternProblem(jobIncludePattern).ifPresent(p -> problems.add("jobIncludePattern: " + p));
        }
        return problems;
    }

    private static List<String> merge(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    // ----- policy keys -----

    public @CheckForNull Integer getSchemaVersion() {
        return shown().schemaVersion;
    }

    @DataBoundSetter
    public void setSchemaVersion(Integer schemaVersion) {
        edit(s -> s.schemaVersion = schemaVersion);
    }

    /** @return {@code enforce}, {@code observe} or {@code off}; {@code null} for core's default */
    public @CheckForNull String getMode() {
        return shown().mode;
    }

    @DataBoundSetter
    public void setMode(String mode) {
        edit(s -> s.mode = Lines.emptyToNull(mode));
    }

    public @CheckForNull Integer getRequiredApprovals() {
        return shown().requiredApprovals;
    }

    @DataBoundSetter
    public void setRequiredApprovals(Integer requiredApprovals) {
        edit(s -> s.requiredApprovals = requiredApprovals);
    }

    public @CheckForNull PrincipalSettings getApprovers() {
        return shown().approvers;
    }

    @DataBoundSetter
    public void setApprovers(PrincipalSettings approvers) {
        edit(s -> s.approvers = approvers);
    }

    public @CheckForNull Boolean getSeparationOfDuties() {
        return shown().separationOfDuties;
    }

    @DataBoundSetter
    public void setSeparationOfDuties(Boolean separationOfDuties) {
        edit(s -> s.separationOfDuties = separationOfDuties);
    }

    public @CheckForNull List<IdentitySettings> getIdentities() {
        PolicySettings s = shown();
        return s.identities == null ? null : Collections.unmodifiableList(s.identities);
    }

    @DataBoundSetter
    public void setIdentities(List<IdentitySettings> identities) {
        edit(s -> s.identities = copy(identities));
    }

    public @CheckForNull List<RuleSettings> getRules() {
        PolicySettings s = shown();
        return s.rules == null ? null : Collections.unmodifiableList(s.rules);
    }

    @DataBoundSetter
    public void setRules(List<RuleSettings> rules) {
        edit(s -> s.rules = copy(rules));
    }

    /** @return {@code requireApproval} or {@code pass}; {@code null} for core's default */
    public @CheckForNull String getUnknownBaseline() {
        return shown().unknownBaseline;
    }

    @DataBoundSetter
    public void setUnknownBaseline(String unknownBaseline) {
        edit(s -> s.unknownBaseline = Lines.emptyToNull(unknownBaseline));
    }

    public @CheckForNull Integer getMaxCommits() {
        return shown().maxCommits;
    }

    @DataBoundSetter
    public void setMaxCommits(Integer maxCommits) {
        edit(s -> s.maxCommits = maxCommits);
    }

    public @CheckForNull Integer getTimeoutMinutes() {
        return shown().timeoutMinutes;
    }

    @DataBoundSetter
    public void setTimeoutMinutes(Integer timeoutMinutes) {
        edit(s -> s.timeoutMinutes = timeoutMinutes);
    }

    /** @return {@code abort} or {@code fail}; {@code null} for core's default */
    public @CheckForNull String getOnTimeout() {
        return shown().onTimeout;
    }

    @DataBoundSetter
    public void setOnTimeout(String onTimeout) {
        edit(s -> s.onTimeout = Lines.emptyToNull(onTimeout));
    }

    public @CheckForNull List<CustomSignalSettings> getCustomSignals() {
        PolicySettings s = shown();
        return s.customSignals == null ? null : Collections.unmodifiableList(s.customSignals);
    }

    @DataBoundSetter
    public void setCustomSignals(List<CustomSignalSettings> customSignals) {
        edit(s -> s.customSignals = copy(customSignals));
    }

    public @CheckForNull List<String> getDisabledRules() {
        PolicySettings s = shown();
        return s.disabledRules == null ? null : Collections.unmodifiableList(s.disabledRules);
    }

    @DataBoundSetter
    public void setDisabledRules(List<String> disabledRules) {
        edit(s -> s.disabledRules = disabledRules == null ? null : Lines.normalize(disabledRules));
    }

    public @CheckForNull PrincipalSettings getBreakGlass() {
        return shown().breakGlass;
    }

    @DataBoundSetter
    public void setBreakGlass(PrincipalSettings breakGlass) {
        edit(s -> s.breakGlass = breakGlass);
    }

    /** @return {@code requireApproval} or {@code pass}; {@code null} for core's default */
    public @CheckForNull String getUnresolvedPullRequest() {
        return shown().unresolvedPullRequest;
    }

    @DataBoundSetter
    public void setUnresolvedPullRequest(String unresolvedPullRequest) {
        edit(s -> s.unresolvedPullRequest = Lines.emptyToNull(unresolvedPullRequest));
    }

    /** @return pull-request labels that declare AI assistance; {@code null} for core's default */
    public @CheckForNull List<String> getAiLabels() {
        PolicySettings s = shown();
        return s.aiLabels == null ? null : Collections.unmodifiableList(s.aiLabels);
    }

    @DataBoundSetter
    public void setAiLabels(List<String> aiLabels) {
        edit(s -> s.aiLabels = aiLabels == null ? null : Lines.normalize(aiLabels));
    }

    /** @return bot logins the administrator knows are not AI, beside core's built-in list; {@code null} for none */
    public @CheckForNull List<String> getNonAiBots() {
        PolicySettings s = shown();
        return s.nonAiBots == null ? null : Collections.unmodifiableList(s.nonAiBots);
    }

    @DataBoundSetter
    public void setNonAiBots(List<String> nonAiBots) {
        edit(s -> s.nonAiBots = nonAiBots == null ? null : Lines.normalize(nonAiBots));
    }

    /** @return {@code weak}, {@code strong} or {@code definitive}; {@code null} for core's default */
    public @CheckForNull String getFlagThreshold() {
        return shown().flagThreshold;
    }

    @DataBoundSetter
    public void setFlagThreshold(String flagThreshold) {
        edit(s -> s.flagThreshold = Lines.emptyToNull(flagThreshold));
    }

    /** @return whether votes cast with an API token count; {@code null} for core's default (they do not) */
    public @CheckForNull Boolean getAllowTokenVotes() {
        return shown().allowTokenVotes;
    }

    @DataBoundSetter
    public void setAllowTokenVotes(Boolean allowTokenVotes) {
        edit(s -> s.allowTokenVotes = allowTokenVotes);
    }

    /** @return the most approvals a Jenkinsfile may ask for; {@code null} for core's default (no bound) */
    public @CheckForNull Integer getMaxPipelineApprovals() {
        return shown().maxPipelineApprovals;
    }

    @DataBoundSetter
    public void setMaxPipelineApprovals(Integer maxPipelineApprovals) {
        edit(s -> s.maxPipelineApprovals = maxPipelineApprovals);
    }

    // ----- keys only Jenkins uses -----

    /** @return the id of the SYSTEM-scoped Secret Text credential that keys the audit log */
    public @CheckForNull String getAuditKeyCredentialsId() {
        return shown().auditKeyCredentialsId;
    }

    @DataBoundSetter
    public void setAuditKeyCredentialsId(String auditKeyCredentialsId) {
        edit(s -> s.auditKeyCredentialsId = Lines.emptyToNull(auditKeyCredentialsId));
    }

    /** @return the GitHub REST API root, or {@code null} for api.github.com */
    public @CheckForNull String getGithubApiUrl() {
        return shown().githubApiUrl;
    }

    @DataBoundSetter
    public void setGithubApiUrl(String githubApiUrl) {
        edit(s -> s.githubApiUrl = Lines.emptyToNull(githubApiUrl));
    }

    /** @return the credential used for pull-request lookups */
    public @CheckForNull String getGithubCredentialsId() {
        return shown().githubCredentialsId;
    }

    @DataBoundSetter
    public void setGithubCredentialsId(String githubCredentialsId) {
        edit(s -> s.githubCredentialsId = Lines.emptyToNull(githubCredentialsId));
    }

    /**
     * @return the RE2/J regular expression a job's whole full name must match (e.g. {@code deploy/.*}) for the
     *     checkout listener to read its commits; {@code null} for every Pipeline job
     */
    public @CheckForNull String getJobIncludePattern() {
        return shown().jobIncludePattern;
    }

    @DataBoundSetter
    public void setJobIncludePattern(String jobIncludePattern) {
        edit(s -> s.jobIncludePattern = Lines.emptyToNull(jobIncludePattern));
    }

    /** @return whether the checkout listener should read commits for the job with this full name */
    public boolean includesJob(@NonNull String fullName) {
        return FieldChecks.jobMatches(shown().jobIncludePattern, fullName);
    }

    private static <T> ArrayList<T> copy(List<T> values) {
        return values == null ? null : new ArrayList<>(values);
    }

    // ----- form validation and fills (POST, ADMINISTER) -----

    @POST
    public FormValidation doCheckMode(@QueryParameter String value) {
        JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.mode(Lines.emptyToNull(value));
    }

    @POST
    public FormValidation doCheckRequiredApprovals(@QueryParameter String value) {
        JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.integerKey("requiredApprovals", value);
    }

    @POST
    public FormValidation doCheckMaxCommits(@QueryParameter String value) {
        JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.integerKey("maxCommits", value);
    }

    @POST
    public FormValidation doCheckMaxPipelineApprovals(@QueryParameter String value) {
        JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.integerKey("maxPipelineApprovals", value);
    }

    @POST
    public FormValidation doCheckTimeoutMinutes(@QueryParameter String value) {
        JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.integerKey("timeoutMinutes", value);
    }

    @POST
    public FormValidation doCheckSchemaVersion(@QueryParameter String value) {
        JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.integerKey("schemaVersion", value);
    }

    @POST
    public FormValidation doCheckDisabledRules(@QueryParameter String value) {
        JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.disabledRules(Lines.normalize(Collections.singletonList(value)));
    }

    @POST
    public FormValidation doCheckJobIncludePattern(@QueryParameter String value) {
        JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.jobPatternProblem(Lines.emptyToNull(value))
                .map(FormValidation::error)
                .orElse(FormValidation.ok());
    }

    @POST
    public FormValidation doCheckGithubApiUrl(@QueryParameter String value) {
        JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.apiUrl(Lines.emptyToNull(value));
    }

    @POST
    public FormValidation doCheckAuditKeyCredentialsId(@QueryParameter String value) {
        JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
        String id = Lines.emptyToNull(value);
        AuditKeyStatus key = AuditKeyResolver.status(id);
        String text = AuditMessages.keyStatus(key, id);
        switch (key) {
            case OK:
                return FormValidation.ok();
            case NOT_CONFIGURED:
            case NOT_FOUND:
                return FormValidation.warning(text);
            default:
                return FormValidation.error(text);
        }
    }

    @POST
    public ListBoxModel doFillModeItems() {
        JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.modeItems();
    }

    @POST
    public ListBoxModel doFillUnknownBaselineItems() {
        JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.fallbackItems();
    }

    @POST
    public ListBoxModel doFillUnresolvedPullRequestItems() {
        JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.fallbackItems();
    }

    @POST
    public ListBoxModel doFillFlagThresholdItems() {
        JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.confidenceItems(true);
    }

    @POST
    public ListBoxModel doFillOnTimeoutItems() {
        JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.timeoutItems();
    }

    /**
     * Lists SYSTEM-scoped Secret Text credentials: the only kind the audit key may be. The saved id stays listed
     * even before its credential exists, so saving the page never drops it.
     */
    @POST
    public ListBoxModel doFillAuditKeyCredentialsIdItems(@QueryParameter String value) {
        JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
        return new StandardListBoxModel()
                .includeEmptyValue()
                .includeMatchingAs(ACL.SYSTEM2, JenkinsFacade.root(), StringCredentials.class, List.of(),
                        CredentialsMatchers.withScope(CredentialsScope.SYSTEM))
                .includeCurrentValue(current(value, shown().auditKeyCredentialsId));
    }

    /** Lists the credentials the GitHub client can use (a token as Secret Text, or username and password). */
    @POST
    public ListBoxModel doFillGithubCredentialsIdItems(@QueryParameter String value) {
        JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
        return new StandardListBoxModel()
                .includeEmptyValue()
                .includeMatchingAs(ACL.SYSTEM2, JenkinsFacade.root(), StandardCredentials.class, List.of(),
                        CredentialsMatchers.always())
                .includeCurrentValue(current(value, shown().githubCredentialsId));
    }

    /** @return the value the form sent, else the saved one: the select keeps it even when no credential matches */
    private static String current(String sent, String saved) {
        String v = Lines.emptyToNull(sent);
        if (v == null) {
            v = saved;
        }
        return v == null ? "" : v;
    }

    /**
     * "Try a commit": which detection rules fire, under the policy as submitted in the form, for a pasted author,
     * e-mail and message. Reads nothing and changes nothing.
     */
    @POST
    public FormValidation doTryCommit(@QueryParameter String tryAuthor, @QueryParameter String tryEmail,
            @QueryParameter String tryMessage) {
        JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
        return CommitTrial.run(getEffectiveDetection().orElse(null), tryAuthor, tryEmail, tryMessage);
    }

    /** Used by {@code config.jelly}. */
    @Restricted(NoExternalUse.class)
    public String getDisabledRulesText() {
        return Lines.join(shown().disabledRules);
    }

    /** Used by {@code config.jelly}: the administrator's non-AI bots, one per line. */
    @Restricted(NoExternalUse.class)
    public String getNonAiBotsText() {
        List<String> nonAiBots = shown().nonAiBots;
        return Lines.join(nonAiBots == null ? List.of() : nonAiBots);
    }

    /** Used by {@code config.jelly}: core's default labels until some are set. */
    @Restricted(NoExternalUse.class)
    public String getAiLabelsText() {
        List<String> aiLabels = shown().aiLabels;
        return Lines.join(aiLabels == null ? Policy.defaults().aiLabels() : aiLabels);
    }
}
