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
import java.util.Optional;

/**
 * Assesses commits one by one, with the pull requests behind them when a lookup is given, for the gate and the scan
 * alike: the commit alone first; when definitive evidence already flags it, no request is spent; otherwise its pull
 * requests are looked up (within the run's budget) and the commit is assessed again with them, so their evidence
 * joins the commit's own. Pull requests already known (a multibranch build's own) join with or without a lookup.
 */
public final class CommitAssessor {
    private final Detector detector;
    private final PullRequestLookup lookup;
    private final CallBudget budget;

    private CommitAssessor(Detector detector, PullRequestLookup lookup, CallBudget budget) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.lookup = lookup;
        this.budget = budget;
    }

    /** @return an assessor that looks nothing up */
    public static CommitAssessor alone(Detector detector) {
        return new CommitAssessor(detector, null, null);
    }

    /**
     * @param detector the detector
     * @param lookup   the lookup
     * @param budget   the run's budget, shared by every commit of the run
     * @return an assessor that looks up each commit's pull requests
     */
    public static CommitAssessor withPullRequests(Detector detector, PullRequestLookup lookup, CallBudget budget) {
        return new CommitAssessor(detector, Objects.requireNonNull(lookup, "lookup"),
                Objects.requireNonNull(budget, "budget"));
    }

    /** @return whether each commit's pull requests are looked up */
    public boolean looksUpPullRequests() {
        return lookup != null;
    }

    /** One commit's assessment, the pull requests it was assessed with, and how its lookup ended, if it had one. */
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

        /** @return how the commit's lookup ended; empty when the assessor looks nothing up */
        public Optional<CommitLookup> lookup() {
            return Optional.ofNullable(lookup);
        }
    }

    /**
     * @param commit the commit
     * @return the assessment, with pull-request evidence where there is any, and the lookup's outcome
     * @throws InterruptedIOException when the thread is interrupted while waiting for the SCM host
     */
    public Result assess(Commit commit) throws InterruptedIOException {
        return assess(commit, List.of());
    }

    /**
     * @param commit the commit
     * @param known  pull requests already known to be behind the commit (e.g. a multibranch build's own)
     * @return the assessment, with pull-request evidence where there is any, and the lookup's outcome
     * @throws InterruptedIOException when the thread is interrupted while waiting for the SCM host
     */
    public Result assess(Commit commit, List<PullRequest> known) throws InterruptedIOException {
        if (lookup == null) {
            return new Result(known.isEmpty() ? detector.assess(commit) : detector.assess(commit, known),
                    new ArrayList<>(known), null);
        }
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
