package io.jenkins.plugins.aigate.core.gate;

import io.jenkins.plugins.aigate.core.approval.ApprovalRequest;
import io.jenkins.plugins.aigate.core.audit.Anchor;
import io.jenkins.plugins.aigate.core.audit.AuditEntry;
import io.jenkins.plugins.aigate.core.audit.AuditOrigin;
import io.jenkins.plugins.aigate.core.audit.AuditSink;
import io.jenkins.plugins.aigate.core.audit.GateRecords;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import io.jenkins.plugins.aigate.core.detection.CommitAssessor;
import io.jenkins.plugins.aigate.core.detection.Detector;
import io.jenkins.plugins.aigate.core.evaluation.ApprovalRequests;
import io.jenkins.plugins.aigate.core.evaluation.GateDecision;
import io.jenkins.plugins.aigate.core.evaluation.GateEvaluator;
import io.jenkins.plugins.aigate.core.evaluation.GatedCommit;
import io.jenkins.plugins.aigate.core.lifecycle.GateState;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.core.pullrequest.CallBudget;
import io.jenkins.plugins.aigate.core.pullrequest.CommitLookup;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequest;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequestLookup;
import io.jenkins.plugins.aigate.core.range.Baseline;
import io.jenkins.plugins.aigate.core.range.BaselineKey;
import io.jenkins.plugins.aigate.core.range.BaselineOutcome;
import io.jenkins.plugins.aigate.core.range.BaselineStore;
import io.jenkins.plugins.aigate.core.range.BaselineStoreException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * One gate, the same for the CLI and the pipeline step: read the range from its {@link CommitSource}, assess each
 * commit (with its pull requests when a lookup is given), apply the policy, say whom a required approval asks,
 * append the evaluation to the {@link AuditSink}, and record a passed or observed head as the next baseline. The
 * hosts only translate: their inputs into these interfaces, the {@link GateRunResult} into a report or a build.
 *
 * <p>{@link #run()} does it all. A host that must keep its own record of the evaluation before it is audited (the
 * plugin's build record) calls {@link #evaluate()} and then {@link #record(GateEvaluation)}. Waiting for votes, and
 * the baseline an approval records, stay with the host: they outlive this object.
 */
public final class GateRun {
    private final Policy policy;
    private final CommitSource commits;
    private final PullRequestLookup lookup;
    private final CallBudget budget;
    private final List<PullRequest> knownPullRequests;
    private final List<String> buildStarters;
    private final AuditSink auditSink;
    private final AuditOrigin auditOrigin;
    private final AuditContext auditContext;
    private final BaselineStore baselines;
    private final BaselineKey baselineKey;
    private final String build;
    private final LongSupplier clock;

    private GateRun(Builder b) {
        this.policy = b.policy;
        this.commits = b.commits;
        this.lookup = b.lookup;
        this.budget = b.budget;
        this.knownPullRequests = List.copyOf(b.knownPullRequests);
        this.buildStarters = List.copyOf(b.buildStarters);
        this.auditSink = b.auditSink;
        this.auditOrigin = b.auditOrigin;
        this.auditContext = b.auditContext;
        this.baselines = b.baselines;
        this.baselineKey = b.baselineKey;
        this.build = b.build;
        this.clock = b.clock;
    }

    /**
     * @param policy  the policy snapshot in force for this gate
     * @param commits where the range's commits come from
     * @return a builder; without more, a run that looks nothing up, audits nothing and records no baseline
     */
    public static Builder builder(Policy policy, CommitSource commits) {
        return new Builder(policy, commits);
    }

    /**
     * Evaluates, audits and records the baseline: {@code record(evaluate())}.
     *
     * @return the decision, whom it asks, and what was recorded
     * @throws IOException          when the commits cannot be read, or the evaluation could not be audited
     * @throws InterruptedException when interrupted while waiting for the SCM host
     */
    public GateRunResult run() throws IOException, InterruptedException {
        return record(evaluate());
    }

    /**
     * Reads the range, assesses each commit and applies the policy; records nothing.
     *
     * @return the decision, the approval request when it requires one, and how each lookup ended
     * @throws IOException          when the commits cannot be read
     * @throws InterruptedException when interrupted while waiting for the SCM host
     */
    public GateEvaluation evaluate() throws IOException, InterruptedException {
        // the snapshot's own detection settings: the audited fingerprint names exactly what detected
        Detector detecting = Detector.create(policy.detectionSettings());
        CommitAssessor assessor = lookup == null ? CommitAssessor.alone(detecting)
                : CommitAssessor.withPullRequests(detecting, lookup, budget);
        RangeCommits read = commits.read(policy.maxCommits());
        List<CommitAssessment> assessments = new ArrayList<>();
        List<CommitLookup> lookups = new ArrayList<>();
        Map<String, List<PullRequest>> pullRequests = new HashMap<>();
        for (Commit commit : read.commits()) {
            CommitAssessor.Result result;
            try {
                result = assessor.assess(commit, knownPullRequests);
            } catch (InterruptedIOException e) {
                InterruptedException interrupted = new InterruptedException(e.getMessage());
                interrupted.initCause(e);
                throw interrupted;
            }
            assessments.add(result.assessment());
            result.lookup().ifPresent(lookups::add);
            pullRequests.put(commit.id(), result.pullRequests());
        }
        GateDecision decision = GateEvaluator.evaluate(policy, assessments, read.range(), lookups);
        // core turns the policy snapshot and the decision into who may approve and who may not (separation of duties)
        ApprovalRequest request = decision.requiresApproval()
                ? ApprovalRequests.from(policy, decision, buildStarters, pullRequestAuthors(decision, pullRequests),
                        clock.getAsLong())
                : null;
        return new GateEvaluation(decision, request, lookups);
    }

    /**
     * Appends the evaluation to the audit sink, then records a passed or observed head as the next baseline: no
     * baseline moves without a durable record of why.
     *
     * @param evaluation this run's evaluation
     * @return the evaluation and what was recorded
     * @throws IOException when the audit sink could not make the record durable; nothing else is recorded then
     */
    public GateRunResult record(GateEvaluation evaluation) throws IOException {
        GateDecision decision = evaluation.decision();
        AuditEntry audited = null;
        Anchor anchor = null;
        if (auditSink != null) {
            audited = auditContext.describe(GateRecords.evaluation(decision, auditOrigin)).build();
            anchor = auditSink.append(audited);
        }
        BaselineOutcome outcome = decision.outcome() == GateState.PASS ? BaselineOutcome.PASSED
                : decision.outcome() == GateState.OBSERVED ? BaselineOutcome.OBSERVED : null;
        Baseline baseline = null;
        BaselineStoreException baselineFailure = null;
        if (baselines != null && outcome != null) {
            Baseline next = new Baseline(decision.range().head(), outcome, clock.getAsLong(), build);
            try {
                baselines.record(baselineKey, next);
                baseline = next;
            } catch (BaselineStoreException e) {
                baselineFailure = e;
            }
        }
        return new GateRunResult(evaluation, audited, anchor, baseline, baselineFailure);
    }

    /**
     * The people separation of duties bars: the authors of the pull requests behind the commits approvers vouch for
     * (every commit when the range itself is in question), in first-seen order.
     */
    private static List<String> pullRequestAuthors(GateDecision decision, Map<String, List<PullRequest>> byCommit) {
        List<String> ids = new ArrayList<>();
        if (decision.rangeInQuestion()) {
            for (CommitAssessment assessment : decision.assessments()) {
                ids.add(assessment.commit().id());
            }
        } else {
            for (GatedCommit gated : decision.gatedCommits()) {
                ids.add(gated.commit().id());
            }
        }
        Set<String> logins = new LinkedHashSet<>();
        for (String id : ids) {
            for (PullRequest pullRequest : byCommit.getOrDefault(id, List.of())) {
                logins.add(pullRequest.authorLogin());
            }
        }
        return new ArrayList<>(logins);
    }

    /** Assembles a {@link GateRun}; each part is an interface the host implements or adapts. */
    public static final class Builder {
        private final Policy policy;
        private final CommitSource commits;
        private PullRequestLookup lookup;
        private CallBudget budget;
        private List<PullRequest> knownPullRequests = List.of();
        private Collection<String> buildStarters = List.of();
        private AuditSink auditSink;
        private AuditOrigin auditOrigin;
        private AuditContext auditContext;
        private BaselineStore baselines;
        private BaselineKey baselineKey;
        private String build;
        private LongSupplier clock = System::currentTimeMillis;

        private Builder(Policy policy, CommitSource commits) {
            this.policy = Objects.requireNonNull(policy, "policy");
            this.commits = Objects.requireNonNull(commits, "commits");
        }

        /**
         * Looks up each commit's pull requests, which then join its evidence.
         *
         * @param value  the lookup
         * @param budget the run's call budget; commits left when it is spent stay unresolved
         */
        public Builder pullRequests(PullRequestLookup value, CallBudget budget) {
            this.lookup = Objects.requireNonNull(value, "lookup");
            this.budget = Objects.requireNonNull(budget, "budget");
            return this;
        }

        /** Pull requests known to be behind every commit (a multibranch build's own), with or without a lookup. */
        public Builder knownPullRequests(List<PullRequest> value) {
            this.knownPullRequests = List.copyOf(value);
            return this;
        }

        /** Who started the build (replays and upstream triggers included): separation of duties bars them. */
        public Builder buildStarters(Collection<String> value) {
            this.buildStarters = List.copyOf(value);
            return this;
        }

        /**
         * Appends the evaluation to {@code sink}; without a sink nothing is audited.
         *
         * @param sink    where the record goes
         * @param origin  who writes it
         * @param context the host's facts the record carries
         */
        public Builder audit(AuditSink sink, AuditOrigin origin, AuditContext context) {
            this.auditSink = Objects.requireNonNull(sink, "sink");
            this.auditOrigin = Objects.requireNonNull(origin, "origin");
            this.auditContext = Objects.requireNonNull(context, "context");
            return this;
        }

        /**
         * Records a passed or observed head as the next baseline of {@code key}.
         *
         * @param store where baselines are kept
         * @param key   whose baseline
         * @param value the build that let the head through, or {@code null}
         */
        public Builder baselines(BaselineStore store, BaselineKey key, String value) {
            this.baselines = Objects.requireNonNull(store, "store");
            this.baselineKey = Objects.requireNonNull(key, "key");
            this.build = value;
            return this;
        }

        /** The clock for the approval deadline and the baseline's time; the system clock by default. */
        public Builder clock(LongSupplier value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public GateRun build() {
            return new GateRun(this);
        }
    }
}
