package io.jenkins.plugins.aigate.config;

import io.jenkins.plugins.aigate.core.detection.Confidence;
import io.jenkins.plugins.aigate.core.detection.CustomRule;
import io.jenkins.plugins.aigate.core.policy.FallbackAction;
import io.jenkins.plugins.aigate.core.policy.Identity;
import io.jenkins.plugins.aigate.core.policy.InvalidPolicyException;
import io.jenkins.plugins.aigate.core.policy.Mode;
import io.jenkins.plugins.aigate.core.policy.PathRule;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.core.policy.PolicyProblem;
import io.jenkins.plugins.aigate.core.policy.Principals;
import io.jenkins.plugins.aigate.core.policy.ProblemKind;
import io.jenkins.plugins.aigate.core.policy.TimeoutAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the configuration's fields into a core {@link Policy}. Value spellings ({@code enforce},
 * {@code requireApproval}, ...) are converted here, strictly as the CLI reads them; every other check is core's.
 */
final class PolicyMapper {

    private PolicyMapper() {}

    /** @return the policy built from every field at once, or every problem (spelling and core validation) */
    static PolicyCompilation compile(AiGateConfiguration c) {
        List<PolicyProblem> problems = new ArrayList<>();
        Policy.Builder b = Policy.builder();
        Optional.ofNullable(c.getSchemaVersion()).ifPresent(b::schemaVersion);
        spelled(problems, "mode", c.getMode(), Mode::fromSpelling, Mode.values(), Mode::spelling, b::mode);
        Optional.ofNullable(c.getRequiredApprovals()).ifPresent(b::requiredApprovals);
        Optional.ofNullable(c.getApprovers()).ifPresent(v -> b.approvers(principals(v)));
        Optional.ofNullable(c.getSeparationOfDuties()).ifPresent(b::separationOfDuties);
        List<IdentitySettings> identitySettings = c.getIdentities();
        if (identitySettings != null) {
            List<Identity> identities = new ArrayList<>();
            for (IdentitySettings i : identitySettings) {
                identities.add(Identity.of(i.getId() == null ? "" : i.getId(), i.getEmails(), i.getLogins()));
            }
            b.identities(identities);
        }
        List<RuleSettings> rules = c.getRules();
        if (rules != null) {
            for (RuleSettings r : rules) {
                b.rule(PathRule.builder(r.getName() == null ? "" : r.getName())
                        .paths(r.getPaths())
                        .requiredApprovals(r.getRequiredApprovals())
                        .exempt(r.isExempt())
                        .anyCommit(r.isAnyCommit()));
            }
        }
        spelled(problems, "unknownBaseline", c.getUnknownBaseline(), FallbackAction::fromSpelling,
                FallbackAction.values(), FallbackAction::spelling, b::unknownBaseline);
        Optional.ofNullable(c.getMaxCommits()).ifPresent(b::maxCommits);
        b.timeoutMinutes(c.getTimeoutMinutes());
        spelled(problems, "onTimeout", c.getOnTimeout(), TimeoutAction::fromSpelling, TimeoutAction.values(),
                TimeoutAction::spelling, b::onTimeout);
        Optional.ofNullable(c.getBreakGlass()).ifPresent(v -> b.breakGlass(principals(v)));
        spelled(problems, "unresolvedPullRequest", c.getUnresolvedPullRequest(), FallbackAction::fromSpelling,
                FallbackAction.values(), FallbackAction::spelling, b::unresolvedPullRequest);
        List<CustomSignalSettings> customSignals = c.getCustomSignals();
        if (customSignals != null) {
            List<CustomRule> signals = new ArrayList<>();
            int i = 0;
            for (CustomSignalSettings signal : customSignals) {
                Confidence[] confidence = new Confidence[1];
                spelled(problems, "customSignals[" + i + "].confidence", signal.getConfidence(),
                        Policy::confidenceFromSpelling, Confidence.values(), Policy::spelling, v -> confidence[0] = v);
                signals.add(new CustomRule(signal.getName(), signal.getField(), signal.getPattern(), signal.getTool(),
                        confidence[0]));
                i++;
            }
            b.customSignals(signals);
        }
        Optional.ofNullable(c.getDisabledRules()).ifPresent(b::disabledRules);
        Optional.ofNullable(c.getAiLabels()).ifPresent(b::aiLabels);
        Optional.ofNullable(c.getNonAiBots()).ifPresent(b::nonAiBots);
        spelled(problems, "flagThreshold", c.getFlagThreshold(), Policy::confidenceFromSpelling, Confidence.values(),
                Policy::spelling, b::flagThreshold);
        Optional.ofNullable(c.getAllowTokenVotes()).ifPresent(b::allowTokenVotes);
        problems.addAll(b.problems());
        if (!problems.isEmpty()) {
            return PolicyCompilation.refused(ProblemText.all(problems));
        }
        try {
            return PolicyCompilation.of(b.build());
        } catch (InvalidPolicyException e) {
            return PolicyCompilation.refused(ProblemText.all(e.problems()));
        }
    }

    private static Principals principals(PrincipalSettings p) {
        return Principals.of(p.getGroups(), p.getUsers());
    }

    /** Converts an exact spelling, as the CLI does; a near miss such as {@code Enforce} is a problem. */
    private static <E> void spelled(List<PolicyProblem> problems, String key, String value,
            Function<String, E> parse, E[] all, Function<E, String> spelling, java.util.function.Consumer<E> set) {
        if (value == null) {
            return;
        }
        E parsed = parse.apply(value);
        if (parsed == null) {
            List<String> valid = new ArrayList<>();
            for (E e : all) {
                valid.add(spelling.apply(e));
            }
            problems.add(new PolicyProblem(key, ProblemKind.INVALID_VALUE,
                    "'" + value + "' is not one of " + String.join(", ", valid)));
        } else {
            set.accept(parsed);
        }
    }
}
