package io.jenkins.plugins.aigate.core.detection;

import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.pullrequest.CallBudget;
import io.jenkins.plugins.aigate.core.pullrequest.CommitLookup;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequest;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequestLookup;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Assesses one commit with the pull requests behind it, for the CLI and the plugin alike: the commit alone first;
 * when definitive evidence already flags it, no request is spent; otherwise its pull requests are looked up (within
 * the run's budget) and the commit is assessed again with them, so their evidence joins the commit's own.
 */
public final class PullRequestStage {
    private final PullRequestLookup lookup;
    private final CallBudget budget;

    /**
     * @param lookup the lookup
     * @param budget the run's budget, shared by every commit of the run
     */
    public PullRequestStage(PullRequestLookup lookup, CallBudget budget) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    /** One commit's assessment, the pull requests it was assessed with, and how its lookup ended. */
    public static final class Result {
        private final CommitAssessment assessment;
        private final List<PullRequest> pullRequests;
        private final CommitLookup lookup;

        Result(CommitAssessment assessment, List<PullRequest> pullRequests, CommitLookup lookup) {
            this.assessment = assessment;
            this.pullRequests = Collections.unmodifiableList(pullRequests);
            this.lookup = lookup;
        }

        public CommitAssessment assessment() {
            return assessment;
        }

        /** @return the pull requests the commit was assessed with: those looked up, then those already known */
        public List<PullRequest> pullRequests() {
            return pullRequests;
        }

        public CommitLookup lookup() {
            return lookup;
        }
    }

    /**
     * @param detector the detector
     * @param commit   the commit
     * @return the assessment, with pull-request evidence where there is any, and the lookup's outcome
     * @throws InterruptedIOException when the thread is interrupted while waiting for the SCM host
     */
    public Result assess(Detector detector, Commit commit) throws InterruptedIOException {
        return assess(detector, commit, List.of());
    }

    /**
     * @param detector the detector
     * @param commit   the commit
     * @param known    pull requests already known to be behind the commit (e.g. a multibranch build's own)
     * @return the assessment, with pull-request evidence where there is any, and the lookup's outcome
     * @throws InterruptedIOException when the thread is interrupted while waiting for the SCM host
     */
    public Result assess(Detector detector, Commit commit, List<PullRequest> known) throws InterruptedIOException {
        CommitAssessment alone = detector.assess(commit);
        boolean definitive = alone.strongest().map(c -> c == Confidence.DEFINITIVE).orElse(false);
        CommitLookup outcome;
        try {
            outcome = lookup.lookup(List.of(commit), c -> definitive, budget).forCommit(commit.id()).orElseThrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException failure = new InterruptedIOException("interrupted while looking up pull requests");
            failure.initCause(e);
            throw failure;
        }
        // Partial results of an unresolved lookup are used too: they can only add evidence.
        List<PullRequest> pullRequests = new ArrayList<>(outcome.pullRequests());
        for (PullRequest pullRequest : known) {
            if (!pullRequests.contains(pullRequest)) {
                pullRequests.add(pullRequest);
            }
        }
        CommitAssessment assessment = pullRequests.isEmpty() ? alone : detector.assess(commit, pullRequests);
        return new Result(assessment, pullRequests, outcome);
    }
}
