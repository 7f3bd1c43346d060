package io.jenkins.plugins.aigate.core.pullrequest;

/**
 * Why the pull requests behind a commit could not be established. Codes rather than prose, so the plugin can
 * localise them; the outcome carries a technical message beside the code.
 */
public enum UnresolvedReason {
    /** The evaluation's call budget was spent before this commit was looked up. */
    BUDGET_EXHAUSTED,
    /** The host's rate limit is exhausted and resets too late to wait for. */
    RATE_LIMITED,
    /** A pull request has at least as many commits as the host lists (250 on GitHub), so some may be missing. */
    TOO_MANY_COMMITS,
    /** The host kept answering with server errors (5xx) after every retry. */
    SERVER_ERROR,
    /** The host did not answer in time, after every retry. */
    TIMEOUT,
    /** The host could not be reached at all (connection refused, TLS failure, reset). */
    CONNECTION_FAILED,
    /** The host refused the credentials (401) or denied access (403 without a rate limit). */
    ACCESS_DENIED,
    /** The repository or commit is unknown to the host (404, 422). */
    NOT_FOUND,
    /** The host redirected to another host or scheme; the request was not followed, so the token stayed home. */
    REDIRECT_REFUSED,
    /** The host answered with something that is not the documented shape. */
    MALFORMED_RESPONSE,
    /** Any other unexpected answer. */
    UNEXPECTED_RESPONSE
}
