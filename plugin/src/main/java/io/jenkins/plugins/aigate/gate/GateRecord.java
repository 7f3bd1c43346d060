package io.jenkins.plugins.aigate.gate;

import io.jenkins.plugins.aigate.core.approval.VoteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * One {@code aiGate} call of a build, as saved in {@code build.xml} through {@link AiGateRunAction}: what was
 * checked, the decision, the votes and the audit anchor. The live step execution only mirrors this state, so a
 * vote saved here survives a restart. Mutated only under the owning action's lock.
 */
@ExportedBean
public final class GateRecord {
    private final String id;
    private final String flowNodeId;
    private final String message;
    private final String environment;
    private final long startedMillis;

    private String repository;
    private String baseCommit;
    private String headCommit;
    private boolean baselineKnown;
    private int commitCount;
    private int flaggedCount;
    private String mode;
    private String policyFingerprint;
    private String evidenceDigest;
    private String quorumRule;
    private ArrayList<String> reasons = new ArrayList<>();
    private ApprovalTerms terms;
    private long deadlineMillis;
    private String onTimeout;
    private String credentialsId;

    private GateStatus status = GateStatus.EVALUATING;
    private ArrayList<VoteEntry> votes = new ArrayList<>();
    private long decidedMillis;
    private String decidedBy;
    private String failure;
    private long auditSequence = -1;
    private String auditMac;

    /**
     * @param id         unique within the build and URL-safe: the approval page lives at {@code ai-gate/<id>/}
     * @param flowNodeId the step's flow node, where the decision is also recorded
     */
    public GateRecord(String id, String flowNodeId, String message, String environment, long startedMillis) {
        if (!id.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("gate id must be URL-safe: " + id);
        }
        this.id = id;
        this.flowNodeId = Objects.requireNonNull(flowNodeId, "flowNodeId");
        this.message = message;
        this.environment = environment;
        this.startedMillis = startedMillis;
    }

    @Exported
    public String getId() {
        return id;
    }

    public String getFlowNodeId() {
        return flowNodeId;
    }

    @Exported
    public String getMessage() {
        return message;
    }

    @Exported
    public String getEnvironment() {
        return environment;
    }

    @Exported
    public long getStartedMillis() {
        return startedMillis;
    }

    @Exported
    public String getRepository() {
        return repository;
    }

    @Exported
    public String getBaseCommit() {
        return baseCommit;
    }

    @Exported
    public String getHeadCommit() {
        return headCommit;
    }

    /** @return whether the range started at a known approved head (false: bounded by the policy's maximum) */
    @Exported
    public boolean isBaselineKnown() {
        return baselineKnown;
    }

    @Exported
    public int getCommitCount() {
        return commitCount;
    }

    @Exported
    public int getFlaggedCount() {
        return flaggedCount;
    }

    @Exported
    public String getMode() {
        return mode;
    }

    @Exported
    public String getPolicyFingerprint() {
        return policyFingerprint;
    }

    @Exported
    public String getEvidenceDigest() {
        return evidenceDigest;
    }

    /** @return the name of the policy rule that set the quorum, or {@code null} for the policy's default */
    @Exported
    public String getQuorumRule() {
        return quorumRule;
    }

    /** @return core's reason codes for requiring approval */
    @Exported
    public List<String> getReasons() {
        return List.copyOf(reasons);
    }

    public ApprovalTerms getTerms() {
        return terms;
    }

    /** @return the absolute deadline in epoch millis, or 0 when the gate may wait indefinitely */
    @Exported
    public long getDeadlineMillis() {
        return deadlineMillis;
    }

    /** @return the policy's {@code onTimeout} spelling ({@code abort} or {@code fail}) */
    @Exported
    public String getOnTimeout() {
        return onTimeout;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @Exported
    public GateStatus getStatus() {
        return status;
    }

    @Exported
    public List<VoteEntry> getVotes() {
        return List.copyOf(votes);
    }

    @Exported
    public int getApprovalCount() {
        return (int) votes.stream().filter(v -> v.getType() == VoteKind.APPROVE).count();
    }

    @Exported
    public int getRequiredApprovals() {
        return terms == null ? 0 : terms.getRequiredApprovals();
    }

    @Exported
    public long getDecidedMillis() {
        return decidedMillis;
    }

    @Exported
    public String getDecidedBy() {
        return decidedBy;
    }

    /** @return why the gate failed closed, when it did */
    @Exported
    public String getFailure() {
        return failure;
    }

    /** @return the audit record's sequence number, or -1 before it is written */
    @Exported
    public long getAuditSequence() {
        return auditSequence;
    }

    /** @return the audit record's MAC: with the sequence number, an anchor that detects records cut from the log */
    @Exported
    public String getAuditMac() {
        return auditMac;
    }

    // ---- mutators: call only inside AiGateRunAction.update, which holds the lock and saves ----

    public void describeRange(String repository, String baseCommit, String headCommit, boolean baselineKnown,
            int commitCount) {
        this.repository = repository;
        this.baseCommit = baseCommit;
        this.headCommit = headCommit;
        this.baselineKnown = baselineKnown;
        this.commitCount = commitCount;
    }

    public void describeEvaluation(String mode, String policyFingerprint, String evidenceDigest, int flaggedCount,
            String quorumRule, List<String> reasons, ApprovalTerms terms, long deadlineMillis, String onTimeout,
            String credentialsId) {
        this.mode = mode;
        this.policyFingerprint = policyFingerprint;
        this.evidenceDigest = evidenceDigest;
        this.flaggedCount = flaggedCount;
        this.quorumRule = quorumRule;
        this.reasons = new ArrayList<>(reasons);
        this.terms = terms;
        this.deadlineMillis = deadlineMillis;
        this.onTimeout = onTimeout;
        this.credentialsId = credentialsId;
    }

    void addVote(VoteEntry vote) {
        votes.add(vote);
    }

    /** Opens an evaluated gate to approvers: from here on it is pending until decided. */
    public void open() {
        if (status != GateStatus.EVALUATING) {
            throw new IllegalStateException(id + " is " + status + ", not evaluating");
        }
        this.status = GateStatus.PENDING;
    }

    public void decide(GateStatus status, long whenMillis, String by) {
        this.status = status;
        this.decidedMillis = whenMillis;
        this.decidedBy = by;
    }

    public void failClosed(String reason, long whenMillis) {
        this.failure = reason;
        decide(GateStatus.FAILED_CLOSED, whenMillis, null);
    }

    public void anchor(long sequence, String mac) {
        this.auditSequence = sequence;
        this.auditMac = mac;
    }
}
