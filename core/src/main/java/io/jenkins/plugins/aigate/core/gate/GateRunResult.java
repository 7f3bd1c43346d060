package io.jenkins.plugins.aigate.core.gate;

import io.jenkins.plugins.aigate.core.approval.ApprovalRequest;
import io.jenkins.plugins.aigate.core.audit.Anchor;
import io.jenkins.plugins.aigate.core.audit.AuditEntry;
import io.jenkins.plugins.aigate.core.evaluation.GateDecision;
import io.jenkins.plugins.aigate.core.range.Baseline;
import io.jenkins.plugins.aigate.core.range.BaselineStoreException;
import java.util.Objects;
import java.util.Optional;

/** A gate run's end: the evaluation, the record audited and its anchor, and the baseline it let through. */
public final class GateRunResult {
    private final GateEvaluation evaluation;
    private final AuditEntry audited;
    private final Anchor anchor;
    private final Baseline baseline;
    private final BaselineStoreException baselineFailure;

    GateRunResult(GateEvaluation evaluation, AuditEntry audited, Anchor anchor, Baseline baseline,
            BaselineStoreException baselineFailure) {
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        this.audited = audited;
        this.anchor = anchor;
        this.baseline = baseline;
        this.baselineFailure = baselineFailure;
    }

    public GateEvaluation evaluation() {
        return evaluation;
    }

    public GateDecision decision() {
        return evaluation.decision();
    }

    /** @return who may approve and who may not; present exactly when the decision requires approval */
    public Optional<ApprovalRequest> approvalRequest() {
        return evaluation.approvalRequest();
    }

    /** @return the evaluation record appended to the audit sink; empty when the run had no sink */
    public Optional<AuditEntry> audited() {
        return Optional.ofNullable(audited);
    }

    /** @return the appended record's anchor; empty when the run had no sink */
    public Optional<Anchor> anchor() {
        return Optional.ofNullable(anchor);
    }

    /** @return the baseline recorded for a passed or observed head; empty otherwise or when it failed */
    public Optional<Baseline> baseline() {
        return Optional.ofNullable(baseline);
    }

    /**
     * @return why the baseline could not be recorded; the decision stands (the next range is only longer, which is
     *     safe), so the host only reports it
     */
    public Optional<BaselineStoreException> baselineFailure() {
        return Optional.ofNullable(baselineFailure);
    }
}
