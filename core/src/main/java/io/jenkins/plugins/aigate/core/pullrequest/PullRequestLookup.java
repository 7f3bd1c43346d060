package io.jenkins.plugins.aigate.core.pullrequest;

import io.jenkins.plugins.aigate.core.commit.Commit;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds the pull requests behind commits on an SCM host. A deploy build on the main branch after a squash merge has
 * no pull-request context of its own, yet the pull request often carries the only AI marker (the head branch, the
 * author, a task link in the description, or the unsquashed commits).
 *
 * <p>Implementations live outside core (they need the network and a JSON parser); core keeps this contract so the
 * rules and the policy do not depend on any host. Implementations must not throw for a commit they cannot look up:
 * they record it as {@link LookupStatus#UNRESOLVED} with a reason, and the policy decides (fail closed).
 */
public interface PullRequestLookup {

    /**
     * Looks up every commit not skipped.
     *
     * @param commits the commits of the inspected range, in any order
     * @param skip    commits that need no lookup (e.g. already flagged by definitive evidence); they come back
     *                {@link LookupStatus#SKIPPED}
     * @param budget  the evaluation's call budget; once spent, the commits left come back unresolved with
     *                {@link UnresolvedReason#BUDGET_EXHAUSTED}
     * @return one outcome per commit, in the order given (a repeated commit once)
     * @throws InterruptedException when the calling thread is interrupted (e.g. the build was aborted)
     */
    LookupResult lookup(List<Commit> commits, Predicate<Commit> skip, CallBudget budget) throws InterruptedException;
}
