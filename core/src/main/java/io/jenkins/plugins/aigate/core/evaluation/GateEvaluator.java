package io.jenkins.plugins.aigate.core.evaluation;

import io.jenkins.plugins.aigate.core.commit.ChangedPath;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.CommitBounds;
import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import io.jenkins.plugins.aigate.core.lifecycle.GateState;
import io.jenkins.plugins.aigate.core.policy.FallbackAction;
import io.jenkins.plugins.aigate.core.policy.Mode;
import io.jenkins.plugins.aigate.core.policy.PathRule;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.core.pullrequest.CommitLookup;
import io.jenkins.plugins.aigate.core.range.CommitRange;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Applies a policy to the assessed commits of one range: {@code (policy, assessments, range) -> decision}.
 * Deterministic, with no I/O and no clock, so the same inputs always give the same decision and digest.
 *
 * <ul>
 *   <li>An AI-assisted commit counts unless every one of its changed paths (and every rename or copy source) matches
 *       an exempt rule and none matches a rule that is not exempt. A commit whose paths are unknown, or that changed
 *       no path, is never exempt.</li>
 *   <li>Any commit touching an {@code anyCommit} rule's paths counts, AI-assisted or not.</li>
 *   <li>The quorum is the policy's {@code requiredApprovals}, raised to the highest {@code requiredApprovals} of the
 *       rules touched by counted commits; the first rule in policy order with that number is named.</li>
 *   <li>A range without a trusted baseline, or one cut at {@code maxCommits}, follows {@code unknownBaseline};
 *       unresolved pull requests follow {@code unresolvedPullRequest}.</li>
 * </ul>
 */
public final class GateEvaluator {
    private GateEvaluator() {
    }

    /** Evaluates with every pull request resolved (or none looked up). */
    public static GateDecision evaluate(Policy policy, List<CommitAssessment> assessments, CommitRange range) {
        return evaluate(policy, assessments, range, List.of());
    }

    /**
     * @param policy      the policy snapshot in force for this gate
     * @param assessments the detector's assessment of every commit in the range, in range order
     * @param range       the range, with its baseline status and truncation
     * @param lookups     pull-request lookup outcomes; only the unresolved ones matter here
     * @return the decision
     */
    public static GateDecision evaluate(Policy policy, List<CommitAssessment> assessments, CommitRange range,
            List<CommitLookup> lookups) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(range, "range");
        List<CommitLookup> unresolved = new ArrayList<>();
        for (CommitLookup lookup : lookups) {
            if (lookup.isUnresolved()) {
                unresolved.add(lookup);
            }
        }
        if (policy.mode() == Mode.OFF) {
            List<Reason> none = List.of();
            return new GateDecision(GateState.OFF, Mode.OFF, policy.fingerprint(), 0, null, none, List.of(), List.of(),
                    List.of(), unresolved, range, assessments,
                    EvidenceDigest.of(policy.fingerprint(), none, List.of(), List.of(), unresolved));
        }

        List<GatedCommit> gated = new ArrayList<>();
        List<GatedCommit> exempt = new ArrayList<>();
        List<CommitAssessment> weak = new ArrayList<>();
        Set<String> touchedRules = new LinkedHashSet<>();
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        for (CommitAssessment assessment : assessments) {
            classify(policy, assessment, gated, exempt, weak, touchedRules, reasons);
        }
        if (policy.unknownBaseline() == FallbackAction.REQUIRE_APPROVAL) {
            if (!range.status().isKnown()) {
                reasons.add(Reason.UNKNOWN_BASELINE);
            }
            if (range.isTruncated()) {
                reasons.add(Reason.RANGE_TRUNCATED);
            }
        }
        if (!unresolved.isEmpty() && policy.unresolvedPullRequest() == FallbackAction.REQUIRE_APPROVAL) {
            reasons.add(Reason.UNRESOLVED_PULL_REQUESTS);
        }

        List<Reason> reasonList = List.copyOf(reasons);
        int quorum = 0;
        String quorumRule = null;
        if (!reasonList.isEmpty()) {
            quorum = policy.requiredApprovals();
            for (PathRule rule : policy.rules()) {
                int asked = policy.requiredApprovals(rule);
                if (touchedRules.contains(rule.name()) && asked > quorum) {
                    quorum = asked;
                    quorumRule = rule.name();
                }
            }
        }
        GateState outcome = reasonList.isEmpty() ? GateState.PASS
                : policy.mode() == Mode.ENFORCE ? GateState.APPROVAL_REQUIRED : GateState.OBSERVED;
        return new GateDecision(outcome, policy.mode(), policy.fingerprint(), quorum, quorumRule, reasonList, gated,
                exempt, weak, unresolved, range, assessments,
                EvidenceDigest.of(policy.fingerprint(), reasonList, gated, exempt, unresolved));
    }

    private static void classify(Policy policy, CommitAssessment assessment, List<GatedCommit> gated,
            List<GatedCommit> exempt, List<CommitAssessment> weak, Set<String> touchedRules, Set<Reason> reasons) {
        List<String> paths = touchedPaths(assessment.commit());
        boolean ai = assessment.aiAssisted();
        // fail closed: a commit that could not be read whole, or is past the bounds, needs a person's look
        boolean unreadable = assessment.commit().unreadable().isPresent();
        boolean oversized = CommitBounds.exceeded(assessment.commit()).isPresent();
        if (unreadable) {
            reasons.add(Reason.UNREADABLE_COMMIT);
        }
        if (oversized) {
            reasons.add(Reason.OVERSIZED_COMMIT);
        }
        boolean defective = unreadable || oversized;
        List<String> counting = new ArrayList<>();
        List<String> exempting = new ArrayList<>();
        boolean protectedPath = false;
        for (PathRule rule : policy.rules()) {
            if (!touches(rule, paths)) {
                continue;
            }
            if (rule.exempt()) {
                exempting.add(rule.name());
            } else if (rule.anyCommit()) {
                counting.add(rule.name());
                protectedPath = true;
            } else if (ai) {
                counting.add(rule.name());
            }
        }
        if (ai) {
            if (!defective && counting.isEmpty() && coveredByExemptRules(policy, assessment.commit(), paths)) {
                exempt.add(new GatedCommit(assessment, exempting, true));
                return;
            }
            reasons.add(Reason.AI_ASSISTED_COMMITS);
        } else if (!protectedPath && !defective) {
            if (!assessment.evidence().isEmpty()) {
                weak.add(assessment);
            }
            return;
        }
        if (protectedPath) {
            reasons.add(Reason.PROTECTED_PATHS);
        }
        touchedRules.addAll(counting);
        gated.add(new GatedCommit(assessment, counting, false));
    }

    /** @return every path a commit changed, rename and copy sources included */
    private static List<String> touchedPaths(Commit commit) {
        List<String> paths = new ArrayList<>();
        for (ChangedPath changed : commit.changedPaths()) {
            paths.add(changed.path());
            changed.oldPath().ifPresent(paths::add);
        }
        return paths;
    }

    private static boolean touches(PathRule rule, List<String> paths) {
        for (String path : paths) {
            if (rule.matches(path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean coveredByExemptRules(Policy policy, Commit commit, List<String> paths) {
        if (!commit.pathsKnown() || paths.isEmpty()) {
            return false;
        }
        for (String path : paths) {
            boolean covered = false;
            for (PathRule rule : policy.rules()) {
                if (rule.exempt() && rule.matches(path)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                return false;
            }
        }
        return true;
    }
}
