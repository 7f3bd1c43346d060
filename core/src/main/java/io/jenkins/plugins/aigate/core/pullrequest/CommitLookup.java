package io.jenkins.plugins.aigate.core.pullrequest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of looking up one commit's pull requests: resolved with every associated pull request (a backport
 * or a stack can give several, and the evidence is their union), unresolved with a reason, or skipped.
 */
public final class CommitLookup {
    private final String commitId;
    private final LookupStatus status;
    private final List<PullRequest> pullRequests;
    private final UnresolvedReason reason;
    private final String message;

    private CommitLookup(String commitId, LookupStatus status, List<PullRequest> pullRequests,
            UnresolvedReason reason, String message) {
        this.commitId = Objects.requireNonNull(commitId, "commitId");
        this.status = status;
        this.pullRequests = Collections.unmodifiableList(new ArrayList<>(pullRequests));
        this.reason = reason;
        this.message = message;
    }

    /**
     * @param commitId     the commit's full id
     * @param pullRequests every pull request the host associates with it; empty for a direct push
     * @return a resolved outcome
     */
    public static CommitLookup resolved(String commitId, List<PullRequest> pullRequests) {
        return new CommitLookup(commitId, LookupStatus.RESOLVED, pullRequests, null, null);
    }

    /**
     * @param commitId     the commit's full id
     * @param reason       why it stays unresolved
     * @param message      a technical explanation for logs and the JSON report (not localised)
     * @param pullRequests what was learned before the failure (may help approvers; never counts as complete)
     * @return an unresolved outcome
     */
    public static CommitLookup unresolved(String commitId, UnresolvedReason reason, String message,
            List<PullRequest> pullRequests) {
        return new CommitLookup(commitId, LookupStatus.UNRESOLVED, pullRequests,
                Objects.requireNonNull(reason, "reason"), Objects.requireNonNull(message, "message"));
    }

    /** @return an outcome for a commit the caller asked not to look up */
    public static CommitLookup skipped(String commitId) {
        return new CommitLookup(commitId, LookupStatus.SKIPPED, List.of(), null, null);
    }

    public String commitId() {
        return commitId;
    }

    public LookupStatus status() {
        return status;
    }

    public boolean isResolved() {
        return status == LookupStatus.RESOLVED;
    }

    public boolean isUnresolved() {
        return status == LookupStatus.UNRESOLVED;
    }

    /** @return the pull requests found: complete when resolved, partial (possibly empty) when unresolved */
    public List<PullRequest> pullRequests() {
        return pullRequests;
    }

    /** @return the reason, present exactly when unresolved */
    public Optional<UnresolvedReason> reason() {
        return Optional.ofNullable(reason);
    }

    /** @return the technical explanation, present exactly when unresolved */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CommitLookup)) {
            return false;
        }
        CommitLookup that = (CommitLookup) o;
        return commitId.equals(that.commitId) && status == that.status && pullRequests.equals(that.pullRequests)
                && reason == that.reason && Objects.equals(message, that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(commitId, status, pullRequests, reason, message);
    }

    @Override
    public String toString() {
        return commitId + " " + status + (reason == null ? " " + pullRequests : " " + reason + ": " + message);
    }
}
