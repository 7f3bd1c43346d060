package io.jenkins.plugins.aigate.config;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.BulkChange;
import hudson.Extension;
import hudson.model.User;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.aigate.audit.AiGateAuditLog;
import io.jenkins.plugins.aigate.audit.AuditKeyResolver;
import io.jenkins.plugins.aigate.audit.AuditKeyStatus;
import io.jenkins.plugins.aigate.audit.AuditMessages;
import io.jenkins.plugins.aigate.core.detection.DetectionSettings;
import io.jenkins.plugins.aigate.core.detection.Detector;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.security.JenkinsFacade;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * GitHub API and the checkout listener's job pattern).
 *
 * <p>Applying is atomic. The fields hold what was last submitted; every save (a web form, a JCasC import, which
 * sets one attribute at a time inside a {@link BulkChange}, or a Groovy script) builds the core {@link Policy} from
 * all of them at once. A valid policy replaces the effective one, is written to disk and audited. An invalid one
 * is not applied: the fields roll back to the last valid values, the effective policy stays, and
 * {@link #getStatus()} carries the problems for the administrative monitor.
 */
@Extension
@Symbol("aiGate")
public class AiGateConfiguration extends GlobalConfiguration {
    private static final Logger LOGGER = Logger.getLogger(AiGateConfiguration.class.getName());

    // Policy keys, spelled as in the CLI's policy file. Null means "not set": core applies its default.
    private Integer schemaVersion;
    private String mode;
    private Integer requiredApprovals;
    private PrincipalSettings approvers;
    private Boolean separationOfDuties;
    private ArrayList<IdentitySettings> identities;
    private ArrayList<RuleSettings> rules;
    private String unknownBaseline;
    private Integer maxCommits;
    private Integer timeoutMinutes;
    private String onTimeout;
    private ArrayList<CustomSignalSettings> customSignals;
    private ArrayList<String> disabledRules;
    private PrincipalSettings breakGlass;
    private String unresolvedPullRequest;
    private ArrayList<String> aiLabels;
    private ArrayList<String> nonAiBots;
    private String flagThreshold;
    private Boolean allowTokenVotes;

    // Keys only Jenkins uses; the CLI accepts and ignores them.
    private String auditKeyCredentialsId;
    private String githubApiUrl;
    private String githubCredentialsId;
    private String jobIncludePattern;

    /** The policy in force; replaced only by a valid save. Null when none was ever valid: gates fail closed. */
    private transient volatile Policy effective;
    /** The field values that built {@link #effective}, restored when a save is refused. */
    private transient Snapshot committed;
    private transient volatile PolicyStatus status = PolicyStatus.valid();

    public AiGateConfiguration() {
        load();
        PolicyCompilation result = PolicyMapper.compile(this);
        if (result.isValid()) {
            effective = result.getPolicy();
            committed = Snapshot.of(this);
        } else {
            // the saved file no longer builds (hand edit, or stricter validation after an upgrade)
            committed = null;
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

    /**
     * @return a detector with the custom signals and disabled rules of the policy in force
     * @throws IllegalStateException with a localised reason when no valid policy is in force
     */
    public @NonNull Detector detectorInForce() {
        return Detector.create(policyInForce().detectionSettings());
    }

    /** @return whether the last attempt to apply a policy succeeded, and if not, its problems */
    public @NonNull PolicyStatus getStatus() {
        return status;
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
            identities = new ArrayList<>();
            rules = new ArrayList<>();
            customSignals = new ArrayList<>();
            disabledRules = new ArrayList<>();
            aiLabels = new ArrayList<>();
            nonAiBots = new ArrayList<>();
            approvers = null;
            breakGlass = null;
            timeoutMinutes = null;
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
     * Builds the policy from every field and applies it when valid; otherwise keeps the previous policy and rolls
     * the fields back. Inside a {@link BulkChange} (a form or a JCasC import) this runs once, at commit.
     */
    @Override
    public synchronized void save() {
        if (BulkChange.contains(this)) {
            return;
        }
        String who = Jenkins.getAuthentication2().getName();
        long now = System.currentTimeMillis();
        PolicyCompilation result = PolicyMapper.compile(this);
        List<String> pluginProblems = pluginKeyProblems();
        if (!result.isValid() || !pluginProblems.isEmpty()) {
            status = PolicyStatus.refused(merge(result.getProblems(), pluginProblems), who, now);
            LOGGER.log(Level.WARNING, "Refused an invalid AI Change Gate policy from {0}; the previous one stays in"
                    + " force: {1}", new Object[] {who, status.getProblems()});
            if (committed != null) {
                committed.restoreTo(this);
            }
            return;
        }
        Policy previous = effective;
        Snapshot before = committed;
        effective = result.getPolicy();
        committed = Snapshot.of(this);
        status = PolicyStatus.valid();
        super.save();
        String oldFingerprint = previous == null ? null : previous.fingerprint();
        String newFingerprint = effective.fingerprint();
        if (!Objects.equals(oldFingerprint, newFingerprint) || before == null || !before.sameJenkinsKeys(committed)) {
            AiGateAuditLog.get().recordPolicyChange(who, displayName(who), oldFingerprint, newFingerprint,
                    source(), auditKeyCredentialsId);
        }
    }

    private static String displayName(String userId) {
        User user = User.getById(userId, false);
        return user == null ? userId : user.getDisplayName();
    }

    /** @return where a change comes from, for the audit record: the web form, or a script or JCasC */
    private static String source() {
        return Stapler.getCurrentRequest2() != null ? "web" : "casc-or-script";
    }

    private List<String> pluginKeyProblems() {
        List<String> problems = new ArrayList<>();
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
        return schemaVersion;
    }

    @DataBoundSetter
    public void setSchemaVersion(Integer schemaVersion) {
        this.schemaVersion = schemaVersion;
        save();
    }

    /** @return {@code enforce}, {@code observe} or {@code off}; {@code null} for core's default */
    public @CheckForNull String getMode() {
        return mode;
    }

    @DataBoundSetter
    public void setMode(String mode) {
        this.mode = Lines.emptyToNull(mode);
        save();
    }

    public @CheckForNull Integer getRequiredApprovals() {
        return requiredApprovals;
    }

    @DataBoundSetter
    public void setRequiredApprovals(Integer requiredApprovals) {
        this.requiredApprovals = requiredApprovals;
        save();
    }

    public @CheckForNull PrincipalSettings getApprovers() {
        return approvers;
    }

    @DataBoundSetter
    public void setApprovers(PrincipalSettings approvers) {
        this.approvers = approvers;
        save();
    }

    public @CheckForNull Boolean getSeparationOfDuties() {
        return separationOfDuties;
    }

    @DataBoundSetter
    public void setSeparationOfDuties(Boolean separationOfDuties) {
        this.separationOfDuties = separationOfDuties;
        save();
    }

    public @CheckForNull List<IdentitySettings> getIdentities() {
        return identities == null ? null : Collections.unmodifiableList(identities);
    }

    @DataBoundSetter
    public void setIdentities(List<IdentitySettings> identities) {
        this.identities = copy(identities);
        save();
    }

    public @CheckForNull List<RuleSettings> getRules() {
        return rules == null ? null : Collections.unmodifiableList(rules);
    }

    @DataBoundSetter
    public void setRules(List<RuleSettings> rules) {
        this.rules = copy(rules);
        save();
    }

    /** @return {@code requireApproval} or {@code pass}; {@code null} for core's default */
    public @CheckForNull String getUnknownBaseline() {
        return unknownBaseline;
    }

    @DataBoundSetter
    public void setUnknownBaseline(String unknownBaseline) {
        this.unknownBaseline = Lines.emptyToNull(unknownBaseline);
        save();
    }

    public @CheckForNull Integer getMaxCommits() {
        return maxCommits;
    }

    @DataBoundSetter
    public void setMaxCommits(Integer maxCommits) {
        this.maxCommits = maxCommits;
        save();
    }

    public @CheckForNull Integer getTimeoutMinutes() {
        return timeoutMinutes;
    }

    @DataBoundSetter
    public void setTimeoutMinutes(Integer timeoutMinutes) {
        this.timeoutMinutes = timeoutMinutes;
        save();
    }

    /** @return {@code abort} or {@code fail}; {@code null} for core's default */
    public @CheckForNull String getOnTimeout() {
        return onTimeout;
    }

    @DataBoundSetter
    public void setOnTimeout(String onTimeout) {
        this.onTimeout = Lines.emptyToNull(onTimeout);
        save();
    }

    public @CheckForNull List<CustomSignalSettings> getCustomSignals() {
        return customSignals == null ? null : Collections.unmodifiableList(customSignals);
    }

    @DataBoundSetter
    public void setCustomSignals(List<CustomSignalSettings> customSignals) {
        this.customSignals = copy(customSignals);
        save();
    }

    public @CheckForNull List<String> getDisabledRules() {
        return disabledRules == null ? null : Collections.unmodifiableList(disabledRules);
    }

    @DataBoundSetter
    public void setDisabledRules(List<String> disabledRules) {
        this.disabledRules = disabledRules == null ? null : Lines.normalize(disabledRules);
        save();
    }

    public @CheckForNull PrincipalSettings getBreakGlass() {
        return breakGlass;
    }

    @DataBoundSetter
    public void setBreakGlass(PrincipalSettings breakGlass) {
        this.breakGlass = breakGlass;
        save();
    }

    /** @return {@code requireApproval} or {@code pass}; {@code null} for core's default */
    public @CheckForNull String getUnresolvedPullRequest() {
        return unresolvedPullRequest;
    }

    @DataBoundSetter
    public void setUnresolvedPullRequest(String unresolvedPullRequest) {
        this.unresolvedPullRequest = Lines.emptyToNull(unresolvedPullRequest);
        save();
    }

    /** @return pull-request labels that declare AI assistance; {@code null} for core's default */
    public @CheckForNull List<String> getAiLabels() {
        return aiLabels == null ? null : Collections.unmodifiableList(aiLabels);
    }

    @DataBoundSetter
    public void setAiLabels(List<String> aiLabels) {
        this.aiLabels = aiLabels == null ? null : Lines.normalize(aiLabels);
        save();
    }

    /** @return bot logins the administrator knows are not AI, beside core's built-in list; {@code null} for none */
    public @CheckForNull List<String> getNonAiBots() {
        return nonAiBots == null ? null : Collections.unmodifiableList(nonAiBots);
    }

    @DataBoundSetter
    public void setNonAiBots(List<String> nonAiBots) {
        this.nonAiBots = nonAiBots == null ? null : Lines.normalize(nonAiBots);
        save();
    }

    /** @return {@code weak}, {@code strong} or {@code definitive}; {@code null} for core's default */
    public @CheckForNull String getFlagThreshold() {
        return flagThreshold;
    }

    @DataBoundSetter
    public void setFlagThreshold(String flagThreshold) {
        this.flagThreshold = Lines.emptyToNull(flagThreshold);
        save();
    }

    /** @return whether votes cast with an API token count; {@code null} for core's default (they do not) */
    public @CheckForNull Boolean getAllowTokenVotes() {
        return allowTokenVotes;
    }

    @DataBoundSetter
    public void setAllowTokenVotes(Boolean allowTokenVotes) {
        this.allowTokenVotes = allowTokenVotes;
        save();
    }

    // ----- keys only Jenkins uses -----

    /** @return the id of the SYSTEM-scoped Secret Text credential that keys the audit log */
    public @CheckForNull String getAuditKeyCredentialsId() {
        return auditKeyCredentialsId;
    }

    @DataBoundSetter
    public void setAuditKeyCredentialsId(String auditKeyCredentialsId) {
        this.auditKeyCredentialsId = Lines.emptyToNull(auditKeyCredentialsId);
        save();
    }

    /** @return the GitHub REST API root, or {@code null} for api.github.com */
    public @CheckForNull String getGithubApiUrl() {
        return githubApiUrl;
    }

    @DataBoundSetter
    public void setGithubApiUrl(String githubApiUrl) {
        this.githubApiUrl = Lines.emptyToNull(githubApiUrl);
        save();
    }

    /** @return the credential used for pull-request lookups */
    public @CheckForNull String getGithubCredentialsId() {
        return githubCredentialsId;
    }

    @DataBoundSetter
    public void setGithubCredentialsId(String githubCredentialsId) {
        this.githubCredentialsId = Lines.emptyToNull(githubCredentialsId);
        save();
    }

    /**
     * @return the RE2/J regular expression a job's whole full name must match (e.g. {@code deploy/.*}) for the
     *     checkout listener to read its commits; {@code null} for every Pipeline job
     */
    public @CheckForNull String getJobIncludePattern() {
        return jobIncludePattern;
    }

    @DataBoundSetter
    public void setJobIncludePattern(String jobIncludePattern) {
        this.jobIncludePattern = Lines.emptyToNull(jobIncludePattern);
        save();
    }

    /** @return whether the checkout listener should read commits for the job with this full name */
    public boolean includesJob(@NonNull String fullName) {
        return FieldChecks.jobMatches(jobIncludePattern, fullName);
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
                .includeCurrentValue(current(value, auditKeyCredentialsId));
    }

    /** Lists the credentials the GitHub client can use (a token as Secret Text, or username and password). */
    @POST
    public ListBoxModel doFillGithubCredentialsIdItems(@QueryParameter String value) {
        JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
        return new StandardListBoxModel()
                .includeEmptyValue()
                .includeMatchingAs(ACL.SYSTEM2, JenkinsFacade.root(), StandardCredentials.class, List.of(),
                        CredentialsMatchers.always())
                .includeCurrentValue(current(value, githubCredentialsId));
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
        return Lines.join(disabledRules);
    }

    /** Used by {@code config.jelly}: the administrator's non-AI bots, one per line. */
    @Restricted(NoExternalUse.class)
    public String getNonAiBotsText() {
        return Lines.join(nonAiBots == null ? List.of() : nonAiBots);
    }

    /** Used by {@code config.jelly}: core's default labels until some are set. */
    @Restricted(NoExternalUse.class)
    public String getAiLabelsText() {
        return Lines.join(aiLabels == null ? Policy.defaults().aiLabels() : aiLabels);
    }

    /**
     * The fields that built the effective policy. Nested settings are never modified after binding, so sharing
     * them is safe; the lists are copied.
     */
    private static final class Snapshot {
        private final Integer schemaVersion;
        private final String mode;
        private final Integer requiredApprovals;
        private final PrincipalSettings approvers;
        private final Boolean separationOfDuties;
        private final ArrayList<IdentitySettings> identities;
        private final ArrayList<RuleSettings> rules;
        private final String unknownBaseline;
        private final Integer maxCommits;
        private final Integer timeoutMinutes;
        private final String onTimeout;
        private final ArrayList<CustomSignalSettings> customSignals;
        private final ArrayList<String> disabledRules;
        private final PrincipalSettings breakGlass;
        private final String unresolvedPullRequest;
        private final ArrayList<String> aiLabels;
        private final ArrayList<String> nonAiBots;
        private final String flagThreshold;
        private final Boolean allowTokenVotes;
        private final String auditKeyCredentialsId;
        private final String githubApiUrl;
        private final String githubCredentialsId;
        private final String jobIncludePattern;

        private Snapshot(AiGateConfiguration c) {
            schemaVersion = c.schemaVersion;
            mode = c.mode;
            requiredApprovals = c.requiredApprovals;
            approvers = c.approvers;
            separationOfDuties = c.separationOfDuties;
            identities = copy(c.identities);
            rules = copy(c.rules);
            unknownBaseline = c.unknownBaseline;
            maxCommits = c.maxCommits;
            timeoutMinutes = c.timeoutMinutes;
            onTimeout = c.onTimeout;
            customSignals = copy(c.customSignals);
            disabledRules = copy(c.disabledRules);
            breakGlass = c.breakGlass;
            unresolvedPullRequest = c.unresolvedPullRequest;
            aiLabels = copy(c.aiLabels);
            nonAiBots = copy(c.nonAiBots);
            flagThreshold = c.flagThreshold;
            allowTokenVotes = c.allowTokenVotes;
            auditKeyCredentialsId = c.auditKeyCredentialsId;
            githubApiUrl = c.githubApiUrl;
            githubCredentialsId = c.githubCredentialsId;
            jobIncludePattern = c.jobIncludePattern;
        }

        static Snapshot of(AiGateConfiguration c) {
            return new Snapshot(c);
        }

        void restoreTo(AiGateConfiguration c) {
            c.schemaVersion = schemaVersion;
            c.mode = mode;
            c.requiredApprovals = requiredApprovals;
            c.approvers = approvers;
            c.separationOfDuties = separationOfDuties;
            c.identities = copy(identities);
            c.rules = copy(rules);
            c.unknownBaseline = unknownBaseline;
            c.maxCommits = maxCommits;
            c.timeoutMinutes = timeoutMinutes;
            c.onTimeout = onTimeout;
            c.customSignals = copy(customSignals);
            c.disabledRules = copy(disabledRules);
            c.breakGlass = breakGlass;
            c.unresolvedPullRequest = unresolvedPullRequest;
            c.aiLabels = copy(aiLabels);
            c.nonAiBots = copy(nonAiBots);
            c.flagThreshold = flagThreshold;
            c.allowTokenVotes = allowTokenVotes;
            c.auditKeyCredentialsId = auditKeyCredentialsId;
            c.githubApiUrl = githubApiUrl;
            c.githubCredentialsId = githubCredentialsId;
            c.jobIncludePattern = jobIncludePattern;
        }

        boolean sameJenkinsKeys(Snapshot other) {
            return Objects.equals(auditKeyCredentialsId, other.auditKeyCredentialsId)
                    && Objects.equals(githubApiUrl, other.githubApiUrl)
                    && Objects.equals(githubCredentialsId, other.githubCredentialsId)
                    && Objects.equals(jobIncludePattern, other.jobIncludePattern);
        }
    }
}
