package io.jenkins.plugins.aigate.core.policy;

import io.jenkins.plugins.aigate.core.detection.Confidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy's keys, once, in documented order: what each is called, means, takes and defaults to, and how it
 * moves between a {@link Policy}, its builder and a {@link TreeNode}. Validation, the canonical form (so the
 * fingerprint), the tree reader and every writer (the CLI's YAML, the Configuration-as-Code export) follow it, and
 * a test holds {@code docs/policy.md} to it. A new key is one entry here plus what it does.
 */
public final class PolicySchema {
    private static final List<PolicyKey<?>> KEYS = List.of(
            PolicyKey.key("schemaVersion", ValueKind.integer(1, Policy.SCHEMA_VERSION))
                    .doc("The policy format version; a newer one than this build understands is an error.")
                    .of(Policy::schemaVersion, b -> b.schemaVersion, Policy.Builder::schemaVersion)
                    .check(PolicyValidation::schemaVersion).build(),
            PolicyKey.key("mode", ValueKind.choice(Mode.values(), Mode::spelling))
                    .doc("enforce pauses until approved; observe records what would have been required; off does "
                            + "nothing but record that it was off.")
                    .of(Policy::mode, b -> b.mode, Policy.Builder::mode).build(),
            PolicyKey.key("requiredApprovals", ValueKind.integer(Policy.MIN_APPROVALS, Policy.MAX_APPROVALS))
                    .doc("Distinct eligible approvers a gate needs, unless a rule asks for more.")
                    .of(Policy::requiredApprovals, b -> b.requiredApprovals, Policy.Builder::requiredApprovals)
                    .check(PolicyValidation.range(Policy.MIN_APPROVALS, Policy.MAX_APPROVALS)).build(),
            PolicyKey.key("approvers", ValueKind.principals())
                    .doc("Who may approve (and reject).")
                    .of(Policy::approvers, b -> b.approvers, Policy.Builder::approvers)
                    .check(PolicyValidation::principals).build(),
            PolicyKey.key("separationOfDuties", ValueKind.bool())
                    .doc("Whether the authors, committers and co-authors of gated commits, and whoever started the "
                            + "build, are barred from approving.")
                    .of(Policy::separationOfDuties, b -> b.separationOfDuties, Policy.Builder::separationOfDuties)
                    .build(),
            PolicyKey.key("identities", ValueKind.identities())
                    .doc("Ties a person's id to their commit emails and SCM logins, for separation of duties.")
                    .of(Policy::identities, b -> b.identities, Policy.Builder::identities)
                    .check(PolicyValidation::identities).build(),
            PolicyKey.key("rules", ValueKind.rules())
                    .doc("Path rules, in order; the pipeline-definition rule is there unless redefined.")
                    .of(PolicySchema::ruleBuilders, b -> b.rules, PolicySchema::replaceRules)
                    .check(PolicyValidation::rules).build(),
            PolicyKey.key("unknownBaseline", ValueKind.choice(FallbackAction.values(), FallbackAction::spelling))
                    .doc("What a range without a trusted baseline, or cut at maxCommits, means.")
                    .of(Policy::unknownBaseline, b -> b.unknownBaseline, Policy.Builder::unknownBaseline).build(),
            PolicyKey.key("maxCommits", ValueKind.integer(1, Policy.MAX_MAX_COMMITS))
                    .doc("The most commits one range may hold; past it the range is truncated.")
                    .of(Policy::maxCommits, b -> b.maxCommits, Policy.Builder::maxCommits)
                    .check(PolicyValidation.range(1, Policy.MAX_MAX_COMMITS)).build(),
            PolicyKey.key("timeoutMinutes", ValueKind.optionalInteger(1, Policy.MAX_TIMEOUT_MINUTES))
                    .doc("How long a gate waits for its approvals; none: no limit. Never approves by itself.")
                    .of(p -> p.timeoutMinutes().isPresent() ? p.timeoutMinutes().getAsInt() : null,
                            b -> b.timeoutMinutes, Policy.Builder::timeoutMinutes)
                    .check(PolicyValidation.optionalRange(1, Policy.MAX_TIMEOUT_MINUTES)).build(),
            PolicyKey.key("onTimeout", ValueKind.choice(TimeoutAction.values(), TimeoutAction::spelling))
                    .doc("How the build ends when the time runs out.")
                    .of(Policy::onTimeout, b -> b.onTimeout, Policy.Builder::onTimeout).build(),
            PolicyKey.key("customSignals", ValueKind.customSignals())
                    .doc("The administrator's own detection rules.")
                    .of(Policy::customSignals, b -> b.customSignals, Policy.Builder::customSignals)
                    .check(PolicyValidation::customSignals).build(),
            PolicyKey.key("disabledRules", ValueKind.strings("list of built-in rule ids"))
                    .doc("Built-in detection rules switched off.")
                    .of(Policy::disabledRules, b -> b.disabledRules, Policy.Builder::disabledRules)
                    .check(PolicyValidation::disabledRules).build(),
            PolicyKey.key("breakGlass", ValueKind.principals())
                    .doc("Who may override a pending gate with a written justification.")
                    .of(Policy::breakGlass, b -> b.breakGlass, Policy.Builder::breakGlass)
                    .check(PolicyValidation::principals).build(),
            PolicyKey.key("unresolvedPullRequest", ValueKind.choice(FallbackAction.values(), FallbackAction::spelling))
                    .doc("What a commit whose pull requests could not be looked up means.")
                    .of(Policy::unresolvedPullRequest, b -> b.unresolvedPullRequest,
                            Policy.Builder::unresolvedPullRequest).build(),
            PolicyKey.key("aiLabels", ValueKind.strings("list of labels"))
                    .doc("Pull-request labels that declare AI assistance (compared ignoring case).")
                    .of(Policy::aiLabels, b -> b.aiLabels, Policy.Builder::aiLabels)
                    .check(PolicyValidation::aiLabels).build(),
            PolicyKey.key("nonAiBots", ValueKind.strings("list of bot logins"))
                    .doc("Automation known not to be AI, added to the built-in list of bots.")
                    .of(Policy::nonAiBots, b -> b.nonAiBots, Policy.Builder::nonAiBots)
                    .check(PolicyValidation::nonAiBots).addedAfterFirstFingerprints().build(),
            PolicyKey.key("flagThreshold", ValueKind.choice(Confidence.values(), Policy::spelling))
                    .doc("Evidence at or above this confidence flags a commit as AI-assisted.")
                    .of(Policy::flagThreshold, b -> b.flagThreshold, Policy.Builder::flagThreshold).build(),
            PolicyKey.key("allowTokenVotes", ValueKind.bool())
                    .doc("Whether votes cast with an API token count.")
                    .of(Policy::allowTokenVotes, b -> b.allowTokenVotes, Policy.Builder::allowTokenVotes).build(),
            PolicyKey.key("maxPipelineApprovals", ValueKind.integer(Policy.MIN_APPROVALS, Policy.MAX_APPROVALS))
                    .doc("The most approvals a Jenkinsfile may ask for; more is refused.")
                    .of(Policy::maxPipelineApprovals, b -> b.maxPipelineApprovals,
                            Policy.Builder::maxPipelineApprovals)
                    .check(PolicyValidation.range(Policy.MIN_APPROVALS, Policy.MAX_APPROVALS))
                    .addedAfterFirstFingerprints().build());

    private PolicySchema() {
    }

    /** @return every key, in documented order */
    public static List<PolicyKey<?>> keys() {
        return KEYS;
    }

    /** @return every key's name, in documented order */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        KEYS.forEach(key -> names.add(key.name()));
        return names;
    }

    /** @return the key of that exact name */
    public static Optional<PolicyKey<?>> find(String name) {
        return KEYS.stream().filter(key -> key.name().equals(name)).findFirst();
    }

    /**
     * @return the policy as plain maps, lists and scalars with every key, defaults included, in documented order:
     *     what the YAML and Configuration-as-Code writers print, and what reads back to the same policy
     */
    public static Map<String, Object> plainTree(Policy policy) {
        Map<String, Object> root = new LinkedHashMap<>();
        KEYS.forEach(key -> root.put(key.name(), key.plainValue(policy)));
        return root;
    }

    private static List<PathRule.Builder> ruleBuilders(Policy policy) {
        List<PathRule.Builder> rules = new ArrayList<>();
        policy.rules().forEach(rule -> rules.add(rule.toBuilder()));
        return rules;
    }

    private static void replaceRules(Policy.Builder builder, List<PathRule.Builder> rules) {
        builder.clearRules();
        rules.forEach(builder::rule);
    }
}
