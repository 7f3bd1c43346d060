package io.jenkins.plugins.aigate.core.evaluation;

import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import io.jenkins.plugins.aigate.core.lifecycle.GateState;
import io.jenkins.plugins.aigate.core.policy.Mode;
import io.jenkins.plugins.aigate.core.pullrequest.CommitLookup;
import io.jenkins.plugins.aigate.core.range.CommitRange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the gate decided over one range, and everything approvers need to see why: the reasons, the quorum and the
 * rule that raised it, the commits that count with their evidence, the ones an exempt rule excused, the range and
 * its baseline status, and the evidence digest that binds votes to exactly this. Immutable; made by {@link
 * GateEvaluator}.
 */
public final class GateDecision {
    private final GateState outcome;
    private final Mode mode;
    private final String policyFingerprint;
    private final int requiredApprovals;
    private final String quorumRule;
    private final List<Reason> reasons;
    private final List<GatedCommit> gatedCommits;
    private final List<GatedCommit> exemptCommits;
    private final List<CommitAssessment> weakEvidenceCommits;
    private final List<CommitLookup> unresolvedPullRequests;
    private final CommitRange range;
    private final List<CommitAssessment> assessments;
    private final String evidenceDigest;

    GateDecision(GateState outcome, Mode mode, String policyFingerprint, int requiredApprovals, String quorumRule,
            List<Reason> reasons, List<GatedCommit> gatedCommits, List<GatedCommit> exemptCommits,
            List<CommitAssessment> weakEvidenceCommits, List<CommitLookup> unresolvedPullRequests, CommitRange range,
            List<CommitAssessment> assessments, String evidenceDigest) {
        if (!Objects.requireNonNull(outcome, "outcome").isEvaluationOutcome()) {
            throw new IllegalArgumentException("an evaluation does not end " + outcome);
        }
        this.outcome = outcome;
        this.mode = Objects.requireNonNull(mode, "mode");
        this.policyFingerprint = Objects.requireNonNull(policyFingerprint, "policyFingerprint");
        this.requiredApprovals = requiredApprovals;
        this.quorumRule = quorumRule;
        this.reasons = List.copyOf(reasons);
        this.gatedCommits = List.copyOf(gatedCommits);
        this.exemptCommits = List.copyOf(exemptCommits);
        this.weakEvidenceCommits = List.copyOf(weakEvidenceCommits);
        this.unresolvedPullRequests = List.copyOf(unresolvedPullRequests);
        this.range = Objects.requireNonNull(range, "range");
        this.assessments = List.copyOf(assessments);
        this.evidenceDigest = Objects.requireNonNull(evidenceDigest, "evidenceDigest");
    }

    /** @return how the evaluation ended: pass, observed, off or approval required */
    public GateState outcome() {
        return outcome;
    }

    /** @return the mode of the policy the decision was made under */
    public Mode mode() {
        return mode;
    }

    /** @return whether the deploy must wait for approvals */
    public boolean requiresApproval() {
        return outcome == GateState.APPROVAL_REQUIRED;
    }

    /** @return the fingerprint of the policy snapshot the decision was made under */
    public String policyFingerprint() {
        return policyFingerprint;
    }

    /**
     * @return the approvals needed ({@link GateState#APPROVAL_REQUIRED}) or that would have been needed ({@link
     *     GateState#OBSERVED}); 0 for {@link GateState#PASS} and {@link GateState#OFF}
     */
    public int requiredApprovals() {
        return requiredApprovals;
    }

    /** @return the rule that raised the quorum above the policy's own number, if one did */
    public Optional<String> quorumRule() {
        return Optional.ofNullable(quorumRule);
    }

    /** @return why approval is (or would be) required, in {@link Reason} order; empty for a pass */
    public List<Reason> reasons() {
        return reasons;
    }

    /**
     * @return the commits that count, in range order: AI-assisted ones no exempt rule covers, and any commit that
     *     touched an {@code anyCommit} rule's paths. Their authors, committers and co-authors may not approve
     */
    public List<GatedCommit> gatedCommits() {
        return gatedCommits;
    }

    /** @return AI-assisted commits excused by exempt rules, shown for transparency, in range order */
    public List<GatedCommit> exemptCommits() {
        return exemptCommits;
    }

    /** @return commits with evidence below the flag threshold only, shown to approvers but never counted */
    public List<CommitAssessment> weakEvidenceCommits() {
        return weakEvidenceCommits;
    }

    /** @return commits whose pull requests could not be looked up, with the reason */
    public List<CommitLookup> unresolvedPullRequests() {
        return unresolvedPullRequests;
    }

    /** @return the range inspected, with its baseline status and whether it was truncated */
    public CommitRange range() {
        return range;
    }

    /** @return how many commits were assessed */
    public int commitsInspected() {
        return assessments.size();
    }

    /** @return every assessed commit of the range, in range order */
    public List<CommitAssessment> assessments() {
        return assessments;
    }

    /**
     * @return whether the range itself is in question (no trusted baseline, truncated, or pull requests not looked
     *     up), so approving means vouching for every commit in it, not only the gated ones
     */
    public boolean rangeInQuestion() {
        return reasons.contains(Reason.UNKNOWN_BASELINE) || reasons.contains(Reason.RANGE_TRUNCATED)
                || reasons.contains(Reason.UNRESOLVED_PULL_REQUESTS);
    }

    /**
     * @return SHA-256 (hex) over the policy fingerprint, the reasons, and each named commit's id, evidence, rules
     *     and exemption, and the unresolved lookups: a vote names it, so a vote for other evidence never counts
     */
    public String evidenceDigest() {
        return evidenceDigest;
    }

    @Override
    public String toString() {
        return outcome + " (" + mode.spelling() + ") " + requiredApprovals + " approvals" + reasons + " "
                + gatedCommits.size() + " gated, " + exemptCommits.size() + " exempt, range " + range;
    }
}
