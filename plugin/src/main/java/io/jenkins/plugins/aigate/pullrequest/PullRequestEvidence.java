package io.jenkins.plugins.aigate.pullrequest;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.aigate.core.pullrequest.CallBudget;
import io.jenkins.plugins.aigate.core.pullrequest.CommitLookup;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequest;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequestLookup;
import io.jenkins.plugins.aigate.gate.LogText;
import java.util.List;
import java.util.Optional;

/**
 * Where one gate's pull-request evidence comes from, in Jenkins: the pull request a multibranch job builds, and the
 * GitHub lookup (within the gate's call budget) for the checkout's repository. Core's gate run assesses the commits
 * with them; this class only gathers them and reports in the build log how the lookups ended.
 */
public final class PullRequestEvidence {
    /** The most API requests one gate may send; commits left when it is spent are unresolved. */
    static final int CALL_BUDGET = 500;

    private final PullRequestLookup lookup;
    private final CallBudget budget;
    private final List<PullRequest> known;

    private PullRequestEvidence(@CheckForNull PullRequestLookup lookup, CallBudget budget, List<PullRequest> known) {
        this.lookup = lookup;
        this.budget = budget;
        this.known = List.copyOf(known);
    }

    /**
     * @param run        the build
     * @param remoteUrls the checkout's remote URLs (the repository is inferred from them, on the configured host only)
     * @param listener   the build log
     * @return the gate's pull-request sources
     * @throws PullRequestSetupException when lookups are configured but the credential or URL is unusable
     */
    public static PullRequestEvidence gather(Run<?, ?> run, List<String> remoteUrls, TaskListener listener)
            throws PullRequestSetupException {
        Optional<PullRequest> built = ChangeRequestMetadata.of(run.getParent());
        built.ifPresent(pr -> listener.getLogger().println(Messages.PullRequestEvidence_changeRequest(
                pr.number(), pr.authorLogin())));
        Optional<PullRequestLookup> lookup = GitHubAccess.forRemotes(remoteUrls);
        if (lookup.isEmpty() && GitHubAccess.configured()) {
            listener.getLogger().println(Messages.PullRequestEvidence_noRepository());
        }
        return new PullRequestEvidence(lookup.orElse(null), new CallBudget(CALL_BUDGET),
                built.map(List::of).orElse(List.of()));
    }

    /** @return the GitHub lookup for the checkout's repository, if one is configured and the repository is on it */
    public Optional<PullRequestLookup> lookup() {
        return Optional.ofNullable(lookup);
    }

    /** @return the gate's call budget */
    public CallBudget budget() {
        return budget;
    }

    /** @return the pull request the build is for (a multibranch change request), which joins every commit's evidence */
    public List<PullRequest> known() {
        return known;
    }

    /**
     * Prints how the lookups ended, and why each unresolved one stayed so; nothing without a lookup.
     *
     * @param lookups  each commit's lookup outcome
     * @param listener the build log
     */
    public void report(List<CommitLookup> lookups, TaskListener listener) {
        if (lookup == null) {
            return;
        }
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
}
