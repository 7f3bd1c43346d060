package io.jenkins.plugins.aigate.core.detection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How the {@link Detector} is configured: the confidence at which evidence flags a commit, which built-in rules
 * are off, the administrator's own rules, and the pull-request labels that declare AI assistance. Immutable; build
 * it with {@link #builder()}; {@link #validate()} lists every problem before a detector is made.
 */
public final class DetectionSettings {
    /** Labels that declare AI assistance unless configured otherwise. */
    public static final List<String> DEFAULT_AI_LABELS = List.of("ai-generated", "ai-assisted");

    private static final DetectionSettings DEFAULTS = builder().build();

    private final Confidence flagThreshold;
    private final List<String> disabledRuleIds;
    private final List<CustomRule> customRules;
    private final List<String> aiLabels;
    private final List<String> nonAiBots;

    private DetectionSettings(Builder builder) {
        this.flagThreshold = builder.flagThreshold;
        this.disabledRuleIds = Collections.unmodifiableList(new ArrayList<>(builder.disabledRuleIds));
        this.customRules = Collections.unmodifiableList(new ArrayList<>(builder.customRules));
        this.aiLabels = Collections.unmodifiableList(new ArrayList<>(builder.aiLabels));
        this.nonAiBots = Collections.unmodifiableList(new ArrayList<>(builder.nonAiBots));
    }

    /** @return every built-in rule on, threshold {@link Confidence#STRONG}, labels {@link #DEFAULT_AI_LABELS} */
    public static DetectionSettings defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these settings, to derive changed ones */
    public Builder toBuilder() {
        return new Builder().flagThreshold(flagThreshold).disabledRuleIds(disabledRuleIds).customRules(customRules)
                .aiLabels(aiLabels).nonAiBots(nonAiBots);
    }

    /** @return evidence at or above this confidence makes a commit AI-assisted */
    public Confidence flagThreshold() {
        return flagThreshold;
    }

    /** @return ids of built-in rules that must not fire */
    public List<String> disabledRuleIds() {
        return disabledRuleIds;
    }

    public List<CustomRule> customRules() {
        return customRules;
    }

    /** @return pull-request labels (compared ignoring case) that declare AI assistance */
    public List<String> aiLabels() {
        return aiLabels;
    }

    /**
     * @return bot logins (without {@code [bot]}, compared ignoring case) the administrator knows are not AI, added
     *     to the built-in list of non-AI automation ({@link RuleVocabulary}): their commits are no bot evidence
     */
    public List<String> nonAiBots() {
        return nonAiBots;
    }

    /** @return every problem: each custom rule's, name clashes, unknown disabled ids, blank labels */
    public List<RuleProblem> validate() {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> builtInIds = new HashSet<>();
        for (BuiltInRule rule : BuiltInRules.all()) {
            builtInIds.add(rule.id().toLowerCase(Locale.ROOT));
        }
        builtInIds.add(Detector.EVASION_RULE_ID.toLowerCase(Locale.ROOT));
        Set<String> seen = new HashSet<>();
        for (CustomRule rule : customRules) {
            problems.addAll(rule.validate());
            String key = rule.name().toLowerCase(Locale.ROOT);
            if (rule.name().isEmpty()) {
                continue;
            }
            if (builtInIds.contains(key)) {
                problems.add(new RuleProblem(RuleProblem.Code.DUPLICATE_NAME, rule.name(), "a built-in rule"));
            } else if (!seen.add(key)) {
                problems.add(new RuleProblem(RuleProblem.Code.DUPLICATE_NAME, rule.name(), "another custom rule"));
            }
        }
        for (String id : disabledRuleIds) {
            if (!BuiltInRules.contains(id)) {
                problems.add(new RuleProblem(RuleProblem.Code.UNKNOWN_DISABLED_RULE, "", id));
            }
        }
        for (String label : aiLabels) {
            if (label.isBlank()) {
                problems.add(new RuleProblem(RuleProblem.Code.BLANK_LABEL, "", ""));
            }
        }
        return problems;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DetectionSettings)) {
            return false;
        }
        DetectionSettings that = (DetectionSettings) o;
        return flagThreshold == that.flagThreshold && disabledRuleIds.equals(that.disabledRuleIds)
                && customRules.equals(that.customRules) && aiLabels.equals(that.aiLabels)
                && nonAiBots.equals(that.nonAiBots);
    }

    @Override
    public int hashCode() {
        return Objects.hash(flagThreshold, disabledRuleIds, customRules, aiLabels, nonAiBots);
    }

    @Override
    public String toString() {
        return "threshold " + flagThreshold + ", disabled " + disabledRuleIds + ", " + customRules.size()
                + " custom rules, labels " + aiLabels + ", non-AI bots " + nonAiBots;
    }

    /** Collects settings; not thread-safe. */
    public static final class Builder {
        private Confidence flagThreshold = Confidence.STRONG;
        private final Set<String> disabledRuleIds = new LinkedHashSet<>();
        private final List<CustomRule> customRules = new ArrayList<>();
        private final List<String> aiLabels = new ArrayList<>(DEFAULT_AI_LABELS);
        private final List<String> nonAiBots = new ArrayList<>();

        private Builder() {
        }

        public Builder flagThreshold(Confidence value) {
            this.flagThreshold = Objects.requireNonNull(value, "flagThreshold");
            return this;
        }

        /** Turns one built-in rule off. */
        public Builder disable(String ruleId) {
            disabledRuleIds.add(Objects.requireNonNull(ruleId, "ruleId").strip());
            return this;
        }

        /** Replaces the disabled rule ids. */
        public Builder disabledRuleIds(Iterable<String> ids) {
            disabledRuleIds.clear();
            ids.forEach(this::disable);
            return this;
        }

        public Builder customRule(CustomRule rule) {
            customRules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** Replaces the custom rules. */
        public Builder customRules(Iterable<CustomRule> rules) {
            customRules.clear();
            rules.forEach(this::customRule);
            return this;
        }

        /** Replaces the AI labels (default {@link DetectionSettings#DEFAULT_AI_LABELS}). */
        public Builder aiLabels(Iterable<String> labels) {
            aiLabels.clear();
            for (String label : labels) {
                aiLabels.add(Objects.requireNonNull(label, "label").strip());
            }
            return this;
        }

        /**
         * Replaces the administrator's non-AI bot logins (default none beyond the built-in list); a trailing
         * {@code [bot]} is dropped, blank entries are ignored.
         */
        public Builder nonAiBots(Iterable<String> logins) {
            nonAiBots.clear();
            for (String login : logins) {
                String text = Objects.requireNonNull(login, "login").strip();
                text = text.endsWith("[bot]") ? text.substring(0, text.length() - 5) : text;
                if (!text.isEmpty()) {
                    nonAiBots.add(text);
                }
            }
            return this;
        }

        public DetectionSettings build() {
            return new DetectionSettings(this);
        }
    }
}
