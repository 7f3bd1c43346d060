package io.jenkins.plugins.aigate.core.policy;

import io.jenkins.plugins.aigate.core.detection.BuiltInRule;
import io.jenkins.plugins.aigate.core.detection.BuiltInRules;
import io.jenkins.plugins.aigate.core.detection.Confidence;
import io.jenkins.plugins.aigate.core.detection.CustomRule;
import io.jenkins.plugins.aigate.core.detection.DetectionSettings;
import io.jenkins.plugins.aigate.core.detection.Detector;
import io.jenkins.plugins.aigate.core.encoding.Hex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The administrator's policy: when the gate pauses, how many approvals it needs and from whom. Immutable; built
 * atomically by {@link #builder()}, whose {@code build()} either returns a whole valid policy or throws an
 * {@link InvalidPolicyException} with every problem found, so an invalid input never yields a half-applied or
 * weaker policy. {@link #fingerprint()} identifies the exact policy in force.
 *
 * <p>The keys and value spellings are those of the YAML and JCasC forms; see {@code docs/policy.md}.
 */
public final class Policy {
    /** The schema version this build writes and reads. */
    public static final int SCHEMA_VERSION = 1;
    static final int MIN_APPROVALS = 1;
    static final int MAX_APPROVALS = 100;
    /** The default bound on a range's length. */
    public static final int DEFAULT_MAX_COMMITS = 1000;
    static final int MAX_MAX_COMMITS = 1_000_000;
    static final int MAX_TIMEOUT_MINUTES = 366 * 24 * 60;

    private final int schemaVersion;
    private final Mode mode;
    private final int requiredApprovals;
    private final Principals approvers;
    private final boolean separationOfDuties;
    private final List<Identity> identities;
    private final List<PathRule> rules;
    private final FallbackAction unknownBaseline;
    private final int maxCommits;
    private final Integer timeoutMinutes;
    private final TimeoutAction onTimeout;
    private final Principals breakGlass;
    private final FallbackAction unresolvedPullRequest;
    private final List<CustomRule> customSignals;
    private final List<String> disabledRules;
    private final List<String> aiLabels;
    private final List<String> nonAiBots;
    private final Confidence flagThreshold;
    private final boolean allowTokenVotes;
    private final int maxPipelineApprovals;
    private final DetectionSettings detectionSettings;
    private final String canonicalForm;
    private final String fingerprint;

    private Policy(Builder b, List<PathRule> rules) {
        this.schemaVersion = b.schemaVersion;
        this.mode = b.mode;
        this.requiredApprovals = b.requiredApprovals;
        this.approvers = b.approvers;
        this.separationOfDuties = b.separationOfDuties;
        List<Identity> sortedIdentities = new ArrayList<>(b.identities);
        sortedIdentities.sort((x, y) -> x.id().compareTo(y.id()));
        this.identities = List.copyOf(sortedIdentities);
        this.rules = List.copyOf(rules);
        this.unknownBaseline = b.unknownBaseline;
        this.maxCommits = b.maxCommits;
        this.timeoutMinutes = b.timeoutMinutes;
        this.onTimeout = b.onTimeout;
        this.breakGlass = b.breakGlass;
        this.unresolvedPullRequest = b.unresolvedPullRequest;
        this.customSignals = List.copyOf(b.customSignals);
        TreeSet<String> disabled = new TreeSet<>();
        b.disabledRules.forEach(id -> disabled.add(builtInId(id)));
        this.disabledRules = List.copyOf(disabled);
        TreeMap<String, String> labels = new TreeMap<>();
        b.aiLabels.forEach(label -> labels.putIfAbsent(label.toLowerCase(Locale.ROOT), label));
        this.aiLabels = List.copyOf(labels.values());
        TreeMap<String, String> bots = new TreeMap<>();
        b.nonAiBots.forEach(login -> bots.putIfAbsent(login.toLowerCase(Locale.ROOT), login));
        this.nonAiBots = List.copyOf(bots.values());
        this.flagThreshold = b.flagThreshold;
        this.allowTokenVotes = b.allowTokenVotes;
        this.maxPipelineApprovals = b.maxPipelineApprovals;
        this.detectionSettings = DetectionSettings.builder().flagThreshold(flagThreshold)
                .disabledRuleIds(disabledRules).customRules(customSignals).aiLabels(aiLabels).nonAiBots(nonAiBots)
                .build();
        this.canonicalForm = CanonicalPolicy.form(this);
        this.fingerprint = Hex.sha256(canonicalForm);
    }

    /** @return a builder with every default */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the policy in force when the administrator set nothing */
    public static Policy defaults() {
        return builder().build();
    }

    /** @return a builder holding this policy's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        PolicySchema.keys().forEach(key -> key.copy(this, b));
        return b;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public Mode mode() {
        return mode;
    }

    /** @return the approvals a gate needs unless a rule asks for more */
    public int requiredApprovals() {
        return requiredApprovals;
    }

    /** @return who may approve (and reject) */
    public Principals approvers() {
        return approvers;
    }

    /** @return whether authors, committers, co-authors and the build's starter are barred from approving */
    public boolean separationOfDuties() {
        return separationOfDuties;
    }

    /** @return the administrator's map of people to their emails and logins, sorted by id */
    public List<Identity> identities() {
        return identities;
    }

    /** @return the path rules in order, the pipeline-definition rule included */
    public List<PathRule> rules() {
        return rules;
    }

    /**
     * @param rule one of this policy's rules
     * @return the approvals the rule asks for: its own number, else the policy's
     */
    public int requiredApprovals(PathRule rule) {
        return rule.requiredApprovals().orElse(requiredApprovals);
    }

    public FallbackAction unknownBaseline() {
        return unknownBaseline;
    }

    /** @return the most commits a range may hold; past it the range counts as truncated */
    public int maxCommits() {
        return maxCommits;
    }

    /** @return how long a gate may wait for its approvals, if bounded */
    public OptionalInt timeoutMinutes() {
        return timeoutMinutes == null ? OptionalInt.empty() : OptionalInt.of(timeoutMinutes);
    }

    public TimeoutAction onTimeout() {
        return onTimeout;
    }

    /** @return who may override a gate with a written justification */
    public Principals breakGlass() {
        return breakGlass;
    }

    public FallbackAction unresolvedPullRequest() {
        return unresolvedPullRequest;
    }

    /** @return the administrator's own detection rules, in order */
    public List<CustomRule> customSignals() {
        return customSignals;
    }

    /** @return built-in rule ids switched off, sorted */
    public List<String> disabledRules() {
        return disabledRules;
    }

    /** @return pull-request labels that declare AI assistance (compared ignoring case), sorted */
    public List<String> aiLabels() {
        return aiLabels;
    }

    /** @return bot logins the administrator knows are not AI, added to the built-in list of automation, sorted */
    public List<String> nonAiBots() {
        return nonAiBots;
    }

    /** @return the confidence at which evidence flags a commit as AI-assisted */
    public Confidence flagThreshold() {
        return flagThreshold;
    }

    /** @return whether votes cast with an API token (whose group memberships may be stale) count */
    public boolean allowTokenVotes() {
        return allowTokenVotes;
    }

    /** @return the most approvals a pipeline may ask for; more is refused */
    public int maxPipelineApprovals() {
        return maxPipelineApprovals;
    }

    /** @return the detector configuration this policy asks for (validated when the policy was built) */
    public DetectionSettings detectionSettings() {
        return detectionSettings;
    }

    /**
     * @return the canonical JSON form the fingerprint hashes: every key with its effective value (defaults
     *     included), object keys sorted, sets sorted, rules in policy order
     */
    public String canonicalForm() {
        return canonicalForm;
    }

    /** @return the SHA-256 of {@link #canonicalForm()}, 64 lower-case hex digits */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * Applies what a pipeline asks for on top of this policy. Overrides may only tighten: raise the approvals, move
     * from off or observe to enforce.
     *
     * @param overrides what the pipeline passed
     * @return the tightened policy (this one when the overrides change nothing)
     * @throws InvalidPolicyException naming everything refused, when any override would loosen the policy or is
     *     invalid; nothing is applied then
     */
    public Policy tighten(PolicyOverrides overrides) {
        return overrides.applyTo(this);
    }

    /** @return the built-in rule id as the catalogue spells it (ids compare ignoring case) */
    private static String builtInId(String id) {
        String stripped = id.strip();
        if (Detector.EVASION_RULE_ID.equalsIgnoreCase(stripped)) {
            return Detector.EVASION_RULE_ID;
        }
        for (BuiltInRule rule : BuiltInRules.all()) {
            if (rule.id().equalsIgnoreCase(stripped)) {
                return rule.id();
            }
        }
        return stripped;
    }

    /** @return a confidence as written in YAML and JCasC: {@code weak}, {@code strong}, {@code definitive} */
    public static String spelling(Confidence confidence) {
        return confidence.name().toLowerCase(Locale.ROOT);
    }

    /** @return the confidence for an exact spelling ({@code weak}, {@code strong}, {@code definitive}), or null */
    public static Confidence confidenceFromSpelling(String value) {
        for (Confidence confidence : Confidence.values()) {
            if (spelling(confidence).equals(value)) {
                return confidence;
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Policy && ((Policy) o).canonicalForm.equals(canonicalForm);
    }

    @Override
    public int hashCode() {
        return canonicalForm.hashCode();
    }

    @Override
    public String toString() {
        return "Policy " + fingerprint.substring(0, 12) + " " + canonicalForm;
    }

    /**
     * Collects a policy's values; every value starts at its default. Setters take typed values and never throw;
     * {@link #build()} checks everything together. Not thread-safe; may be built again after changes.
     */
    public static final class Builder {
        int schemaVersion = SCHEMA_VERSION;
        Mode mode = Mode.ENFORCE;
        int requiredApprovals = 1;
        Principals approvers = Principals.none();
        boolean separationOfDuties = true;
        final List<Identity> identities = new ArrayList<>();
        final List<PathRule.Builder> rules = new ArrayList<>();
        FallbackAction unknownBaseline = FallbackAction.REQUIRE_APPROVAL;
        int maxCommits = DEFAULT_MAX_COMMITS;
        Integer timeoutMinutes;
        TimeoutAction onTimeout = TimeoutAction.ABORT;
        Principals breakGlass = Principals.none();
        FallbackAction unresolvedPullRequest = FallbackAction.REQUIRE_APPROVAL;
        final List<CustomRule> customSignals = new ArrayList<>();
        final List<String> disabledRules = new ArrayList<>();
        final List<String> aiLabels = new ArrayList<>(DetectionSettings.DEFAULT_AI_LABELS);
        final List<String> nonAiBots = new ArrayList<>();
        Confidence flagThreshold = Confidence.STRONG;
        boolean allowTokenVotes;
        int maxPipelineApprovals = MAX_APPROVALS;

        private Builder() {
        }

        public Builder schemaVersion(int value) {
            this.schemaVersion = value;
            return this;
        }

        public Builder mode(Mode value) {
            this.mode = Objects.requireNonNull(value, "mode");
            return this;
        }

        public Builder requiredApprovals(int value) {
            this.requiredApprovals = value;
            return this;
        }

        public Builder approvers(Principals value) {
            this.approvers = Objects.requireNonNull(value, "approvers");
            return this;
        }

        public Builder separationOfDuties(boolean value) {
            this.separationOfDuties = value;
            return this;
        }

        /** Adds one person to the identities map. */
        public Builder identity(Identity value) {
            identities.add(Objects.requireNonNull(value, "identity"));
            return this;
        }

        /** Replaces the identities map. */
        public Builder identities(Collection<Identity> values) {
            identities.clear();
            values.forEach(this::identity);
            return this;
        }

        /**
         * Appends a rule. Unless one of the rules is named {@value PathRule#PIPELINE_DEFINITION}, the built policy
         * starts with {@link PathRule#pipelineDefinition()}; defining a rule of that name replaces it.
         */
        public Builder rule(PathRule.Builder value) {
            rules.add(Objects.requireNonNull(value, "rule"));
            return this;
        }

        /** Appends a rule; see {@link #rule(PathRule.Builder)}. */
        public Builder rule(PathRule value) {
            return rule(value.toBuilder());
        }

        /** Removes every rule given so far (the pipeline-definition default comes back unless redefined). */
        public Builder clearRules() {
            rules.clear();
            return this;
        }

        public Builder unknownBaseline(FallbackAction value) {
            this.unknownBaseline = Objects.requireNonNull(value, "unknownBaseline");
            return this;
        }

        public Builder maxCommits(int value) {
            this.maxCommits = value;
            return this;
        }

        /** @param value minutes a gate may wait, or {@code null} for no limit */
        public Builder timeoutMinutes(Integer value) {
            this.timeoutMinutes = value;
            return this;
        }

        public Builder onTimeout(TimeoutAction value) {
            this.onTimeout = Objects.requireNonNull(value, "onTimeout");
            return this;
        }

        public Builder breakGlass(Principals value) {
            this.breakGlass = Objects.requireNonNull(value, "breakGlass");
            return this;
        }

        public Builder unresolvedPullRequest(FallbackAction value) {
            this.unresolvedPullRequest = Objects.requireNonNull(value, "unresolvedPullRequest");
            return this;
        }

        /** Appends an administrator's detection rule ({@code customSignals}). */
        public Builder customSignal(CustomRule value) {
            customSignals.add(Objects.requireNonNull(value, "customSignal"));
            return this;
        }

        /** Replaces the custom signals. */
        public Builder customSignals(Collection<CustomRule> values) {
            customSignals.clear();
            values.forEach(this::customSignal);
            return this;
        }

        /** Switches a built-in rule off ({@code disabledRules}). */
        public Builder disabledRule(String ruleId) {
            disabledRules.add(Objects.requireNonNull(ruleId, "ruleId"));
            return this;
        }

        /** Replaces the disabled rule ids. */
        public Builder disabledRules(Collection<String> ruleIds) {
            disabledRules.clear();
            ruleIds.forEach(this::disabledRule);
            return this;
        }

        /** Replaces the bot logins (with or without {@code [bot]}) the administrator declares non-AI automation. */
        public Builder nonAiBots(Collection<String> logins) {
            nonAiBots.clear();
            logins.forEach(login -> nonAiBots.add(Objects.requireNonNull(login, "login")));
            return this;
        }

        /** Replaces the pull-request labels that declare AI assistance. */
        public Builder aiLabels(Collection<String> labels) {
            aiLabels.clear();
            labels.forEach(label -> aiLabels.add(Objects.requireNonNull(label, "label")));
            return this;
        }

        public Builder flagThreshold(Confidence value) {
            this.flagThreshold = Objects.requireNonNull(value, "flagThreshold");
            return this;
        }

        public Builder allowTokenVotes(boolean value) {
            this.allowTokenVotes = value;
            return this;
        }

        public Builder maxPipelineApprovals(int value) {
            this.maxPipelineApprovals = value;
            return this;
        }

        /**
         * @return every problem with the values collected so far, each with its field path; empty when {@link
         *     #build()} would succeed
         */
        public List<PolicyProblem> problems() {
            return PolicyValidation.problems(this);
        }

        /**
         * @return the policy
         * @throws InvalidPolicyException with every problem, when any value is invalid
         */
        public Policy build() {
            List<PolicyProblem> problems = problems();
            if (!problems.isEmpty()) {
                throw new InvalidPolicyException(problems);
            }
            List<PathRule> built = new ArrayList<>();
            boolean hasPipelineRule = false;
            for (PathRule.Builder rule : rules) {
                hasPipelineRule |= PathRule.PIPELINE_DEFINITION.equals(rule.name());
                built.add(rule.buildChecked());
            }
            if (!hasPipelineRule) {
                built.add(0, PathRule.pipelineDefinition());
            }
            return new Policy(this, built);
        }
    }
}
