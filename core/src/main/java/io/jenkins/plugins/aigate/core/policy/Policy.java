package io.jenkins.plugins.aigate.core.policy;

import io.jenkins.plugins.aigate.core.detection.BuiltInRule;
import io.jenkins.plugins.aigate.core.detection.BuiltInRules;
import io.jenkins.plugins.aigate.core.detection.Confidence;
import io.jenkins.plugins.aigate.core.detection.CustomRule;
import io.jenkins.plugins.aigate.core.detection.DetectionSettings;
import io.jenkins.plugins.aigate.core.detection.Detector;
import io.jenkins.plugins.aigate.core.detection.RuleProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
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
        this.detectionSettings = DetectionSettings.builder().flagThreshold(flagThreshold)
                .disabledRuleIds(disabledRules).customRules(customSignals).aiLabels(aiLabels).nonAiBots(nonAiBots)
                .build();
        this.canonicalForm = canonicalize();
        this.fingerprint = sha256(canonicalForm);
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
        b.schemaVersion = schemaVersion;
        b.mode = mode;
        b.requiredApprovals = requiredApprovals;
        b.approvers = approvers;
        b.separationOfDuties = separationOfDuties;
        b.identities.addAll(identities);
        rules.forEach(rule -> b.rules.add(rule.toBuilder()));
        b.unknownBaseline = unknownBaseline;
        b.maxCommits = maxCommits;
        b.timeoutMinutes = timeoutMinutes;
        b.onTimeout = onTimeout;
        b.breakGlass = breakGlass;
        b.unresolvedPullRequest = unresolvedPullRequest;
        b.customSignals.addAll(customSignals);
        b.disabledRules.addAll(disabledRules);
        b.aiLabels.clear();
        b.aiLabels.addAll(aiLabels);
        b.nonAiBots.addAll(nonAiBots);
        b.flagThreshold = flagThreshold;
        b.allowTokenVotes = allowTokenVotes;
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
     * Applies what a pipeline asks for on top of this policy. Overrides may only tighten: raise the approvals,
     * add non-exempt rules, move from off or observe to enforce.
     *
     * @param overrides what the pipeline passed
     * @return the tightened policy (this one when the overrides change nothing)
     * @throws InvalidPolicyException naming everything refused, when any override would loosen the policy or is
     *     invalid; nothing is applied then
     */
    public Policy tighten(PolicyOverrides overrides) {
        List<PolicyProblem> problems = new ArrayList<>();
        Builder b = toBuilder();
        if (overrides.requiredApprovals().isPresent()) {
            int asked = overrides.requiredApprovals().getAsInt();
            if (asked < requiredApprovals) {
                problems.add(new PolicyProblem("requiredApprovals", ProblemKind.LOOSENS_POLICY,
                        "refused to lower requiredApprovals from " + requiredApprovals + " to " + asked
                                + "; a pipeline may only raise it"));
            } else {
                b.requiredApprovals(asked);
            }
        }
        if (overrides.enforce().isPresent()) {
            boolean enforce = overrides.enforce().get();
            if (enforce) {
                b.mode(Mode.ENFORCE);
            } else if (mode == Mode.ENFORCE) {
                problems.add(new PolicyProblem("enforce", ProblemKind.LOOSENS_POLICY,
                        "refused to stop enforcing: the policy's mode is enforce"));
            }
        }
        Set<String> names = new HashSet<>();
        rules.forEach(rule -> names.add(rule.name()));
        List<PathRule.Builder> extra = overrides.rules();
        for (int i = 0; i < extra.size(); i++) {
            PathRule.Builder rule = extra.get(i);
            String at = "rules[" + i + "]";
            if (rule.isExempt()) {
                problems.add(new PolicyProblem(at + ".exempt", ProblemKind.LOOSENS_POLICY,
                        "refused exempt rule '" + rule.name() + "': a pipeline may only add rules that require "
                                + "approval"));
                continue;
            }
            int before = problems.size();
            rule.check(at, problems);
            if (rule.name() != null && !names.add(rule.name())) {
                problems.add(new PolicyProblem(at + ".name", ProblemKind.DUPLICATE,
                        "refused rule '" + rule.name() + "': the policy already has a rule of that name"));
            }
            if (problems.size() == before) {
                b.rules.add(rule);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(problems);
        }
        Policy tightened = b.build();
        return tightened.equals(this) ? this : tightened;
    }

    private String canonicalize() {
        Map<String, Object> root = new TreeMap<>();
        root.put("aiLabels", new ArrayList<Object>(aiLabels));
        if (!nonAiBots.isEmpty()) { // absent when unset, so policies written before the key keep their fingerprint
            root.put("nonAiBots", new ArrayList<Object>(nonAiBots));
        }
        root.put("allowTokenVotes", allowTokenVotes);
        root.put("approvers", principals(approvers));
        root.put("breakGlass", principals(breakGlass));
        List<Object> people = new ArrayList<>();
        for (Identity identity : identities) {
            Map<String, Object> person = new TreeMap<>();
            person.put("emails", new ArrayList<Object>(identity.emails()));
            person.put("id", identity.id());
            person.put("logins", new ArrayList<Object>(identity.logins()));
            people.add(person);
        }
        root.put("identities", people);
        List<Object> signals = new ArrayList<>();
        for (CustomRule signal : customSignals) {
            Map<String, Object> entry = new TreeMap<>();
            entry.put("confidence", spelling(signal.confidence()));
            entry.put("field", signal.field());
            entry.put("name", signal.name());
            entry.put("pattern", signal.pattern());
            entry.put("tool", signal.tool());
            signals.add(entry);
        }
        root.put("customSignals", signals);
        root.put("disabledRules", new ArrayList<Object>(disabledRules));
        root.put("flagThreshold", spelling(flagThreshold));
        root.put("maxCommits", maxCommits);
        root.put("mode", mode.spelling());
        root.put("onTimeout", onTimeout.spelling());
        root.put("requiredApprovals", requiredApprovals);
        List<Object> ruleList = new ArrayList<>();
        for (PathRule rule : rules) {
            Map<String, Object> entry = new TreeMap<>();
            entry.put("anyCommit", rule.anyCommit());
            entry.put("exempt", rule.exempt());
            entry.put("name", rule.name());
            List<Object> globs = new ArrayList<>();
            rule.paths().forEach(glob -> globs.add(glob.pattern()));
            entry.put("paths", globs);
            entry.put("requiredApprovals", rule.requiredApprovals().isPresent()
                    ? (Object) rule.requiredApprovals().getAsInt() : null);
            ruleList.add(entry);
        }
        root.put("rules", ruleList);
        root.put("schemaVersion", schemaVersion);
        root.put("separationOfDuties", separationOfDuties);
        root.put("timeoutMinutes", timeoutMinutes);
        root.put("unknownBaseline", unknownBaseline.spelling());
        root.put("unresolvedPullRequest", unresolvedPullRequest.spelling());
        StringBuilder out = new StringBuilder();
        CanonicalJson.write(root, out);
        return out.toString();
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

    private static Map<String, Object> principals(Principals principals) {
        Map<String, Object> map = new TreeMap<>();
        map.put("groups", new ArrayList<Object>(principals.groups()));
        map.put("users", new ArrayList<Object>(principals.users()));
        return map;
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
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
        private int schemaVersion = SCHEMA_VERSION;
        private Mode mode = Mode.ENFORCE;
        private int requiredApprovals = 1;
        private Principals approvers = Principals.none();
        private boolean separationOfDuties = true;
        private final List<Identity> identities = new ArrayList<>();
        private final List<PathRule.Builder> rules = new ArrayList<>();
        private FallbackAction unknownBaseline = FallbackAction.REQUIRE_APPROVAL;
        private int maxCommits = DEFAULT_MAX_COMMITS;
        private Integer timeoutMinutes;
        private TimeoutAction onTimeout = TimeoutAction.ABORT;
        private Principals breakGlass = Principals.none();
        private FallbackAction unresolvedPullRequest = FallbackAction.REQUIRE_APPROVAL;
        private final List<CustomRule> customSignals = new ArrayList<>();
        private final List<String> disabledRules = new ArrayList<>();
        private final List<String> aiLabels = new ArrayList<>(DetectionSettings.DEFAULT_AI_LABELS);
        private final List<String> nonAiBots = new ArrayList<>();
        private Confidence flagThreshold = Confidence.STRONG;
        private boolean allowTokenVotes;

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

        /**
         * @return every problem with the values collected so far, each with its field path; empty when {@link
         *     #build()} would succeed
         */
        public List<PolicyProblem> problems() {
            List<PolicyProblem> problems = new ArrayList<>();
            if (schemaVersion != SCHEMA_VERSION) {
                problems.add(new PolicyProblem("schemaVersion", ProblemKind.UNSUPPORTED_VERSION,
                        schemaVersion > SCHEMA_VERSION
                                ? "schema version " + schemaVersion + " is newer than this build understands ("
                                        + SCHEMA_VERSION + "); upgrade AI Change Gate"
                                : "schema version " + schemaVersion + " does not exist; the first is 1"));
            }
            range(problems, "requiredApprovals", requiredApprovals, MIN_APPROVALS, MAX_APPROVALS);
            names(problems, "approvers", approvers);
            checkIdentities(problems);
            checkRules(problems);
            range(problems, "maxCommits", maxCommits, 1, MAX_MAX_COMMITS);
            if (timeoutMinutes != null) {
                range(problems, "timeoutMinutes", timeoutMinutes, 1, MAX_TIMEOUT_MINUTES);
            }
            names(problems, "breakGlass", breakGlass);
            checkDetection(problems);
            return problems;
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

        private static void range(List<PolicyProblem> problems, String path, int value, int min, int max) {
            if (value < min || value > max) {
                problems.add(new PolicyProblem(path, ProblemKind.OUT_OF_RANGE,
                        "must be between " + min + " and " + max + ", was " + value));
            }
        }

        private static void names(List<PolicyProblem> problems, String path, Principals principals) {
            nameList(problems, path + ".groups", principals.groups(), "a group name");
            nameList(problems, path + ".users", principals.users(), "a user id");
        }

        private static void nameList(List<PolicyProblem> problems, String path, List<String> names, String what) {
            // Principals sorts its names, so report by value rather than by a position the writer never saw.
            for (String name : names) {
                if (name.isBlank()) {
                    problems.add(new PolicyProblem(path, ProblemKind.REQUIRED, what + " must not be blank"));
                } else if (!name.equals(name.strip()) || name.chars().anyMatch(Character::isISOControl)) {
                    problems.add(new PolicyProblem(path, ProblemKind.INVALID_VALUE,
                            what + " must not contain control characters or surrounding spaces: '"
                                    + printable(name) + "'"));
                }
            }
        }

        private void checkIdentities(List<PolicyProblem> problems) {
            Map<String, String> ownerOfEmail = new HashMap<>();
            Map<String, String> ownerOfLogin = new HashMap<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < identities.size(); i++) {
                Identity identity = identities.get(i);
                String at = "identities[" + i + "]";
                String id = identity.id();
                if (id.isBlank()) {
                    problems.add(new PolicyProblem(at + ".id", ProblemKind.REQUIRED, "a person needs an id"));
                } else if (!ids.add(id)) {
                    problems.add(new PolicyProblem(at + ".id", ProblemKind.DUPLICATE,
                            "'" + printable(id) + "' is listed twice"));
                }
                if (identity.emails().isEmpty() && identity.logins().isEmpty()) {
                    problems.add(new PolicyProblem(at, ProblemKind.REQUIRED,
                            "a person needs at least one email or login"));
                }
                for (String email : identity.emails()) {
                    int atSign = email.indexOf('@');
                    if (atSign <= 0 || atSign == email.length() - 1 || email.chars().anyMatch(
                            c -> Character.isWhitespace(c) || Character.isISOControl(c) || c == '<' || c == '>')) {
                        problems.add(new PolicyProblem(at + ".emails", ProblemKind.INVALID_VALUE,
                                "'" + printable(email) + "' is not an email address"));
                    }
                    claim(problems, at + ".emails", ownerOfEmail, email, id, "email");
                }
                for (String login : identity.logins()) {
                    if (login.isBlank() || login.chars().anyMatch(
                            c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                        problems.add(new PolicyProblem(at + ".logins", ProblemKind.INVALID_VALUE,
                                "'" + printable(login) + "' is not a login"));
                    }
                    claim(problems, at + ".logins", ownerOfLogin, login, id, "login");
                }
            }
        }

        private static void claim(List<PolicyProblem> problems, String path, Map<String, String> owners,
                String value, String id, String what) {
            String owner = owners.putIfAbsent(value, id);
            if (owner != null && !owner.equals(id)) {
                // One address naming two people would let separation of duties pick either; refuse it.
                problems.add(new PolicyProblem(path, ProblemKind.DUPLICATE, "the " + what + " '" + printable(value)
                        + "' already belongs to '" + printable(owner) + "'"));
            }
        }

        private void checkRules(List<PolicyProblem> problems) {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < rules.size(); i++) {
                PathRule.Builder rule = rules.get(i);
                String at = "rules[" + i + "]";
                rule.check(at, problems);
                if (rule.name() != null && !rule.name().isBlank() && !names.add(rule.name())) {
                    problems.add(new PolicyProblem(at + ".name", ProblemKind.DUPLICATE,
                            "a rule named '" + printable(rule.name()) + "' already exists"));
                }
            }
        }

        private void checkDetection(List<PolicyProblem> problems) {
            int before = problems.size();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < customSignals.size(); i++) {
                CustomRule signal = customSignals.get(i);
                String at = "customSignals[" + i + "]";
                for (RuleProblem problem : signal.validate()) {
                    problems.add(fromRuleProblem(at, problem));
                }
                String name = signal.name().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && BuiltInRules.contains(name)) {
                    problems.add(new PolicyProblem(at + ".name", ProblemKind.DUPLICATE,
                            "'" + printable(signal.name()) + "' is the id of a built-in rule"));
                } else if (!name.isEmpty() && !seen.add(name)) {
                    problems.add(new PolicyProblem(at + ".name", ProblemKind.DUPLICATE,
                            "another custom signal is named '" + printable(signal.name()) + "'"));
                }
            }
            for (int i = 0; i < disabledRules.size(); i++) {
                String id = disabledRules.get(i);
                if (!BuiltInRules.contains(id)) {
                    problems.add(new PolicyProblem("disabledRules[" + i + "]", ProblemKind.INVALID_VALUE,
                            "'" + printable(id) + "' is not the id of a built-in rule"));
                }
            }
            for (int i = 0; i < aiLabels.size(); i++) {
                String label = aiLabels.get(i);
                if (label.isBlank() || !label.equals(label.strip())
                        || label.chars().anyMatch(Character::isISOControl)) {
                    problems.add(new PolicyProblem("aiLabels[" + i + "]", ProblemKind.INVALID_VALUE,
                            "a label must not be blank or contain control characters or surrounding spaces"));
                }
            }
            for (int i = 0; i < nonAiBots.size(); i++) {
                String login = nonAiBots.get(i);
                if (!login.matches("[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?")) {
                    problems.add(new PolicyProblem("nonAiBots[" + i + "]", ProblemKind.INVALID_VALUE,
                            "a bot login is letters, digits and '-', optionally ending in [bot]"));
                }
            }
            if (problems.size() == before) {
                // The detector's own check is the final word; anything it finds that the checks above did not
                // name still refuses the policy.
                DetectionSettings settings = DetectionSettings.builder().flagThreshold(flagThreshold)
                        .disabledRuleIds(disabledRules).customRules(customSignals).aiLabels(aiLabels).build();
                for (RuleProblem problem : settings.validate()) {
                    problems.add(new PolicyProblem("customSignals", ProblemKind.INVALID_VALUE, problem.message()));
                }
            }
        }

        private static PolicyProblem fromRuleProblem(String at, RuleProblem problem) {
            switch (problem.code()) {
                case MISSING_NAME:
                    return new PolicyProblem(at + ".name", ProblemKind.REQUIRED, "a custom signal needs a name");
                case INVALID_NAME:
                    return new PolicyProblem(at + ".name", ProblemKind.INVALID_VALUE,
                            "a name may contain only letters, digits and - _ . :");
                case MISSING_FIELD:
                    return new PolicyProblem(at + ".field", ProblemKind.REQUIRED, "a custom signal needs a field");
                case UNKNOWN_FIELD:
                    return new PolicyProblem(at + ".field", ProblemKind.INVALID_VALUE, problem.detail());
                case MISSING_PATTERN:
                    return new PolicyProblem(at + ".pattern", ProblemKind.REQUIRED,
                            "a custom signal needs a pattern");
                case INVALID_PATTERN:
                    return new PolicyProblem(at + ".pattern", ProblemKind.INVALID_PATTERN,
                            "invalid RE2/J regular expression: " + problem.detail());
                case MISSING_TOOL:
                    return new PolicyProblem(at + ".tool", ProblemKind.REQUIRED, "a custom signal needs a tool");
                case MISSING_CONFIDENCE:
                    return new PolicyProblem(at + ".confidence", ProblemKind.REQUIRED,
                            "a custom signal needs a confidence: weak, strong or definitive");
                default:
                    return new PolicyProblem(at, ProblemKind.INVALID_VALUE, problem.message());
            }
        }

        /** Keeps messages one line: commit-style text may hold control characters. */
        static String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(c -> {
                if (Character.isISOControl(c)) {
                    out.append(String.format("\\u%04x", c));
                } else {
                    out.appendCodePoint(c);
                }
            });
            return out.toString();
        }
    }
}
