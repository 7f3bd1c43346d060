package io.jenkins.plugins.aigate.gate;

import io.jenkins.plugins.aigate.core.approval.ApprovalProcess;
import io.jenkins.plugins.aigate.core.approval.ApprovalSnapshot;
import io.jenkins.plugins.aigate.core.approval.IdStrategy;
import io.jenkins.plugins.aigate.core.approval.RecordedVote;
import io.jenkins.plugins.aigate.core.approval.TimeoutOutcome;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds core's {@link ApprovalProcess} from a saved {@link GateRecord} for each vote. The record, not a live
 * object, is the truth: a restart between two votes loses nothing.
 */
final class ApprovalAdapter {

    private ApprovalAdapter() {
    }

    /** Break-glass through {@code AiGate/Override} is the voter's own flag, which core weighs (not for administrators). */
    static ApprovalProcess process(GateRecord record, IdStrategy userIds,
            IdStrategy groupIds, Clock clock) {
        ApprovalTerms terms = record.getTerms();
        if (terms == null) {
            throw new IllegalStateException("gate " + record.getId() + " has no approval terms");
        }
        return ApprovalProcess.restore(terms.toRequest(record.getEvidenceDigest(),
                record.getDeadlineMillis() > 0 ? record.getDeadlineMillis() : null,
                "fail".equals(record.getOnTimeout()) ? TimeoutOutcome.FAIL : TimeoutOutcome.ABORT),
                snapshot(record), userIds, groupIds, clock);
    }

    private static ApprovalSnapshot snapshot(GateRecord record) {
        List<RecordedVote> votes = new ArrayList<>();
        for (VoteEntry v : record.getVotes()) {
            votes.add(v.toRecordedVote());
        }
        return new ApprovalSnapshot(record.getStatus().state(), votes,
                record.getDecidedMillis() > 0 ? record.getDecidedMillis() : null, record.getDecidedBy());
    }
}
