package io.jenkins.plugins.aigate.core.audit;

import io.jenkins.plugins.aigate.core.approval.ApprovalSnapshot;
import io.jenkins.plugins.aigate.core.approval.RecordedVote;
import io.jenkins.plugins.aigate.core.approval.VoteKind;
import io.jenkins.plugins.aigate.core.evaluation.GateDecision;
import io.jenkins.plugins.aigate.core.evaluation.GatedCommit;
import io.jenkins.plugins.aigate.core.evaluation.Reason;
import io.jenkins.plugins.aigate.core.range.CommitRange;

/**
 * Fills a gate record from an evaluation (and, when approval ended, from the approval's snapshot), so the plugin
 * and the CLI record the same fields the same way. The caller adds what only it knows: job, build, repository,
 * environment and times.
 */
public final class GateRecords {
    private GateRecords() {
    }

    /**
     * @return a gate record stating the evaluation's outcome: range and baseline status, the commits that count and
     *     those an exempt rule excused (with evidence and rules), policy fingerprint and mode, quorum and the rule
     *     that raised it, reason codes, commits inspected and the evidence digest
     */
    public static AuditEntry.GateDecisionBuilder evaluation(GateDecision decision, AuditOrigin origin) {
        CommitRange range = decision.range();
        AuditEntry.GateDecisionBuilder record = AuditEntry.gateDecision(origin)
                .range(range.base().orElse(null), range.head(), range.status().name(), range.isTruncated())
                .policy(decision.policyFingerprint(), decision.mode().spelling())
                .decision(decision.outcome())
                .requiredApprovals(decision.requiredApprovals())
                .quorumRule(decision.quorumRule().orElse(null))
                .commitsInspected(decision.commitsInspected())
                .evidenceDigest(decision.evidenceDigest());
        for (GatedCommit c : decision.gatedCommits()) {
            record.flaggedCommit(c.commit().id(), c.evidence(), c.rules(), false);
        }
        for (GatedCommit c : decision.exemptCommits()) {
            record.flaggedCommit(c.commit().id(), c.evidence(), c.rules(), true);
        }
        for (Reason r : decision.reasons()) {
            record.reason(r.name());
        }
        return record;
    }

    /**
     * @param snapshot the approval's final snapshot
     * @return the evaluation's record with the approval's end as the decision, every accepted vote, the override
     *     and its justification when break-glass was used, who or what closed it, and when it ended
     * @throws IllegalArgumentException when the approval is still pending
     */
    public static AuditEntry.GateDecisionBuilder approval(GateDecision decision, ApprovalSnapshot snapshot,
            AuditOrigin origin) {
        if (!snapshot.state().isFinal()) {
            throw new IllegalArgumentException("the approval is still pending");
        }
        AuditEntry.GateDecisionBuilder record = evaluation(decision, origin).decision(snapshot.state())
                .closedBy(snapshot.closedBy().orElse(null));
        for (RecordedVote v : snapshot.votes()) {
            record.vote(v);
            if (v.kind() == VoteKind.OVERRIDE) {
                record.override(v.userId(), v.comment());
            }
        }
        snapshot.closedAtMillis().ifPresent(record::decidedAt);
        return record;
    }
}
