package io.jenkins.plugins.aigate.core.pullrequest;

/** What a pull-request lookup established for one commit. */
public enum LookupStatus {
    /** The host answered: the commit's pull requests are known (possibly none, for a direct push). */
    RESOLVED,
    /** The pull requests could not be established; the policy's {@code unresolvedPullRequest} decides. */
    UNRESOLVED,
    /** The caller asked for no lookup, e.g. because definitive evidence already flags the commit. */
    SKIPPED
}
