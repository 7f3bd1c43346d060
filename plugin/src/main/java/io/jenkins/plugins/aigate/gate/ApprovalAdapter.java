package io.jenkins.plugins.aigate.gate;

import io.jenkins.plugins.aigate.core.approval.ApprovalProcess;
import io.jenkins.plugins.aigate.core.approval.ApprovalRequest;
import io.jenkins.plugins.aigate.core.approval.ApprovalSnapshot;
import io.jenkins.plugins.aigate.core.approval.ApprovalState;
import io.jenkins.plugins.aigate.core.approval.AuthMethod;
import io.jenkins.plugins.aigate.core.approval.IdStrategy;
import io.jenkins.plugins.aigate.core.approval.PersonAliases;
import io.jenkins.plugins.aigate.core.approval.RecordedVote;
import io.jenkins.plugins.aigate.core.approval.TimeoutOutcome;
import io.jenkins.plugins.aigate.core.approval.VoteKind;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds core's {@link ApprovalProcess} from a saved {@link GateRecord} for each vote, and copies the outcome
 * back. The record, not a live object, is the truth: a restart between two votes loses nothing.
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
        ApprovalRequest.Builder request = ApprovalRequest.builder(record.getEvidenceDigest())
                .requiredApprovals(terms.getRequiredApprovals())
                .approverGroups(terms.getApproverGroups())
                .approverUsers(terms.getApproverUsers())
                .breakGlassGroups(terms.getBreakGlassGroups())
                .breakGlassUsers(terms.getBreakGlassUsers())
                .separationOfDuties(terms.isSeparationOfDuties())
                .tokenVotesAllowed(terms.isTokenVotesAllowed())
                .commitEmails(terms.getCommitEmails())
                .pullRequestAuthors(terms.getPullRequestAuthors())
                .buildStarters(terms.getBuildStarters())
                .deadlineMillis(record.getDeadlineMillis() > 0 ? record.getDeadlineMillis() : null)
                .onTimeout("fail".equals(record.getOnTimeout()) ? TimeoutOutcome.FAIL : TimeoutOutcome.ABORT);
        Map<String, List<String>> emails = terms.getIdentityEmails();
        Map<String, List<String>> logins = terms.getIdentityLogins();
        for (Map.Entry<String, List<String>> person : emails.entrySet()) {
            request.identity(person.getKey(),
                    new PersonAliases(person.getValue(), logins.getOrDefault(person.getKey(), List.of())));
        }
        return ApprovalProcess.restore(request.build(), snapshot(record), userIds, groupIds, clock);
    }

    static ApprovalSnapshot snapshot(GateRecord record) {
        List<RecordedVote> votes = new ArrayList<>();
        for (VoteEntry v : record.getVotes()) {
            votes.add(new RecordedVote(VoteKind.valueOf(v.getType().name()), v.getUserId(), v.getDisplayName(),
                    v.getGroups(), v.getEmails(), authMethod(v.getAuthMethod()), v.getComment(), v.getEpochMillis(),
                    v.getEvidenceDigest()));
        }
        return new ApprovalSnapshot(state(record.getStatus()), votes,
                record.getDecidedMillis() > 0 ? record.getDecidedMillis() : null, record.getDecidedBy());
    }

    static VoteEntry entry(RecordedVote vote) {
        return new VoteEntry(VoteType.valueOf(vote.kind().name()), vote.userId(), vote.displayName(), vote.groups(),
                vote.emails(), vote.authMethod().name(), vote.comment(), vote.epochMillis(), vote.evidenceDigest());
    }

    static GateStatus status(ApprovalState state) {
        return switch (state) {
            case PENDING -> GateStatus.PENDING;
            case APPROVED -> GateStatus.APPROVED;
            case REJECTED -> GateStatus.REJECTED;
            case EXPIRED -> GateStatus.EXPIRED;
            case OVERRIDDEN -> GateStatus.OVERRIDDEN;
            case SUPERSEDED -> GateStatus.SUPERSEDED;
            case ABORTED -> GateStatus.ABORTED;
        };
    }

    private static ApprovalState state(GateStatus status) {
        return switch (status) {
            case APPROVED -> ApprovalState.APPROVED;
            case REJECTED -> ApprovalState.REJECTED;
            case EXPIRED -> ApprovalState.EXPIRED;
            case OVERRIDDEN -> ApprovalState.OVERRIDDEN;
            case SUPERSEDED -> ApprovalState.SUPERSEDED;
            case ABORTED, FAILED_CLOSED -> ApprovalState.ABORTED;
            default -> ApprovalState.PENDING;
        };
    }

    private static AuthMethod authMethod(String name) {
        try {
            return name == null ? AuthMethod.UNKNOWN : AuthMethod.valueOf(name);
        } catch (IllegalArgumentException e) {
            return AuthMethod.UNKNOWN;
        }
    }
}
