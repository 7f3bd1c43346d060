package io.jenkins.plugins.aigate.core.gate;

import io.jenkins.plugins.aigate.core.approval.ApprovalRequest;
import io.jenkins.plugins.aigate.core.evaluation.GateDecision;
import io.jenkins.plugins.aigate.core.pullrequest.CommitLookup;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a gate decided before anything is recorded: the decision, whom it asks, and how each lookup ended. */
public final class GateEvaluation {
    private final GateDecision decision;
    private final ApprovalRequest approvalRequest;
    private final List<CommitLookup> lookups;

    GateEvaluation(GateDecision decision, ApprovalRequest approvalRequest, List<CommitLookup> lookups) {
        this.decision = Objects.requireNonNull(decision, "decision");
        this.approvalRequest = approvalRequest;
        this.lookups = List.copyOf(lookups);
    }

    public GateDecision decision() {
        return decision;
    }

    /** @return who may approve and who may not; present exactly when the decision requires approval */
    public Optional<ApprovalRequest> approvalRequest() {
        return Optional.ofNullable(approvalRequest);
    }

    /** @return how each commit's pull-request lookup ended, in range order; empty without a lookup */
    public List<CommitLookup> lookups() {
        return lookups;
    }
}
