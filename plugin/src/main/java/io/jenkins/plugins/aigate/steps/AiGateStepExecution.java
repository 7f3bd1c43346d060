package io.jenkins.plugins.aigate.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.FilePath;
import hudson.console.HyperlinkNote;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.ClassLoaderSanityThreadFactory;
import hudson.util.DaemonThreadFactory;
import hudson.util.NamingThreadFactory;
import io.jenkins.plugins.aigate.config.GatePolicies;
import io.jenkins.plugins.aigate.config.SecurityPosture;
import io.jenkins.plugins.aigate.core.approval.ApprovalRequest;
import io.jenkins.plugins.aigate.core.approval.VoteKind;
import io.jenkins.plugins.aigate.core.audit.Anchor;
import io.jenkins.plugins.aigate.core.audit.AuditOrigin;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.evaluation.GateDecision;
import io.jenkins.plugins.aigate.core.evaluation.GatedCommit;
import io.jenkins.plugins.aigate.core.gate.GateEvaluation;
import io.jenkins.plugins.aigate.core.gate.GateRun;
import io.jenkins.plugins.aigate.core.gate.GateRunResult;
import io.jenkins.plugins.aigate.core.git.CommitReadException;
import io.jenkins.plugins.aigate.core.policy.InvalidPolicyException;
import io.jenkins.plugins.aigate.core.policy.Mode;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.core.policy.PolicyOverrides;
import io.jenkins.plugins.aigate.core.policy.PolicyProblem;
import io.jenkins.plugins.aigate.core.range.Baseline;
import io.jenkins.plugins.aigate.core.range.BaselineKey;
import io.jenkins.plugins.aigate.core.range.BaselineOutcome;
import io.jenkins.plugins.aigate.core.range.BaselineStoreException;
import io.jenkins.plugins.aigate.gate.AiGateRunAction;
import io.jenkins.plugins.aigate.gate.ApprovalTerms;
import io.jenkins.plugins.aigate.gate.GateEvidence;
import io.jenkins.plugins.aigate.gate.GateRecord;
import io.jenkins.plugins.aigate.gate.GateSettlement;
import io.jenkins.plugins.aigate.gate.GateStatus;
import io.jenkins.plugins.aigate.gate.LogText;
import io.jenkins.plugins.aigate.gate.VoteEntry;
import io.jenkins.plugins.aigate.pullrequest.PullRequestEvidence;
import io.jenkins.plugins.aigate.pullrequest.PullRequestSetupException;
import io.jenkins.plugins.aigate.scm.AiGateCheckoutsAction;
import io.jenkins.plugins.aigate.scm.CheckoutRecord;
import io.jenkins.plugins.aigate.scm.GateCheckoutListener;
import io.jenkins.plugins.aigate.scm.RangeRead;
import java.io.IOException;
import java.io.Serial;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import jenkins.model.CauseOfInterruption;
import jenkins.model.Jenkins;
import jenkins.util.ContextResettingExecutorService;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.support.actions.PauseAction;
import org.springframework.security.core.Authentication;

/**
 * Runs one {@code aiGate}: snapshots the policy (tightened by the step's arguments), reads the commits recorded at
 * checkout, lets core's {@link GateRun} evaluate and audit, and either continues or pauses for approvers. Reading
 * files and git output happens on this execution's own pool, never on the CPS VM thread; waiting holds no thread
 * at all. The {@link AiGateRunAction}'s record is the truth; this execution only mirrors it, and after a restart
 * finds its decision there.
 */
public final class AiGateStepExecution extends StepExecution implements GateSettlement {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(AiGateStepExecution.class.getName());
    /** Flagged commits listed in the console; the approval page lists all. */
    private static final int CONSOLE_COMMITS = 20;
    /** Reads and evaluates off the CPS VM thread; git and network I/O may take a while. */
    private static final ExecutorService EVALUATIONS = new ContextResettingExecutorService(
            Executors.newCachedThreadPool(new NamingThreadFactory(
                    new ClassLoaderSanityThreadFactory(new DaemonThreadFactory()), "AI Change Gate evaluation")));

    private final AiGateStep step;
    private volatile String gateId;
    private transient volatile Future<?> evaluation;
    private transient volatile ScheduledFuture<?> deadlineTimer;
    /** Whether the wait was ended; guarded by {@code this}, reset by a restart (the record then decides). */
    private transient boolean settled;

    AiGateStepExecution(AiGateStep step, StepContext context) {
        super(context);
        this.step = step;
    }

    @Override
    public boolean start() {
        evaluateInBackground();
        return false;
    }

    /**
     * Runs the evaluation on its own thread as the caller. Whether it ran is never taken from this (pickled)
     * object: after a crash the program may have been saved before or during the evaluation, so a resume asks the
     * build's record instead (see {@link #onResume}).
     */
    private void evaluateInBackground() {
        Authentication as = Jenkins.getAuthentication2();
        evaluation = EVALUATIONS.submit(() -> {
            try (ACLContext ignored = ACL.as2(as)) {
                evaluate();
            } catch (Throwable t) {
                getContext().onFailure(t);
            } finally {
                evaluation = null;
            }
        });
    }

    /** A graceful restart waits for a running evaluation; a waiting gate holds no thread and never blocks one. */
    @Override
    public boolean blocksRestart() {
        return evaluation != null;
    }

    @Override
    public String getGateId() {
        return gateId == null ? "" : gateId;
    }

    private void evaluate() throws Exception {
        Run<?, ?> run = getContext().get(Run.class);
        TaskListener listener = getContext().get(TaskListener.class);
        FlowNode node = getContext().get(FlowNode.class);
        Policy policy = snapshotPolicy();
        AiGateRunAction action = AiGateRunAction.of(run);
        GateRecord earlier = action.getGateOfNode(node.getId());
        String id;
        if (earlier != null && earlier.getStatus() == GateStatus.EVALUATING) {
            // the controller stopped mid-evaluation: evaluate again into the same record
            id = earlier.getId();
        } else {
            id = action.nextGateId();
            action.add(new GateRecord(id, node.getId(), step.getMessage(), step.getEnvironment(),
                    System.currentTimeMillis()));
        }
        gateId = id;
        try {
            evaluate(run, listener, node, policy, action, id);
        } catch (AbortException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            // whatever went wrong, the record must not stay open: a gate that cannot decide is closed
            LOGGER.log(Level.WARNING, "AI Change Gate " + id + " of " + run + " failed", e);
            GateRecord now = action.getGate(id);
            if (now != null && !now.getStatus().isDecided()) {
                failClosed(action, id, listener, Messages.AiGateStepExecution_unexpected(
                        e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
            throw e;
        }
    }

    private void evaluate(Run<?, ?> run, TaskListener listener, FlowNode node, Policy policy, AiGateRunAction action,
            String id) throws Exception {

        if (policy.mode() == Mode.OFF) {
            action.update(id, r -> r.decide(GateStatus.OFF, System.currentTimeMillis(), null));
            listener.getLogger().println(Messages.AiGateStepExecution_off());
            getContext().onSuccess(result(action.requireGate(id)));
            return;
        }

        String environment = step.getEnvironment() == null ? "" : step.getEnvironment();
        CheckoutRecord recorded = findCheckout(run);
        FilePath workspace = getContext().get(FilePath.class);
        // inside node, a range the checkout did not cover is read from the workspace now, as the listener does
        CheckoutRecord checkout = rangeFor(recorded, environment) == null && workspace != null
                && step.getRepository() == null
                ? GateCheckoutListener.readWorkspace(run, workspace, listener, environment) : recorded;
        RangeRead read = rangeFor(checkout, environment);
        String failure = checkout == null ? Messages.AiGateStepExecution_noCheckout(repositoryLabel())
                : checkout.getFailure() != null ? checkout.getFailure()
                : read == null ? Messages.AiGateStepExecution_noRangeForEnvironment(environment)
                : read.getFailure();
        if (failure != null) {
            failClosed(action, id, listener, failure);
            return;
        }
        PullRequestEvidence pullRequests;
        try {
            pullRequests = PullRequestEvidence.gather(run, remotesOf(checkout), listener);
        } catch (PullRequestSetupException e) {
            failClosed(action, id, listener, e.getMessage());
            return;
        }
        GateRun gate = gateRun(run, policy, action.requireGate(id), checkout, read, pullRequests);
        GateEvaluation evaluation;
        try {
            // reads the recorded range and looks up pull requests (network I/O: this block is off the CPS thread)
            evaluation = gate.evaluate();
        } catch (CommitReadException | IOException e) {
            failClosed(action, id, listener, Messages.AiGateStepExecution_unreadable(e.getMessage()));
            return;
        }
        pullRequests.report(evaluation.lookups(), listener);
        GateDecision decision = evaluation.decision();

        new GateEvidence(DecisionConverter.flaggedEntries(decision)).save(run, id);
        long now = System.currentTimeMillis();
        GateStatus status = GateStatus.of(decision.outcome());
        ApprovalRequest request = evaluation.approvalRequest().orElse(null);
        action.update(id, r -> {
            r.describeRange(checkout.getRepository(), read.getBase(), checkout.getHead(),
                    decision.range().status().isKnown(), decision.commitsInspected());
            r.describeEvaluation(decision.mode().spelling(), decision.policyFingerprint(),
                    decision.evidenceDigest(), decision.gatedCommits().size(), decision.quorumRule().orElse(null),
                    decision.reasons().stream().map(Enum::name).collect(Collectors.toList()),
                    request == null ? null : ApprovalTerms.from(request),
                    request == null ? 0 : request.deadlineMillis().orElse(0L), policy.onTimeout().spelling(),
                    step.getCredentialsId());
            if (status != GateStatus.PENDING) {
                r.decide(status, now, null);
            }
        });
        if (status == GateStatus.PENDING && SecurityPosture.approvalsImpossible()) {
            // nobody could approve with trust, so waiting would look like a gate that works: fail the step instead
            failClosed(action, id, listener, Messages.AiGateStepExecution_securityOff());
            return;
        }
        GateRunResult audited;
        try {
            // no decision without a durable audit record: a pass that cannot be audited fails closed
            audited = gate.record(evaluation);
        } catch (GateAudit.AuditFailure e) {
            failClosed(action, id, listener, e.getMessage());
            return;
        }
        Anchor anchor = audited.anchor().orElseThrow();
        action.update(id, r -> r.anchor(anchor.seq(), anchor.mac()));
        GateRecord saved = action.requireGate(id);
        if (status == GateStatus.PENDING) {
            // votes open only now: the evaluation is recorded and audited
            action.update(id, GateRecord::open);
            GateRecord open = action.requireGate(id);
            pause(run, node, listener, open, decision);
            GateEvents.pending(run, open);
            return;
        }
        listener.getLogger().println(status == GateStatus.OBSERVED
                ? Messages.AiGateStepExecution_observed(decision.gatedCommits().size(), decision.requiredApprovals())
                : Messages.AiGateStepExecution_passed(decision.commitsInspected()));
        audited.baselineFailure().ifPresent(e -> LOGGER.log(Level.WARNING, "could not record the baseline of "
                + baselineKey(run, saved), e));
        if (status == GateStatus.PASSED) {
            supersedeOlder(run, saved);
        }
        node.addAction(new GateDecisionAction(id, status));
        getContext().onSuccess(result(saved));
    }

    /**
     * Core's gate use case, given what Jenkins knows: the range the checkout recorded, the pull-request sources,
     * the build's starters, the controller's audit log and the baseline store. The evaluation's record carries the
     * job, build, repository, environment and start of the gate's record.
     */
    private GateRun gateRun(Run<?, ?> run, Policy policy, GateRecord started, CheckoutRecord checkout, RangeRead read,
            PullRequestEvidence pullRequests) {
        GateRun.Builder gate = GateRun.builder(policy, new RecordedCommits(run.getRootDir(), checkout, read))
                .knownPullRequests(pullRequests.known())
                .buildStarters(BuildFactsGatherer.buildStarters(run))
                .audit(GateAudit.sink(), AuditOrigin.PLUGIN, GateAudit.evaluationContext(run,
                        checkout.getRepository(), started.getEnvironment(), started.getStartedMillis()));
        pullRequests.lookup().ifPresent(lookup -> gate.pullRequests(lookup, pullRequests.budget()));
        if (checkout.getRepository() != null && checkout.getHead() != null) {
            gate.baselines(GatePolicies.baselines(), baselineKey(run, checkout.getRepository(),
                    started.getEnvironment()), run.getExternalizableId());
        }
        return gate.build();
    }

    /** The administrator's policy, tightened by the step's arguments; an attempt to loosen fails the step. */
    private Policy snapshotPolicy() throws AbortException {
        PolicyOverrides overrides = PolicyOverrides.builder()
                .requiredApprovals(step.getRequiredApprovals())
                .enforce(step.getEnforce())
                .build();
        try {
            return GatePolicies.current().tighten(overrides);
        } catch (InvalidPolicyException e) {
            throw new AbortException(Messages.AiGateStepExecution_loosening(e.problems().stream()
                    .map(PolicyProblem::message).collect(Collectors.joining("; "))));
        }
    }

    private static @CheckForNull RangeRead rangeFor(@CheckForNull CheckoutRecord checkout, String environment) {
        return checkout == null ? null : checkout.getRanges().stream()
                .filter(r -> r.getEnvironment().equals(environment)).findFirst().orElse(null);
    }

    private @CheckForNull CheckoutRecord findCheckout(Run<?, ?> run) {
        AiGateCheckoutsAction checkouts = run.getAction(AiGateCheckoutsAction.class);
        if (checkouts == null) {
            return null;
        }
        if (step.getRepository() != null) {
            return checkouts.find(step.getRepository());
        }
        CheckoutRecord only = checkouts.find(null);
        if (only != null) {
            return only;
        }
        // several repositories: the one the Pipeline itself was loaded from
        for (String url : BuildFactsGatherer.pipelineRepositories(run)) {
            CheckoutRecord own = checkouts.find(url);
            if (own != null) {
                return own;
            }
        }
        return null;
    }

    private String repositoryLabel() {
        return step.getRepository() == null ? Messages.AiGateStepExecution_pipelineRepository() : step.getRepository();
    }

    private static List<String> remotesOf(CheckoutRecord checkout) {
        List<String> urls = new ArrayList<>(checkout.getRemoteUrls());
        if (checkout.getRepository() != null && !urls.contains(checkout.getRepository())) {
            urls.add(checkout.getRepository());
        }
        return urls;
    }

    private void failClosed(AiGateRunAction action, String id, TaskListener listener, String why)
            throws IOException, AbortException {
        action.update(id, r -> r.failClosed(why, System.currentTimeMillis()));
        listener.getLogger().println(Messages.AiGateStepExecution_failedClosed(LogText.sanitize(why)));
        throw new AbortException(Messages.AiGateStepExecution_failedClosed(LogText.sanitize(why)));
    }

    private void pause(Run<?, ?> run, FlowNode node, TaskListener listener, GateRecord record, GateDecision decision)
            throws IOException {
        node.addAction(new PauseAction(Messages.AiGateStepExecution_pauseCause()));
        String url = '/' + run.getUrl() + "ai-gate/" + record.getId() + '/';
        listener.getLogger().println(Messages.AiGateStepExecution_waiting(decision.gatedCommits().size(),
                record.getRequiredApprovals()));
        int shown = 0;
        for (GatedCommit gated : decision.gatedCommits()) {
            if (shown++ == CONSOLE_COMMITS) {
                listener.getLogger().println("  " + Messages.AiGateStepExecution_more(
                        decision.gatedCommits().size() - CONSOLE_COMMITS));
                break;
            }
            Commit c = gated.commit();
            listener.getLogger().println("  " + c.shortId() + ' ' + LogText.sanitize(c.subject())
                    + (gated.assessment().tools().isEmpty() ? ""
                            : " [" + LogText.sanitize(String.join(", ", gated.assessment().tools())) + ']'));
        }
        listener.getLogger().println(HyperlinkNote.encodeTo(url, Messages.AiGateStepExecution_approvalLink()));
        armDeadline(record);
    }

    private void armDeadline(GateRecord record) {
        if (record.getDeadlineMillis() <= 0) {
            return;
        }
        long delay = Math.max(0, record.getDeadlineMillis() - System.currentTimeMillis());
        String id = record.getId();
        deadlineTimer = Timer.get().schedule(() -> {
            try {
                AiGateRunAction action = getContext().get(Run.class).getAction(AiGateRunAction.class);
                if (action != null) {
                    action.expireIfDue(id);
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                LOGGER.log(Level.WARNING, "could not expire " + id, e);
            }
        }, delay + 1000, TimeUnit.MILLISECONDS);
    }

    /**
     * Ends the wait as the saved record says. Idempotent: a vote, the timer and a resume may race to settle.
     */
    @Override
    public void settle(GateRecord decided) {
        if (!decided.getStatus().isDecided()) {
            return;
        }
        synchronized (this) {
            if (settled) {
                return;
            }
            settled = true;
        }
        ScheduledFuture<?> timer = deadlineTimer;
        if (timer != null) {
            timer.cancel(false);
        }
        // the vote's HTTP thread must not wait on the flow: finish on the timer pool
        Timer.get().submit(() -> finish(decided));
    }

    private void finish(GateRecord settledRecord) {
        GateRecord decided = settledRecord;
        try {
            Run<?, ?> run = getContext().get(Run.class);
            TaskListener listener = getContext().get(TaskListener.class);
            FlowNode node = getContext().get(FlowNode.class);
            PauseAction.endCurrentPause(node);
            node.addAction(new GateDecisionAction(decided.getId(), decided.getStatus()));
            AiGateRunAction action = AiGateRunAction.of(run);
            try {
                Anchor anchor = GateAudit.append(run, decided, GateEvidence.load(run, decided.getId()).getCommits());
                action.update(decided.getId(), r -> r.anchor(anchor.seq(), anchor.mac()));
                decided = action.requireGate(decided.getId());
            } catch (GateAudit.AuditFailure e) {
                LOGGER.log(Level.SEVERE, "AI Change Gate " + decided.getId() + " of " + run + " not audited", e);
                if (decided.getStatus().proceeds()) {
                    // an approval that cannot be audited does not count
                    listener.getLogger().println(Messages.AiGateStepExecution_failedClosed(e.getMessage()));
                    GateEvents.decided(run, decided);
                    getContext().onFailure(new AbortException(e.getMessage()));
                    return;
                }
            }
            GateEvents.decided(run, decided);
            String deciders = decided.getVotes().stream().map(VoteEntry::getUserId).collect(Collectors.joining(", "));
            switch (decided.getStatus()) {
                case APPROVED, OVERRIDDEN -> {
                    listener.getLogger().println(decided.getStatus() == GateStatus.APPROVED
                            ? Messages.AiGateStepExecution_approved(deciders)
                            : Messages.AiGateStepExecution_overridden(deciders));
                    recordApproval(run, decided);
                    getContext().onSuccess(result(decided));
                }
                case REJECTED -> {
                    VoteEntry rejection = decided.getVotes().stream().filter(v -> v.getType() == VoteKind.REJECT)
                            .reduce((a, b) -> b).orElse(null);
                    String by = rejection == null ? "?" : rejection.getUserId();
                    String why = rejection == null ? "" : rejection.getComment();
                    CauseOfInterruption cause = GateInterruption.rejected(decided.getId(), by, why);
                    listener.getLogger().println(cause.getShortDescription());
                    getContext().onFailure(new FlowInterruptedException(Result.ABORTED, cause));
                }
                case EXPIRED -> {
                    if ("fail".equals(decided.getOnTimeout())) {
                        getContext().onFailure(new AbortException(Messages.AiGateStepExecution_expiredFail(
                                decided.getId())));
                    } else {
                        getContext().onFailure(new FlowInterruptedException(Result.ABORTED,
                                GateInterruption.expired(decided.getId())));
                    }
                }
                case SUPERSEDED -> {
                    CauseOfInterruption cause = GateInterruption.superseded(decided.getId(),
                            decided.getDecidedBy() == null ? "?" : decided.getDecidedBy());
                    listener.getLogger().println(cause.getShortDescription());
                    getContext().onFailure(new FlowInterruptedException(Result.ABORTED, cause));
                }
                default -> getContext().onFailure(new AbortException(
                        Messages.AiGateStepExecution_closed(decided.getId(), decided.getStatus().name())));
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "could not settle " + decided.getId(), e);
            getContext().onFailure(e);
        }
    }

    /** An approved head is the next baseline; core's gate run records passed and observed ones itself. */
    private void recordApproval(Run<?, ?> run, GateRecord record) {
        if (record.getHeadCommit() == null || record.getRepository() == null) {
            return;
        }
        BaselineKey key = baselineKey(run, record);
        try {
            GatePolicies.baselines().record(key, new Baseline(record.getHeadCommit(), BaselineOutcome.APPROVED,
                    System.currentTimeMillis(), run.getExternalizableId()));
        } catch (BaselineStoreException e) {
            // the next gate then reads a longer range (or none): safe, so the deploy is not failed for it
            LOGGER.log(Level.WARNING, "could not record the baseline of " + key, e);
        }
        supersedeOlder(run, record);
    }

    private static BaselineKey baselineKey(Run<?, ?> run, GateRecord record) {
        return baselineKey(run, record.getRepository(), record.getEnvironment());
    }

    private static BaselineKey baselineKey(Run<?, ?> run, String repository, @CheckForNull String environment) {
        return new BaselineKey(run.getParent().getFullName(), repository, environment == null ? "" : environment);
    }

    /** Off the CPS thread (the step's background thread or the timer pool): reads a file, saves other builds. */
    private static void supersedeOlder(Run<?, ?> run, GateRecord record) {
        try {
            GateSupersession.supersedeOlder(run, record);
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "could not supersede gates older than " + record.getId() + " of " + run, e);
        }
    }

    /** The value {@code aiGate} returns: a plain map the Groovy sandbox lets scripts read. */
    static Map<String, Object> result(GateRecord record) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("decision", record.getStatus().name());
        map.put("flagged", record.getFlaggedCount());
        ArrayList<String> approvers = new ArrayList<>();
        for (VoteEntry vote : record.getVotes()) {
            if (vote.getType() != VoteKind.REJECT) {
                approvers.add(vote.getUserId());
            }
        }
        map.put("approvers", approvers);
        map.put("recordId", record.getId());
        map.put("auditSequence", record.getAuditSequence());
        return map;
    }

    /**
     * After any restart, graceful or not, the build's record says where the gate stands; this object may have
     * been saved at any point of the evaluation. No record (or one still evaluating) means the evaluation never
     * finished: it runs again. A pending gate waits on; a decided one settles.
     */
    @Override
    public void onResume() {
        try {
            Run<?, ?> run = getContext().get(Run.class);
            FlowNode node = getContext().get(FlowNode.class);
            AiGateRunAction action = run.getAction(AiGateRunAction.class);
            GateRecord record = action == null ? null
                    : gateId != null ? action.getGate(gateId) : action.getGateOfNode(node.getId());
            if (record == null && gateId != null) {
                getContext().onFailure(new AbortException(Messages.AiGateStepExecution_lost(gateId)));
            } else if (record == null || record.getStatus() == GateStatus.EVALUATING) {
                getContext().get(TaskListener.class).getLogger().println(Messages.AiGateStepExecution_resumed());
                evaluateInBackground();
            } else if (record.getStatus().isDecided()) {
                // decided while Jenkins was down (or between the save and the settlement)
                gateId = record.getId();
                settle(record);
            } else {
                gateId = record.getId();
                if (!action.expireIfDue(record.getId())) {
                    armDeadline(record);
                }
            }
        } catch (IOException | InterruptedException e) {
            getContext().onFailure(e);
        }
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        String id = gateId;
        if (id != null) {
            String by = null;
            if (cause instanceof FlowInterruptedException fie) {
                for (CauseOfInterruption c : fie.getCauses()) {
                    if (c instanceof CauseOfInterruption.UserInterruption u) {
                        by = u.getUserId();
                    }
                }
            }
            String stoppedBy = by;
            ScheduledFuture<?> timer = deadlineTimer;
            if (timer != null) {
                timer.cancel(false);
            }
            // stop() may run on the CPS VM thread: save and end the pause elsewhere
            Timer.get().submit(() -> {
                try {
                    AiGateRunAction action = getContext().get(Run.class).getAction(AiGateRunAction.class);
                    if (action != null) {
                        action.abort(id, stoppedBy);
                        GateRecord aborted = action.requireGate(id);
                        if (aborted.getStatus() == GateStatus.ABORTED) {
                            Run<?, ?> run = getContext().get(Run.class);
                            try {
                                Anchor anchor = GateAudit.append(run, aborted,
                                        GateEvidence.load(run, id).getCommits());
                                action.update(id, r -> r.anchor(anchor.seq(), anchor.mac()));
                            } catch (GateAudit.AuditFailure e) {
                                LOGGER.log(Level.WARNING, "the abort of " + id + " was not audited", e);
                            }
                            GateEvents.decided(run, action.requireGate(id));
                        }
                    }
                    PauseAction.endCurrentPause(getContext().get(FlowNode.class));
                } catch (IOException | InterruptedException | RuntimeException e) {
                    LOGGER.log(Level.WARNING, "could not record the abort of " + id, e);
                }
            });
        }
        Future<?> running = evaluation;
        if (running != null) {
            running.cancel(true);
        }
        super.stop(cause);
    }
}
