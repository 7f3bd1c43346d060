package io.jenkins.plugins.aigate.pullrequest;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import io.jenkins.plugins.aigate.core.detection.Detector;
import io.jenkins.plugins.aigate.core.detection.PullRequestStage;
import io.jenkins.plugins.aigate.core.evaluation.GateDecision;
import io.jenkins.plugins.aigate.core.evaluation.GatedCommit;
import io.jenkins.plugins.aigate.core.pullrequest.CallBudget;
import io.jenkins.plugins.aigate.core.pullrequest.CommitLookup;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequest;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequestLookup;
import io.jenkins.plugins.aigate.gate.LogText;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assesses the commits of one gate together with the pull requests behind them: the commit alone first; a commit
 * already flagged by definitive evidence costs no request; otherwise its pull requests (looked up on GitHub within
 * the gate's call budget, plus the pull request a multibranch job builds) join its evidence. Runs where the step
 * evaluates, off the CPS VM thread: it does network I/O.
 */
public final class PullRequestEvidence {
    /** The most API requests one gate may send; commits left when it is spent are unresolved. */
    static final int CALL_BUDGET = 500;

    private final List<CommitAssessment> assessments;
    private final List<CommitLookup> lookups;
    private final Map<String, List<PullRequest>> byCommit;

    private PullRequestEvidence(List<CommitAssessment> assessments, List<CommitLookup> lookups,
            Map<String, List<PullRequest>> byCommit) {
        this.assessments = Collections.unmodifiableList(assessments);
        this.lookups = Collections.unmodifiableList(lookups);
        this.byCommit = byCommit;
    }

    /**
     * @param run        the build
     * @param remoteUrls the checkout's remote URLs (the repository is inferred from them, on the configured host only)
     * @param commits    the commits of the range, in range order
     * @param detector   the policy's detector
     * @param listener   the build log
     * @return the assessments with pull-request evidence, and how each lookup ended
     * @throws PullRequestSetupException when lookups are configured but the credential or URL is unusable
     * @throws InterruptedException      when the build is interrupted while waiting for GitHub
     */
    public static PullRequestEvidence collect(Run<?, ?> run, List<String> remoteUrls, List<Commit> commits,
            Detector detector, TaskListener listener) throws PullRequestSetupException, InterruptedException {
        Optional<PullRequest> built = ChangeRequestMetadata.of(run.getParent());
        built.ifPresent(pr -> listener.getLogger().println(Messages.PullRequestEvidence_changeRequest(
                pr.number(), pr.authorLogin())));
        Optional<PullRequestLookup> lookup = GitHubAccess.forRemotes(remoteUrls);
        if (lookup.isEmpty() && GitHubAccess.configured()) {
            listener.getLogger().println(Messages.PullRequestEvidence_noRepository());
        }
        CallBudget budget = new CallBudget(CALL_BUDGET);
        List<CommitAssessment> assessments = new ArrayList<>();
        List<CommitLookup> lookups = new ArrayList<>();
        Map<String, List<PullRequest>> byCommit = new HashMap<>();
        PullRequestStage stage = lookup.map(l -> new PullRequestStage(l, budget)).orElse(null);
        List<PullRequest> known = built.map(List::of).orElse(List.of());
        for (Commit commit : commits) {
            if (stage == null) {
                byCommit.put(commit.id(), known);
                assessments.add(known.isEmpty() ? detector.assess(commit) : detector.assess(commit, known));
                continue;
            }
            PullRequestStage.Result result;
            try {
                result = stage.assess(detector, commit, known);
            } catch (InterruptedIOException e) {
                InterruptedException interrupted = new InterruptedException(e.getMessage());
                interrupted.initCause(e);
                throw interrupted;
            }
            lookups.add(result.lookup());
            byCommit.put(commit.id(), result.pullRequests());
            assessments.add(result.assessment());
        }
        if (lookup.isPresent()) {
            long unresolved = lookups.stream().filter(CommitLookup::isUnresolved).count();
            listener.getLogger().println("AI Change Gate: " + Messages.PullRequestEvidence_lookups(
                    lookups.size(), budget.used(), unresolved));
            // why each stayed unresolved (the server's words are not trusted text)
            for (CommitLookup outcome : lookups) {
                if (outcome.isUnresolved()) {
                    listener.getLogger().println("  " + outcome.commitId().substring(0,
                            Math.min(12, outcome.commitId().length())) + ' '
                            + outcome.reason().map(Enum::name).orElse("") + ": "
                            + LogText.sanitize(outcome.message().orElse("")));
                }
            }
        }
        return new PullRequestEvidence(assessments, lookups, byCommit);
    }

    /** @return every commit's assessment, in range order */
    public List<CommitAssessment> assessments() {
        return assessments;
    }

    /** @return how each lookup ended; the unresolved ones follow the policy's {@code unresolvedPullRequest} */
    public List<CommitLookup> lookups() {
        return lookups;
    }

    /**
     * The people separation of duties bars: the authors of the pull requests behind the commits approvers vouch
     * for (every commit when the range itself is in question).
     *
     * @param decision the gate's decision
     * @return SCM logins, in first-seen order
     */
    public List<String> pullRequestAuthors(GateDecision decision) {
        List<String> ids = new ArrayList<>();
        if (decision.rangeInQuestion()) {
            for (CommitAssessment assessment : assessments) {
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
}
