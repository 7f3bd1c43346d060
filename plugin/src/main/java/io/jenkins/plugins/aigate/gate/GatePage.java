package io.jenkins.plugins.aigate.gate;

import hudson.model.Item;
import hudson.model.Job;
import hudson.model.ModelObject;
import hudson.model.Run;
import io.jenkins.plugins.aigate.config.SecurityPosture;
import io.jenkins.plugins.aigate.core.approval.ApprovalProcess;
import io.jenkins.plugins.aigate.core.approval.VoteCode;
import io.jenkins.plugins.aigate.core.approval.VoteKind;
import io.jenkins.plugins.aigate.core.approval.VoteResult;
import io.jenkins.plugins.aigate.core.approval.Voter;
import io.jenkins.plugins.aigate.security.JenkinsFacade;
import java.io.IOException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.interceptor.RequirePOST;

/**
 * The approval page of one gate ({@code job/x/7/ai-gate/gate-1/}): the flagged commits with their evidence, the
 * quorum and the rule that set it, the votes so far, who may decide and whether the viewer may, and the forms.
 * Not saved: made for each request from the {@link AiGateRunAction}'s record.
 */
public final class GatePage implements ModelObject {

    private static final Logger LOGGER = Logger.getLogger(GatePage.class.getName());

    private final AiGateRunAction action;
    private final GateRecord gate;

    GatePage(AiGateRunAction action, GateRecord gate) {
        this.action = action;
        this.gate = gate;
    }

    public GateRecord getGate() {
        return gate;
    }

    public Run<?, ?> getRun() {
        return action.getRun();
    }

    public AiGateRunAction getAction() {
        return action;
    }

    @Override
    public String getDisplayName() {
        return Messages.GatePage_displayName(gate.getId());
    }

    /** @return the flagged commits and their evidence, read from the gate's evidence file */
    public List<FlaggedCommitEntry> getCommits() {
        try {
            return GateEvidence.load(getRun(), gate.getId()).getCommits();
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "cannot read the evidence of " + gate.getId() + " in " + getRun(), e);
            return List.of();
        }
    }

    /**
     * @return whether approvers can still act. A view only reads: a deadline that passed shows as not pending, and
     *     the expiry itself is saved by the step's timer or the next vote, never by a GET.
     */
    public boolean isPending() {
        return gate.getStatus() == GateStatus.PENDING
                && (gate.getDeadlineMillis() <= 0 || System.currentTimeMillis() < gate.getDeadlineMillis());
    }

    /** @return whether the viewer may see group memberships and e-mails of voters (approvers and administrators) */
    public boolean isShowVoterDetails() {
        return JenkinsFacade.hasPermission(Jenkins.ADMINISTER)
                || JenkinsVoters.previewing(job()).holdsApprovePermission();
    }

    /** @return what the viewer would get on approving now: {@code ACCEPTED} or core's refusal code */
    public VoteCode getApproveStanding() {
        return preview(VoteKind.APPROVE);
    }

    /** @return what the viewer would get on breaking the glass now */
    public VoteCode getOverrideStanding() {
        return preview(VoteKind.OVERRIDE);
    }

    /** @return the viewer's standing in words: may approve, or why not */
    public String getStandingText() {
        if (gate.getStatus() == GateStatus.PENDING && SecurityPosture.approvalsImpossible()) {
            return Messages.GatePage_standing_securityOff();
        }
        VoteCode code = getApproveStanding();
        return code == VoteCode.ACCEPTED ? Messages.GatePage_standing_mayApprove() : VoteMessages.refusal(code);
    }

    private VoteCode preview(VoteKind kind) {
        if (gate.getStatus() != GateStatus.PENDING) {
            return VoteCode.ALREADY_DECIDED;
        }
        try {
            Voter voter = JenkinsVoters.previewing(job());
            ApprovalProcess process = ApprovalAdapter.process(gate, JenkinsVoters.userIds(), JenkinsVoters.groupIds(), Clock.systemUTC());
            return process.preview(voter, kind);
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "cannot preview a vote on " + gate.getId(), e);
            return VoteCode.NOT_ELIGIBLE;
        }
    }

    /** Approve; the comment is optional. */
    @RequirePOST
    public HttpResponse doApprove(StaplerRequest2 req, @QueryParameter String comment, @QueryParameter String digest)
            throws IOException {
        return vote(req, VoteKind.APPROVE, digest, comment);
    }

    /** Reject: the build is aborted with the reason recorded; a reason is required. */
    @RequirePOST
    public HttpResponse doReject(StaplerRequest2 req, @QueryParameter String comment, @QueryParameter String digest)
            throws IOException {
        return vote(req, VoteKind.REJECT, digest, comment);
    }

    /** Break the glass: release the gate with a written justification, recorded as an override. */
    @RequirePOST
    public HttpResponse doOverride(StaplerRequest2 req, @QueryParameter String comment, @QueryParameter String digest)
            throws IOException {
        return vote(req, VoteKind.OVERRIDE, digest, comment);
    }

    private HttpResponse vote(StaplerRequest2 req, VoteKind kind, String digest, String comment) throws IOException {
        Job<?, ?> job = job();
        job.checkPermission(Item.READ);
        if (gate.getStatus() == GateStatus.EVALUATING) {
            return HttpResponses.errorWithoutStack(409, Messages.GatePage_evaluating());
        }
        expireIfDue();
        if (gate.getStatus() != GateStatus.PENDING) {
            // decided, expired or closed without ever opening: nothing to vote on
            return HttpResponses.errorWithoutStack(VoteMessages.httpStatus(VoteCode.ALREADY_DECIDED),
                    VoteMessages.refusal(VoteCode.ALREADY_DECIDED));
        }
        Voter voter = JenkinsVoters.current(job, req);
        VoteResult result = action.vote(gate.getId(), voter, kind, digest, comment);
        if (!result.code().isAccepted()) {
            return HttpResponses.errorWithoutStack(VoteMessages.httpStatus(result.code()),
                    VoteMessages.refusal(result.code()));
        }
        return HttpResponses.redirectTo(".");
    }

    private void expireIfDue() {
        try {
            action.expireIfDue(gate.getId());
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "cannot save the expiry of " + gate.getId(), e);
        }
    }

    /** Used by {@code index.jelly}: core's reason code in words. */
    public String reasonText(String code) {
        return switch (code) {
            case "AI_ASSISTED_COMMITS" -> Messages.Reason_AI_ASSISTED_COMMITS();
            case "PROTECTED_PATHS" -> Messages.Reason_PROTECTED_PATHS();
            case "UNKNOWN_BASELINE" -> Messages.Reason_UNKNOWN_BASELINE();
            case "RANGE_TRUNCATED" -> Messages.Reason_RANGE_TRUNCATED();
            case "UNRESOLVED_PULL_REQUESTS" -> Messages.Reason_UNRESOLVED_PULL_REQUESTS();
            case "UNREADABLE_COMMIT" -> Messages.Reason_UNREADABLE_COMMIT();
            case "OVERSIZED_COMMIT" -> Messages.Reason_OVERSIZED_COMMIT();
            default -> code;
        };
    }

    /** Used by {@code index.jelly} to format a vote's time. */
    public Date date(long epochMillis) {
        return new Date(epochMillis);
    }

    private Job<?, ?> job() {
        return getRun().getParent();
    }
}
