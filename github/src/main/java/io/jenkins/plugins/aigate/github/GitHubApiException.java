package io.jenkins.plugins.aigate.github;

import io.jenkins.plugins.aigate.core.pullrequest.UnresolvedReason;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A request to the GitHub API failed for good (after retries and redirects), with the reason as a code. */
final class GitHubApiException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Failures that would hit every further request too, so the lookup stops instead of repeating them. */
    private static final Set<UnresolvedReason> HOST_WIDE = EnumSet.of(UnresolvedReason.BUDGET_EXHAUSTED,
            UnresolvedReason.RATE_LIMITED, UnresolvedReason.ACCESS_DENIED, UnresolvedReason.REDIRECT_REFUSED,
            UnresolvedReason.SERVER_ERROR, UnresolvedReason.TIMEOUT, UnresolvedReason.CONNECTION_FAILED);

    private final UnresolvedReason reason;

    GitHubApiException(UnresolvedReason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    GitHubApiException(UnresolvedReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    UnresolvedReason reason() {
        return reason;
    }

    /** @return whether further requests to the host are pointless after a failure for this reason */
    static boolean isHostWide(UnresolvedReason reason) {
        return HOST_WIDE.contains(reason);
    }
}
