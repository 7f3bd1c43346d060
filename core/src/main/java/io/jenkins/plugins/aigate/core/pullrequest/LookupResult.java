package io.jenkins.plugins.aigate.core.pullrequest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The outcome of one lookup: one {@link CommitLookup} per commit asked about, in the order asked. */
public final class LookupResult {
    private final Map<String, CommitLookup> byCommit;
    private final int callsUsed;

    /**
     * @param outcomes  one outcome per commit, in order; a commit id may appear once
     * @param callsUsed how many requests the lookup sent
     */
    public LookupResult(List<CommitLookup> outcomes, int callsUsed) {
        Map<String, CommitLookup> map = new LinkedHashMap<>();
        for (CommitLookup outcome : outcomes) {
            if (map.put(outcome.commitId(), outcome) != null) {
                throw new IllegalArgumentException("two outcomes for commit " + outcome.commitId());
            }
        }
        this.byCommit = Collections.unmodifiableMap(map);
        this.callsUsed = callsUsed;
    }

    /** @return every outcome in the order the commits were given */
    public List<CommitLookup> outcomes() {
        return new ArrayList<>(byCommit.values());
    }

    /** @return the outcome for a commit, if it was part of the lookup */
    public Optional<CommitLookup> forCommit(String commitId) {
        return Optional.ofNullable(byCommit.get(Objects.requireNonNull(commitId, "commitId")));
    }

    /**
     * @return the pull requests known for a commit; empty when it had none, was skipped, or was not asked about.
     *     Partial results of an unresolved lookup are included: they can only add evidence.
     */
    public List<PullRequest> pullRequestsOf(String commitId) {
        CommitLookup outcome = byCommit.get(commitId);
        return outcome == null ? List.of() : outcome.pullRequests();
    }

    /** @return the outcomes that stayed unresolved */
    public List<CommitLookup> unresolved() {
        List<CommitLookup> result = new ArrayList<>();
        for (CommitLookup outcome : byCommit.values()) {
            if (outcome.isUnresolved()) {
                result.add(outcome);
            }
        }
        return result;
    }

    /**
     * The people separation of duties must keep from approving: whoever opened a pull request behind a gated commit
     * ran the agent or assigned it.
     *
     * @param commitIds the commits in question (e.g. the gated ones)
     * @return the distinct author logins of their pull requests, in the order met
     */
    public List<String> pullRequestAuthors(Collection<String> commitIds) {
        Set<String> logins = new LinkedHashSet<>();
        for (String id : commitIds) {
            for (PullRequest pullRequest : pullRequestsOf(id)) {
                logins.add(pullRequest.authorLogin());
            }
        }
        return new ArrayList<>(logins);
    }

    public int callsUsed() {
        return callsUsed;
    }

    @Override
    public String toString() {
        return byCommit.values() + " (" + callsUsed + " calls)";
    }
}
