package io.jenkins.plugins.aigate.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.pullrequest.CallBudget;
import io.jenkins.plugins.aigate.core.pullrequest.CommitLookup;
import io.jenkins.plugins.aigate.core.pullrequest.LookupResult;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequest;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequestLookup;
import io.jenkins.plugins.aigate.core.pullrequest.UnresolvedReason;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Looks up pull requests through the GitHub REST API, which every GitHub Enterprise Server has:
 * {@code GET /repos/{o}/{r}/commits/{sha}/pulls} for the pull requests behind a commit, then
 * {@code GET /repos/{o}/{r}/pulls/{n}/commits} for each one's own commits (a squash merge hides them).
 *
 * <p>One {@link CallBudget} stands for one evaluation: calls that pass the same budget share what was learned, so a
 * caller may look commits up one at a time (as a streaming scan does). A pull request shared by several commits
 * (rebase merges) is fetched once per evaluation. A failure that would repeat for every request (rate limit,
 * denied access, budget spent, host down after retries) stops the evaluation's lookups: every commit asked about
 * afterwards is unresolved with that reason and costs no request. Thread-safe.
 */
public final class GitHubPullRequestLookup implements PullRequestLookup {
    /** GitHub lists at most this many commits of a pull request; one with this many may have more. */
    static final int PULL_REQUEST_COMMIT_LIMIT = 250;
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

    private final GitHubRestClient client;
    private final GitHubSettings settings;
    private final GitHubRepository repository;
    /** What this evaluation learned so far; replaced when a call passes a different budget. */
    private CallBudget evaluation;
    private Map<Integer, PullRequestFetch> cache = new HashMap<>();
    private CommitLookup stopped;

    /**
     * @param http       the HTTP client (the plugin builds it with Jenkins' proxy settings); it must not follow
     *                   redirects itself
     * @param settings   API URL, token, timeouts
     * @param repository the repository the commits belong to
     * @throws IllegalArgumentException when the client follows redirects on its own
     */
    public GitHubPullRequestLookup(HttpClient http, GitHubSettings settings, GitHubRepository repository) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.client = new GitHubRestClient(http, settings);
    }

    /** @return a client suited to this lookup: no automatic redirects, a connect timeout, HTTP/1.1 or 2 */
    public static HttpClient defaultHttpClient(GitHubSettings settings) {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.requestTimeout()).build();
    }

    public GitHubRepository repository() {
        return repository;
    }

    @Override
    public synchronized LookupResult lookup(List<Commit> commits, Predicate<Commit> skip, CallBudget budget)
            throws InterruptedException {
        Objects.requireNonNull(skip, "skip");
        Objects.requireNonNull(budget, "budget");
        if (budget != evaluation) {
            evaluation = budget;
            cache = new HashMap<>();
            stopped = null;
        }
        int usedBefore = budget.used();
        Map<String, CommitLookup> outcomes = new LinkedHashMap<>();
        for (Commit commit : commits) {
            String id = commit.id();
            if (outcomes.containsKey(id)) {
                continue;
            }
            if (skip.test(commit)) {
                outcomes.put(id, CommitLookup.skipped(id));
            } else if (stopped != null) {
                outcomes.put(id, CommitLookup.unresolved(id, stopped.reason().orElseThrow(),
                        "not looked up after an earlier failure: " + stopped.message().orElse(""), List.of()));
            } else if (!OBJECT_ID.matcher(id).matches()) {
                outcomes.put(id, CommitLookup.unresolved(id, UnresolvedReason.NOT_FOUND,
                        "not a full commit id: '" + id + "'", List.of()));
            } else {
                CommitLookup outcome = lookUpCommit(id, budget);
                outcomes.put(id, outcome);
                if (outcome.reason().map(GitHubApiException::isHostWide).orElse(false)) {
                    stopped = outcome;
                }
            }
        }
        return new LookupResult(new ArrayList<>(outcomes.values()), budget.used() - usedBefore);
    }

    private CommitLookup lookUpCommit(String id, CallBudget budget)
            throws InterruptedException {
        GitHubRestClient.Listing pulls;
        try {
            pulls = client.getArray(repoPath() + "/commits/" + id + "/pulls", settings.maxPullRequestsPerCommit(),
                    budget);
        } catch (GitHubApiException e) {
            return CommitLookup.unresolved(id, e.reason(), e.getMessage(), List.of());
        }
        List<PullRequest> found = new ArrayList<>();
        for (JsonNode pull : pulls.items()) {
            PullRequestFetch fetch;
            try {
                int number = GitHubJson.number(pull);
                fetch = cache.get(number);
                if (fetch == null) {
                    fetch = fetchPullRequest(pull, budget);
                    cache.put(number, fetch);
                }
            } catch (GitHubApiException e) {
                return CommitLookup.unresolved(id, e.reason(), e.getMessage(), found);
            }
            if (fetch.pullRequest != null) {
                found.add(fetch.pullRequest);
            }
            if (fetch.failure != null) {
                return CommitLookup.unresolved(id, fetch.failure.reason(), fetch.failure.getMessage(), found);
            }
        }
        if (pulls.more()) {
            return CommitLookup.unresolved(id, UnresolvedReason.UNEXPECTED_RESPONSE, "more than "
                    + settings.maxPullRequestsPerCommit() + " pull requests are associated with the commit", found);
        }
        return CommitLookup.resolved(id, found);
    }

    /** Fetches a pull request's commits; a failure is kept (and cached) beside whatever was learned. */
    private PullRequestFetch fetchPullRequest(JsonNode pull, CallBudget budget)
            throws GitHubApiException, InterruptedException {
        int number = GitHubJson.number(pull);
        GitHubRestClient.Listing listing;
        try {
            listing = client.getArray(repoPath() + "/pulls/" + number + "/commits", PULL_REQUEST_COMMIT_LIMIT, budget);
        } catch (GitHubApiException e) {
            return new PullRequestFetch(GitHubJson.pullRequest(pull, List.of()), e);
        }
        List<Commit> commits = new ArrayList<>();
        for (JsonNode item : listing.items()) {
            commits.add(GitHubJson.commit(item));
        }
        PullRequest pullRequest = GitHubJson.pullRequest(pull, commits);
        if (listing.more() || commits.size() >= PULL_REQUEST_COMMIT_LIMIT) {
            return new PullRequestFetch(pullRequest, new GitHubApiException(UnresolvedReason.TOO_MANY_COMMITS,
                    pullRequest.provenance() + " has " + commits.size() + " or more commits, as many as GitHub "
                            + "lists; the ones beyond cannot be inspected"));
        }
        return new PullRequestFetch(pullRequest, null);
    }

    private String repoPath() {
        return "/repos/" + repository.owner() + "/" + repository.name();
    }

    /** A pull request with its commits, or with what was learned before its commits failed to load. */
    private static final class PullRequestFetch {
        private final PullRequest pullRequest;
        private final GitHubApiException failure;

        PullRequestFetch(PullRequest pullRequest, GitHubApiException failure) {
            this.pullRequest = pullRequest;
            this.failure = failure;
        }
    }
}
