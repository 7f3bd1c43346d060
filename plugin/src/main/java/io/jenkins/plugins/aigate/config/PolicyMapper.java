package io.jenkins.plugins.aigate.config;

import io.jenkins.plugins.aigate.core.detection.Confidence;
import io.jenkins.plugins.aigate.core.detection.CustomRule;
import io.jenkins.plugins.aigate.core.detection.DetectionSettings;
import io.jenkins.plugins.aigate.core.detection.RuleProblem;
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
import java.util.Locale;
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
        if (c.getSchemaVersion() != null) {
            b.schemaVersion(c.getSchemaVersion());
        }
        spelled(problems, "mode", c.getMode(), Mode::fromSpelling, Mode.values(), Mode::spelling, b::mode);
        if (c.getRequiredApprovals() != null) {
            b.requiredApprovals(c.getRequiredApprovals());
        }
        if (c.getApprovers() != null) {
            b.approvers(principals(c.getApprovers()));
        }
        if (c.getSeparationOfDuties() != null) {
            b.separationOfDuties(c.getSeparationOfDuties());
        }
        if (c.getIdentities() != null) {
            List<Identity> identities = new ArrayList<>();
            for (IdentitySettings i : c.getIdentities()) {
                identities.add(Identity.of(i.getId() == null ? "" : i.getId(), i.getEmails(), i.getLogins()));
            }
            b.identities(identities);
        }
        if (c.getRules() != null) {
            for (RuleSettings r : c.getRules()) {
                b.rule(PathRule.builder(r.getName() == null ? "" : r.getName())
                        .paths(r.getPaths())
                        .requiredApprovals(r.getRequiredApprovals())
                        .exempt(r.isExempt())
                        .anyCommit(r.isAnyCommit()));
            }
        }
        spelled(problems, "unknownBaseline", c.getUnknownBaseline(), FallbackAction::fromSpelling,
                FallbackAction.values(), FallbackAction::spelling, b::unknownBaseline);
        if (c.getMaxCommits() != null) {
            b.maxCommits(c.getMaxCommits());
        }
        b.timeoutMinutes(c.getTimeoutMinutes());
        spelled(problems, "onTimeout", c.getOnTimeout(), TimeoutAction::fromSpelling, TimeoutAction.values(),
                TimeoutAction::spelling, b::onTimeout);
        if (c.getBreakGlass() != null) {
            b.breakGlass(principals(c.getBreakGlass()));
        }
        spelled(problems, "unresolvedPullRequest", c.getUnresolvedPullRequest(), FallbackAction::fromSpelling,
                FallbackAction.values(), FallbackAction::spelling, b::unresolvedPullRequest);
        problems.addAll(b.problems());
        List<String> text = ProblemText.all(problems);
        DetectionSettings detection = detection(c, text);
        if (!text.isEmpty()) {
            return PolicyCompilation.refused(text);
        }
        try {
            return PolicyCompilation.of(b.build(), detection);
        } catch (InvalidPolicyException e) {
            return PolicyCompilation.refused(ProblemText.all(e.problems()));
        }
    }

    /** Builds the detector's settings from {@code customSignals} and {@code disabledRules}, adding problems. */
    private static DetectionSettings detection(AiGateConfiguration c, List<String> problems) {
        DetectionSettings.Builder d = DetectionSettings.builder();
        if (c.getDisabledRules() != null) {
            d.disabledRuleIds(c.getDisabledRules());
        }
        if (c.getCustomSignals() != null) {
            int i = 0;
            for (CustomSignalSettings s : c.getCustomSignals()) {
                Confidence confidence = Confidence.STRONG;
                if (s.getConfidence() != null) {
                    confidence = confidence(s.getConfidence());
                    if (confidence == null) {
                        problems.add(Messages.ProblemText_Format("customSignals[" + i + "].confidence",
                                Messages.ProblemKind_INVALID_VALUE(),
                                "'" + s.getConfidence() + "' is not one of weak, strong, definitive"));
                        confidence = Confidence.STRONG;
                    }
                }
                d.customRule(new CustomRule(s.getName(), s.getField(), s.getPattern(),
                        s.getTool() == null ? s.getName() : s.getTool(), confidence));
                i++;
            }
        }
        DetectionSettings settings = d.build();
        for (RuleProblem p : settings.validate()) {
            problems.add(Messages.ProblemText_Format("customSignals", ProblemText.kind(p), p.message()));
        }
        return settings;
    }

    /** @return the confidence for its lower-case spelling, or {@code null} */
    static Confidence confidence(String spelling) {
        for (Confidence c : Confidence.values()) {
            if (c.name().toLowerCase(Locale.ROOT).equals(spelling)) {
                return c;
            }
        }
        return null;
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
