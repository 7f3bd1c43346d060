package io.jenkins.plugins.aigate.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.aigate.core.pullrequest.CallBudget;
import io.jenkins.plugins.aigate.core.pullrequest.UnresolvedReason;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GET requests to the GitHub REST API: token, retries with backoff on 5xx and timeouts, rate limits, same-origin
 * redirects and pagination. Every request sent, retries included, spends one call of the evaluation's budget.
 *
 * <p>The {@link HttpClient} must not follow redirects itself: redirects are followed here, and only to the origin
 * (scheme, host, port) of the configured API URL, so the token never reaches another host.
 */
final class GitHubRestClient {
    private static final int MAX_REDIRECTS = 5;
    private static final int MAX_RATE_LIMIT_WAITS = 3;
    private static final int PER_PAGE = 100;
    /** A page of 100 commits with long messages stays far below this. */
    static final long MAX_BODY_BYTES = 32L * 1024 * 1024;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    /** GitHub's advice for a secondary limit that names no wait: at least a minute. */
    private static final Duration SECONDARY_LIMIT_WAIT = Duration.ofMinutes(1);

    private final HttpClient http;
    private final GitHubSettings settings;
    private final ObjectMapper mapper = new ObjectMapper();
    private final long maxBodyBytes;

    GitHubRestClient(HttpClient http, GitHubSettings settings) {
        this(http, settings, MAX_BODY_BYTES);
    }

    GitHubRestClient(HttpClient http, GitHubSettings settings, long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
        this.http = Objects.requireNonNull(http, "http");
        this.settings = Objects.requireNonNull(settings, "settings");
        if (http.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("the HttpClient must not follow redirects (use Redirect.NEVER): "
                    + "redirects are followed only to the API host, so the token never travels elsewhere");
        }
    }

    /** @return the API URL for a path below the base, e.g. {@code /repos/o/r/pulls/1/commits} */
    URI endpoint(String path) {
        return URI.create(settings.apiUrl() + path);
    }

    /** Every item of a paginated JSON array, up to a cap. */
    static final class Listing {
        private final List<JsonNode> items;
        private final boolean more;

        Listing(List<JsonNode> items, boolean more) {
            this.items = items;
            this.more = more;
        }

        List<JsonNode> items() {
            return items;
        }

        /** @return whether the host had more items than were read */
        boolean more() {
            return more;
        }
    }

    /**
     * Reads a paginated JSON array ({@code per_page=100}, following {@code Link: rel="next"}).
     *
     * @param path     the endpoint below the API base, without query
     * @param maxItems stop once this many items are read
     */
    Listing getArray(String path, int maxItems, CallBudget budget) throws GitHubApiException, InterruptedException {
        URI next = URI.create(endpoint(path) + "?per_page=" + PER_PAGE);
        List<JsonNode> items = new ArrayList<>();
        int maxPages = maxItems / PER_PAGE + 2;
        for (int page = 0; page < maxPages; page++) {
            HttpResponse<byte[]> response = get(next, budget);
            JsonNode body = parse(response);
            if (!body.isArray()) {
                throw new GitHubApiException(UnresolvedReason.MALFORMED_RESPONSE,
                        "expected a JSON array from " + describe(response.uri()));
            }
            body.forEach(items::add);
            Optional<String> link = LinkHeader.next(response.headers().allValues("link"));
            if (items.size() >= maxItems || link.isEmpty()) {
                boolean more = items.size() > maxItems || link.isPresent();
                return new Listing(items.size() > maxItems ? items.subList(0, maxItems) : items, more);
            }
            next = resolve(response.uri(), link.get());
            if (!sameOrigin(next)) {
                throw new GitHubApiException(UnresolvedReason.REDIRECT_REFUSED, "the next page of "
                        + describe(response.uri()) + " is on another host (" + origin(next) + "); not followed");
            }
        }
        throw new GitHubApiException(UnresolvedReason.UNEXPECTED_RESPONSE,
                "more pages than expected from " + describe(endpoint(path)));
    }

    /** Sends one GET, with retries, rate-limit waits and same-origin redirects; returns a 2xx response. */
    HttpResponse<byte[]> get(URI start, CallBudget budget) throws GitHubApiException, InterruptedException {
        URI uri = start;
        int failures = 0;
        int redirects = 0;
        int rateLimitWaits = 0;
        while (true) {
            if (!budget.tryAcquire()) {
                throw new GitHubApiException(UnresolvedReason.BUDGET_EXHAUSTED,
                        "the call budget of " + budget.limit() + " requests for this evaluation is spent");
            }
            HttpResponse<byte[]> response;
            try {
                response = exchange(uri);
            } catch (LimitedBody.TooLargeException e) {
                throw new GitHubApiException(UnresolvedReason.MALFORMED_RESPONSE,
                        "refused the answer to " + describe(uri) + ": " + e.getMessage(), e);
            } catch (HttpTimeoutException | TimeoutException e) {
                failures++;
                if (failures >= settings.maxAttempts()) {
                    throw new GitHubApiException(UnresolvedReason.TIMEOUT, "no answer within "
                            + settings.requestTimeout().toMillis() + " ms from " + describe(uri) + " after "
                            + failures + " attempt(s)", e);
                }
                backOff(failures);
                continue;
            } catch (IOException e) {
                failures++;
                if (failures >= settings.maxAttempts()) {
                    throw new GitHubApiException(UnresolvedReason.CONNECTION_FAILED, "cannot reach "
                            + describe(uri) + " after " + failures + " attempt(s): " + e, e);
                }
                backOff(failures);
                continue;
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return response;
            }
            if (isRedirect(status)) {
                uri = redirectTarget(response, ++redirects);
                continue;
            }
            if (status == 403 || status == 429) {
                Optional<Duration> wait = rateLimitWait(response);
                if (wait.isPresent()) {
                    if (rateLimitWaits++ >= MAX_RATE_LIMIT_WAITS
                            || wait.get().compareTo(settings.maxRateLimitWait()) > 0) {
                        throw new GitHubApiException(UnresolvedReason.RATE_LIMITED, rateLimitMessage(response, wait.get()));
                    }
                    settings.sleeper().sleep(wait.get());
                    continue;
                }
            }
            if (status >= 500) {
                failures++;
                if (failures >= settings.maxAttempts()) {
                    throw new GitHubApiException(UnresolvedReason.SERVER_ERROR, "HTTP " + status + " from "
                            + describe(uri) + " after " + failures + " attempt(s)");
                }
                backOff(failures);
                continue;
            }
            throw clientError(response);
        }
    }

    JsonNode parse(HttpResponse<byte[]> response) throws GitHubApiException {
        try {
            JsonNode node = mapper.readTree(response.body());
            if (node == null || node.isMissingNode()) {
                throw new GitHubApiException(UnresolvedReason.MALFORMED_RESPONSE,
                        "empty answer from " + describe(response.uri()));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new GitHubApiException(UnresolvedReason.MALFORMED_RESPONSE,
                    "not JSON from " + describe(response.uri()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new GitHubApiException(UnresolvedReason.MALFORMED_RESPONSE,
                    "unreadable answer from " + describe(response.uri()), e);
        }
    }

    private HttpResponse<byte[]> exchange(URI uri) throws IOException, TimeoutException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                .timeout(settings.requestTimeout())
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .header("User-Agent", "ai-change-gate");
        // Checked again per request, so no code path can hand the token to a host other than the configured one.
        if (settings.token().isPresent() && sameOrigin(uri)) {
            request.header("Authorization", "Bearer " + settings.token().get());
        }
        CompletableFuture<HttpResponse<byte[]>> future =
                http.sendAsync(request.build(), LimitedBody.handler(maxBodyBytes));
        try {
            // The request timeout only covers the headers; this bounds the body too.
            return future.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                throw (IOException) cause;
            }
            throw new IOException(cause);
        }
    }

    private void backOff(int failures) throws InterruptedException {
        long factor = 1L << Math.min(failures - 1, 16);
        Duration wait = settings.initialBackoff().multipliedBy(factor);
        settings.sleeper().sleep(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private URI redirectTarget(HttpResponse<byte[]> response, int redirects) throws GitHubApiException {
        Optional<String> location = response.headers().firstValue("location");
        if (location.isEmpty()) {
            throw new GitHubApiException(UnresolvedReason.UNEXPECTED_RESPONSE, "HTTP " + response.statusCode()
                    + " without a Location from " + describe(response.uri()));
        }
        if (redirects > MAX_REDIRECTS) {
            throw new GitHubApiException(UnresolvedReason.UNEXPECTED_RESPONSE,
                    "more than " + MAX_REDIRECTS + " redirects from " + describe(response.uri()));
        }
        URI target = resolve(response.uri(), location.get());
        if (!sameOrigin(target)) {
            throw new GitHubApiException(UnresolvedReason.REDIRECT_REFUSED, describe(response.uri())
                    + " redirects to another host (" + origin(target) + "); not followed, so the token stays home");
        }
        return target;
    }

    private static URI resolve(URI base, String reference) throws GitHubApiException {
        try {
            return base.resolve(reference.trim());
        } catch (IllegalArgumentException e) {
            throw new GitHubApiException(UnresolvedReason.MALFORMED_RESPONSE,
                    "unusable link '" + reference + "' from " + describe(base), e);
        }
    }

    /** @return the wait a rate-limited answer asks for, or empty when the 403 is a plain denial */
    private Optional<Duration> rateLimitWait(HttpResponse<byte[]> response) {
        Optional<Long> retryAfter = longHeader(response, "retry-after");
        if (retryAfter.isPresent()) {
            return Optional.of(Duration.ofSeconds(Math.max(1, retryAfter.get())));
        }
        if (response.headers().firstValue("x-ratelimit-remaining").map(String::trim).filter("0"::equals).isPresent()) {
            Optional<Long> reset = longHeader(response, "x-ratelimit-reset");
            if (reset.isEmpty()) {
                return Optional.of(SECONDARY_LIMIT_WAIT);
            }
            Duration untilReset = Duration.between(settings.clock().instant(), Instant.ofEpochSecond(reset.get()));
            // One second more, so the retry lands after the reset rather than on it.
            return Optional.of(untilReset.isNegative() ? Duration.ofSeconds(1) : untilReset.plusSeconds(1));
        }
        String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (response.statusCode() == 429 || body.contains("secondary rate limit")) {
            return Optional.of(SECONDARY_LIMIT_WAIT);
        }
        return Optional.empty();
    }

    private String rateLimitMessage(HttpResponse<byte[]> response, Duration wait) {
        Instant resumeAt = settings.clock().instant().plus(wait).truncatedTo(ChronoUnit.SECONDS);
        Optional<Long> reset = longHeader(response, "x-ratelimit-reset");
        if (reset.isPresent() && response.headers().firstValue("retry-after").isEmpty()) {
            resumeAt = Instant.ofEpochSecond(reset.get());
        }
        String limit = response.headers().firstValue("x-ratelimit-limit").map(l -> " of " + l.trim()).orElse("");
        return "GitHub API rate limit exhausted (0" + limit + " requests left) at " + describe(response.uri())
                + "; it resets at " + resumeAt + ", in " + wait.toSeconds() + " s, beyond the "
                + settings.maxRateLimitWait().toSeconds() + " s a lookup may wait";
    }

    private static GitHubApiException clientError(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String detail = "HTTP " + status + " from " + describe(response.uri()) + githubMessage(response);
        if (status == 401 || status == 403) {
            return new GitHubApiException(UnresolvedReason.ACCESS_DENIED, detail
                    + " (check the token and its read access to pull requests and contents)");
        }
        if (status == 404 || status == 410 || status == 422) {
            return new GitHubApiException(UnresolvedReason.NOT_FOUND, detail);
        }
        return new GitHubApiException(UnresolvedReason.UNEXPECTED_RESPONSE, detail);
    }

    /** GitHub's own explanation, e.g. {@code "No commit found for SHA: ..."}, shortened; never the request. */
    private static String githubMessage(HttpResponse<byte[]> response) {
        try {
            JsonNode message = new ObjectMapper().readTree(response.body()).path("message");
            if (message.isTextual()) {
                String text = message.asText().replaceAll("[\\p{Cntrl}]", " ");
                return ": " + (text.length() > 200 ? text.substring(0, 200) + "…" : text);
            }
        } catch (IOException | RuntimeException e) {
            // not JSON: the status says enough
        }
        return "";
    }

    private static Optional<Long> longHeader(HttpResponse<byte[]> response, String name) {
        Optional<String> value = response.headers().firstValue(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.get().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean sameOrigin(URI uri) {
        URI api = settings.apiUrl();
        return uri.getScheme() != null && uri.getHost() != null && uri.getRawUserInfo() == null
                && api.getScheme().equalsIgnoreCase(uri.getScheme()) && api.getHost().equalsIgnoreCase(uri.getHost())
                && port(api) == port(uri);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /** The request for messages: path and query, without any credentials. */
    static String describe(URI uri) {
        return "GET " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
