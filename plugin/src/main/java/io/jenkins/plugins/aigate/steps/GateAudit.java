package io.jenkins.plugins.aigate.steps;

import hudson.model.Run;
import io.jenkins.plugins.aigate.audit.AiGateAuditLog;
import io.jenkins.plugins.aigate.audit.AuditKeyException;
import io.jenkins.plugins.aigate.config.GatePolicies;
import io.jenkins.plugins.aigate.core.approval.RecordedVote;
import io.jenkins.plugins.aigate.core.approval.VoteKind;
import io.jenkins.plugins.aigate.core.audit.Anchor;
import io.jenkins.plugins.aigate.core.audit.AuditEntry;
import io.jenkins.plugins.aigate.core.audit.AuditOrigin;
import io.jenkins.plugins.aigate.core.audit.AuditSink;
import io.jenkins.plugins.aigate.core.detection.Confidence;
import io.jenkins.plugins.aigate.core.detection.Evidence;
import io.jenkins.plugins.aigate.core.gate.AuditContext;
import io.jenkins.plugins.aigate.gate.EvidenceEntry;
import io.jenkins.plugins.aigate.gate.FlaggedCommitEntry;
import io.jenkins.plugins.aigate.gate.GateRecord;
import io.jenkins.plugins.aigate.gate.VoteEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a gate's decision to the controller's HMAC-chained audit log (core's format, the admin's key) and
 * returns the anchor the build keeps. A failed append is fatal to a decision that lets a deploy through.
 */
final class GateAudit {

    private GateAudit() {
    }

    /** Thrown when the record could not be made durable; the gate then fails closed. */
    static final class AuditFailure extends IOException {
        private static final long serialVersionUID = 1L;

        AuditFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The controller's audit log with the administrator's key; any failure is an {@link AuditFailure}. */
    static AuditSink sink() {
        return GateAudit::appendToLog;
    }

    private static Anchor appendToLog(AuditEntry entry) throws AuditFailure {
        try {
            return AiGateAuditLog.get().append(entry, GatePolicies.auditKeyCredentialsId());
        } catch (AuditKeyException | IOException | RuntimeException e) {
            throw new AuditFailure(Messages.GateAudit_failed(e.getMessage()), e);
        }
    }

    /** What the build adds to the evaluation's record (core fills in the decision): who, where and when. */
    static AuditContext evaluationContext(Run<?, ?> run, String repository, String environment, long startedMillis) {
        String job = run.getParent().getFullName();
        String build = run.getExternalizableId();
        return entry -> entry.job(job)
                .build(build)
                .repository(orEmpty(repository))
                .environment(orEmpty(environment))
                .startedAt(startedMillis);
    }

    /** Appends the decided gate's record, stating the state the saved record is in. */
    static Anchor append(Run<?, ?> run, GateRecord record, List<FlaggedCommitEntry> commits) throws AuditFailure {
        AuditEntry.GateDecisionBuilder entry = AuditEntry.gateDecision(AuditOrigin.PLUGIN)
                .job(run.getParent().getFullName())
                .build(run.getExternalizableId())
                .repository(orEmpty(record.getRepository()))
                .environment(orEmpty(record.getEnvironment()))
                .policy(orEmpty(record.getPolicyFingerprint()), orEmpty(record.getMode()))
                .decision(record.getStatus().state())
                .requiredApprovals(record.getRequiredApprovals())
                .evidenceDigest(orEmpty(record.getEvidenceDigest()))
                .startedAt(record.getStartedMillis());
        if (record.getHeadCommit() != null) {
            entry.range(record.getBaseCommit(), record.getHeadCommit());
        }
        if (record.getDecidedMillis() > 0) {
            entry.decidedAt(record.getDecidedMillis());
        }
        for (String reason : record.getReasons()) {
            entry.reason(reason);
        }
        for (FlaggedCommitEntry commit : commits) {
            List<Evidence> evidence = new ArrayList<>();
            for (EvidenceEntry e : commit.getEvidence()) {
                evidence.add(new Evidence(e.getRuleId(), e.getTool(), Confidence.valueOf(e.getConfidence()),
                        e.getField(), e.getValue(), null));
            }
            entry.flaggedCommit(commit.getId(), evidence);
        }
        for (VoteEntry saved : record.getVotes()) {
            RecordedVote v = saved.toRecordedVote();
            entry.vote(v);
            if (v.kind() == VoteKind.OVERRIDE) {
                entry.override(v.userId(), v.comment());
            }
        }
        if (record.getDecidedBy() != null) {
            entry.closedBy(record.getDecidedBy());
        }
        return appendToLog(entry.build());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
