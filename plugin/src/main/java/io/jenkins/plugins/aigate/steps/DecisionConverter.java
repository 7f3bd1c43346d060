package io.jenkins.plugins.aigate.steps;

import io.jenkins.plugins.aigate.core.audit.AuditDecision;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.detection.Evidence;
import io.jenkins.plugins.aigate.core.evaluation.GateDecision;
import io.jenkins.plugins.aigate.core.evaluation.GatedCommit;
import io.jenkins.plugins.aigate.core.evaluation.Outcome;
import io.jenkins.plugins.aigate.gate.EvidenceEntry;
import io.jenkins.plugins.aigate.gate.FlaggedCommitEntry;
import io.jenkins.plugins.aigate.gate.GateStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts core's decision into the plugin's saved records, and a saved status into the audit's decision: every
 * mapping between core's lifecycle and the build's record lives here.
 */
final class DecisionConverter {

    /** A saved commit message is cut here; the page says so. */
    private static final int MAX_MESSAGE = 16 * 1024;

    private DecisionConverter() {
    }

    /** The status an evaluation leaves the build's record in. */
    static GateStatus status(Outcome outcome) {
        return switch (outcome) {
            case PASS -> GateStatus.PASSED;
            case OBSERVED -> GateStatus.OBSERVED;
            case OFF -> GateStatus.OFF;
            case APPROVAL_REQUIRED -> GateStatus.PENDING;
        };
    }

    /** The decision the audit records for a settled gate. */
    static AuditDecision auditDecision(GateStatus status) {
        return switch (status) {
            case APPROVED -> AuditDecision.APPROVED;
            case REJECTED -> AuditDecision.REJECTED;
            case EXPIRED -> AuditDecision.EXPIRED;
            case OVERRIDDEN -> AuditDecision.OVERRIDDEN;
            case SUPERSEDED -> AuditDecision.SUPERSEDED;
            case PASSED -> AuditDecision.PASS;
            case OBSERVED -> AuditDecision.OBSERVED;
            default -> AuditDecision.ABORTED;
        };
    }

    /** The gated commits as the build keeps them, messages cut at {@value #MAX_MESSAGE} characters. */
    static List<FlaggedCommitEntry> flaggedEntries(GateDecision decision) {
        List<FlaggedCommitEntry> entries = new ArrayList<>();
        for (GatedCommit gated : decision.gatedCommits()) {
            Commit c = gated.commit();
            List<EvidenceEntry> evidence = new ArrayList<>();
            for (Evidence e : gated.evidence()) {
                evidence.add(new EvidenceEntry(e.ruleId(), e.tool(), e.confidence().name(), e.field(), e.value()));
            }
            String message = c.message().length() > MAX_MESSAGE ? c.message().substring(0, MAX_MESSAGE) : c.message();
            entries.add(new FlaggedCommitEntry(c.id(), c.author().name(), c.author().email(), c.committer().name(),
                    c.committer().email(), message, gated.aiAssisted(), evidence, gated.rules()));
        }
        return entries;
    }
}
