package io.jenkins.plugins.aigate.github;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the GitHub API is and how to talk to it: base URL, token, timeouts, retries and how long a rate limit may
 * be waited out. Immutable; build with {@link #builder()}. The token never appears in {@link #toString()}.
 */
public final class GitHubSettings {
    /** The public GitHub API. */
    public static final URI PUBLIC_API = URI.create("https://api.github.com");

    private final URI apiUrl;
    private final String token;
    private final Duration requestTimeout;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxRateLimitWait;
    private final int maxPullRequestsPerCommit;
    private final Clock clock;
    private final Sleeper sleeper;

    private GitHubSettings(Builder builder) {
        this.apiUrl = builder.apiUrl;
        this.token = builder.token;
        this.requestTimeout = builder.requestTimeout;
        this.maxAttempts = builder.maxAttempts;
        this.initialBackoff = builder.initialBackoff;
        this.maxRateLimitWait = builder.maxRateLimitWait;
        this.maxPullRequestsPerCommit = builder.maxPullRequestsPerCommit;
        this.clock = builder.clock;
        this.sleeper = builder.sleeper;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks and normalises an API base URL: {@code https} (plain {@code http} only to a loopback address, for
     * tests and local proxies), no query, fragment or user info, no trailing slash.
     *
     * @param text the URL, e.g. {@code https://api.github.com} or {@code https://github.example.com/api/v3}
     * @return the normalised URL
     * @throws IllegalArgumentException with a message saying what is wrong
     */
    public static URI parseApiUrl(String text) {
        Objects.requireNonNull(text, "apiUrl");
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: '" + text + "'", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("the GitHub API URL must be https://HOST[/PATH], got '" + text + "'");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException(
                    "the GitHub API URL must use https (the token would travel in clear text): '" + text + "'");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "the GitHub API URL must not carry user info, a query or a fragment: '" + text + "'");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return URI.create(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path);
    }

    private static boolean isLoopback(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Literal addresses only: no name resolution happens for a configuration check.
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** @return the API base, without a trailing slash */
    public URI apiUrl() {
        return apiUrl;
    }

    /** @return the token, absent for anonymous access (60 requests an hour on github.com) */
    public Optional<String> token() {
        return Optional.ofNullable(token);
    }

    /** @return how long one request may take, headers and body together */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** @return how often a request is tried when the server errs (5xx) or times out */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the wait before the first retry; it doubles with each further retry */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** @return the longest wait for a rate limit to reset; a later reset fails the lookup with a clear error */
    public Duration maxRateLimitWait() {
        return maxRateLimitWait;
    }

    /** @return how many associated pull requests one commit may have before it counts as unresolved */
    public int maxPullRequestsPerCommit() {
        return maxPullRequestsPerCommit;
    }

    public Clock clock() {
        return clock;
    }

    public Sleeper sleeper() {
        return sleeper;
    }

    @Override
    public String toString() {
        return "GitHubSettings[" + apiUrl + (token == null ? ", anonymous" : ", token") + ", timeout "
                + requestTimeout + ", attempts " + maxAttempts + "]";
    }

    /** Collects settings; defaults suit a Jenkins controller talking to github.com. */
    public static final class Builder {
        private URI apiUrl = PUBLIC_API;
        private String token;
        private Duration requestTimeout = Duration.ofSeconds(20);
        private int maxAttempts = 3;
        private Duration initialBackoff = Duration.ofSeconds(1);
        private Duration maxRateLimitWait = Duration.ofSeconds(90);
        private int maxPullRequestsPerCommit = 100;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;

        private Builder() {
        }

        /** @param value the API base URL, checked with {@link GitHubSettings#parseApiUrl(String)} */
        public Builder apiUrl(String value) {
            this.apiUrl = parseApiUrl(value);
            return this;
        }

        public Builder apiUrl(URI value) {
            return apiUrl(value.toString());
        }

        /** @param value a token, or {@code null} or blank for anonymous access */
        public Builder token(String value) {
            this.token = value == null || value.isBlank() ? null : value.trim();
            if (token != null && (token.indexOf('\n') >= 0 || token.indexOf('\r') >= 0)) {
                throw new IllegalArgumentException("the GitHub token contains a line break");
            }
            return this;
        }

        public Builder requestTimeout(Duration value) {
            this.requestTimeout = positive(value, "requestTimeout");
            return this;
        }

        public Builder maxAttempts(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, was " + value);
            }
            this.maxAttempts = value;
            return this;
        }

        public Builder initialBackoff(Duration value) {
            this.initialBackoff = nonNegative(value, "initialBackoff");
            return this;
        }

        public Builder maxRateLimitWait(Duration value) {
            this.maxRateLimitWait = nonNegative(value, "maxRateLimitWait");
            return this;
        }

        public Builder maxPullRequestsPerCommit(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxPullRequestsPerCommit must be at least 1, was " + value);
            }
            this.maxPullRequestsPerCommit = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        public GitHubSettings build() {
            return new GitHubSettings(this);
        }

        private static Duration positive(Duration value, String what) {
            if (value == null || value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(what + " must be positive, was " + value);
            }
            return value;
        }

        private static Duration nonNegative(Duration value, String what) {
            if (value == null || value.isNegative()) {
                throw new IllegalArgumentException(what + " must not be negative, was " + value);
            }
            return value;
        }
    }
}
