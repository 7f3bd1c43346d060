package io.jenkins.plugins.aigate.github;

import static io.jenkins.plugins.aigate.github.GitHubShapes.array;
import static io.jenkins.plugins.aigate.github.GitHubShapes.commit;
import static io.jenkins.plugins.aigate.github.GitHubShapes.pull;
import static io.jenkins.plugins.aigate.github.GitHubShapes.sha;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.PersonIdent;
import io.jenkins.plugins.aigate.core.pullrequest.CallBudget;
import io.jenkins.plugins.aigate.core.pullrequest.CommitLookup;
import io.jenkins.plugins.aigate.core.pullrequest.LookupResult;
import io.jenkins.plugins.aigate.core.pullrequest.LookupStatus;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequest;
import io.jenkins.plugins.aigate.core.pullrequest.UnresolvedReason;
import io.jenkins.plugins.aigate.github.FakeGitHub.Reply;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GitHubPullRequestLookupTest {
    private static final String TOKEN = "ghp_t0ken-secret";
    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private static final String C1 = sha(1);
    private static final String C2 = sha(2);
    private static final String C3 = sha(3);

    private FakeGitHub github;
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws Exception {
        github = new FakeGitHub();
    }

    @AfterEach
    void stop() {
        github.close();
    }

    private GitHubSettings.Builder settings() {
        return GitHubSettings.builder().apiUrl(github.apiUrl()).token(TOKEN)
                .requestTimeout(Duration.ofSeconds(5)).maxAttempts(3).initialBackoff(Duration.ofMillis(100))
                .maxRateLimitWait(Duration.ofSeconds(60)).clock(Clock.fixed(NOW, ZoneOffset.UTC)).sleeper(sleeps::add);
    }

    private static HttpClient httpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();
    }

    private LookupResult lookup(GitHubSettings settings, CallBudget budget, String... ids) throws Exception {
        return lookup(settings, budget, c -> false, ids);
    }

    private LookupResult lookup(GitHubSettings settings, CallBudget budget,
            Predicate<Commit> skip, String... ids) throws Exception {
        List<Commit> commits = new ArrayList<>();
        for (String id : ids) {
            commits.add(Commit.builder(id).person(PersonIdent.of("Ada", "ada@example.org")).message("change").build());
        }
        return new GitHubPullRequestLookup(httpClient(), settings, GitHubRepository.of("octo", "app"))
                .lookup(commits, skip, budget);
    }

    private static String pullsOf(String sha) {
        return "/repos/octo/app/commits/" + sha + "/pulls?per_page=100";
    }

    private static String commitsOf(int number) {
        return "/repos/octo/app/pulls/" + number + "/commits?per_page=100";
    }

    private static List<ObjectNode> commits(int from, int count) {
        List<ObjectNode> list = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            list.add(commit(sha(100_000 + i), sha(100_000 + i - 1), "Ada", "ada@example.org", "step " + i));
        }
        return list;
    }

    @Test
    void mapsThePullRequestAndItsCommitsAndSendsTheToken() throws Exception {
        github.on(pullsOf(C1), Reply.json(array(pull(12, "octocat", "User", "feature/login", "Add login",
                        "Adds the login form.\r\nCloses #3", "ai-assisted", "frontend"))))
                .on(commitsOf(12), Reply.json(array(
                        commit(sha(500), sha(499), "Ada", "ada@example.org", "First step\n\nCo-authored-by: Claude <noreply@anthropic.com>"),
                        commit(sha(501), sha(500), "Bob", "bob@example.org", "Second step"))));

        LookupResult result = lookup(settings().build(), new CallBudget(10), C1);

        CommitLookup outcome = result.forCommit(C1).orElseThrow();
        assertThat(outcome.status()).isEqualTo(LookupStatus.RESOLVED);
        PullRequest pr = outcome.pullRequests().get(0);
        assertThat(pr.number()).isEqualTo(12);
        assertThat(pr.url()).isEqualTo("https://github.com/octo/app/pull/12");
        assertThat(pr.authorLogin()).isEqualTo("octocat");
        assertThat(pr.headBranch()).isEqualTo("feature/login");
        assertThat(pr.title()).isEqualTo("Add login");
        assertThat(pr.body()).isEqualTo("Adds the login form.\r\nCloses #3");
        assertThat(pr.labels()).containsExactly("ai-assisted", "frontend");
        assertThat(pr.commits()).hasSize(2);
        Commit first = pr.commits().get(0);
        assertThat(first.id()).isEqualTo(sha(500));
        assertThat(first.parentIds()).containsExactly(sha(499));
        assertThat(first.author().email()).isEqualTo("ada@example.org");
        assertThat(first.author().when()).contains(Instant.parse("2026-11-19T08:30:00Z"));
        assertThat(first.committer().name()).isEqualTo("GitHub");
        assertThat(first.message()).endsWith("Co-authored-by: Claude <noreply@anthropic.com>");
        assertThat(first.pathsKnown()).isFalse();
        assertThat(result.callsUsed()).isEqualTo(2);
        assertThat(github.requests()).allSatisfy(r -> {
            assertThat(r.authorization).isEqualTo("Bearer " + TOKEN);
            assertThat(r.accept).isEqualTo("application/vnd.github+json");
        });
    }

    @Test
    void aNullBodyAndDeletedAuthorStillResolve() throws Exception {
        ObjectNode pull = pull(5, "x", "User", "fix", "Fix", null);
        pull.putNull("user");
        github.on(pullsOf(C1), Reply.json(array(pull))).on(commitsOf(5), Reply.json("[]"));

        PullRequest pr = lookup(settings().build(), new CallBudget(10), C1).pullRequestsOf(C1).get(0);

        assertThat(pr.body()).isEmpty();
        assertThat(pr.authorLogin()).isEqualTo("ghost");
    }

    @Test
    void anonymousAccessSendsNoAuthorization() throws Exception {
        github.on(pullsOf(C1), Reply.json("[]"));

        LookupResult result = lookup(settings().token(null).build(), new CallBudget(10), C1);

        assertThat(result.forCommit(C1).orElseThrow().isResolved()).isTrue();
        assertThat(result.pullRequestsOf(C1)).isEmpty();
        assertThat(github.requests().get(0).authorization).isNull();
    }

    @Test
    void followsLinkHeadersAcrossPages() throws Exception {
        String page2 = commitsOf(7) + "&page=2";
        String page3 = commitsOf(7) + "&page=3";
        github.on(pullsOf(C1), Reply.json(array(pull(7, "octocat", "User", "big", "Big", ""))))
                .on(commitsOf(7), Reply.json(array(commits(0, 100)))
                        .header("Link", "<" + github.apiUrl() + page2.substring(0) + ">; rel=\"next\", <"
                                + github.apiUrl() + page3 + ">; rel=\"last\""))
                .on(page2, Reply.json(array(commits(100, 100)))
                        .header("Link", "<" + github.apiUrl() + page3 + ">; rel=\"next\", <" + github.apiUrl()
                                + commitsOf(7) + ">; rel=\"first\""))
                .on(page3, Reply.json(array(commits(200, 30))));

        LookupResult result = lookup(settings().build(), new CallBudget(10), C1);

        assertThat(result.forCommit(C1).orElseThrow().isResolved()).isTrue();
        List<Commit> commits = result.pullRequestsOf(C1).get(0).commits();
        assertThat(commits).hasSize(230);
        assertThat(commits.get(229).message()).isEqualTo("step 229");
        assertThat(github.paths()).containsExactly("/api/v3" + pullsOf(C1), "/api/v3" + commitsOf(7),
                "/api/v3" + page2, "/api/v3" + page3);
    }

    @Test
    void aPullRequestWithAsManyCommitsAsGitHubListsIsUnresolved() throws Exception {
        String page2 = commitsOf(8) + "&page=2";
        String page3 = commitsOf(8) + "&page=3";
        github.on(pullsOf(C1), Reply.json(array(pull(8, "octocat", "User", "huge", "Huge", ""))))
                .on(commitsOf(8), Reply.json(array(commits(0, 100)))
                        .header("Link", "<" + github.apiUrl() + page2 + ">; rel=\"next\""))
                .on(page2, Reply.json(array(commits(100, 100)))
                        .header("Link", "<" + github.apiUrl() + page3 + ">; rel=\"next\""))
                .on(page3, Reply.json(array(commits(200, 50))));

        CommitLookup outcome = lookup(settings().build(), new CallBudget(10), C1).forCommit(C1).orElseThrow();

        assertThat(outcome.status()).isEqualTo(LookupStatus.UNRESOLVED);
        assertThat(outcome.reason()).contains(UnresolvedReason.TOO_MANY_COMMITS);
        assertThat(outcome.message().orElseThrow()).contains("#8").contains("250");
        // what was learned is kept: it can only add evidence
        assertThat(outcome.pullRequests()).extracting(PullRequest::number).containsExactly(8);
    }

    @Test
    void backportsGiveTheUnionAndASharedPullRequestIsFetchedOnce() throws Exception {
        github.on(pullsOf(C1), Reply.json(array(pull(20, "octocat", "User", "fix", "Fix", ""),
                        pull(21, "octocat", "User", "backport-fix", "[2.x] Fix", ""))))
                .on(pullsOf(C2), Reply.json(array(pull(20, "octocat", "User", "fix", "Fix", ""))))
                .on(commitsOf(20), Reply.json(array(commits(0, 2))))
                .on(commitsOf(21), Reply.json(array(commits(5, 1))));

        LookupResult result = lookup(settings().build(), new CallBudget(10), C1, C2);

        assertThat(result.pullRequestsOf(C1)).extracting(PullRequest::number).containsExactly(20, 21);
        assertThat(result.pullRequestsOf(C2)).extracting(PullRequest::number).containsExactly(20);
        assertThat(github.paths()).filteredOn(p -> p.contains("/pulls/20/")).hasSize(1);
        assertThat(result.callsUsed()).isEqualTo(4);
    }

    @Test
    void skippedCommitsSendNoRequestAndRepeatsAreAnsweredOnce() throws Exception {
        github.on(pullsOf(C2), Reply.json("[]"));

        LookupResult result = lookup(settings().build(), new CallBudget(10), c -> c.id().equals(C1), C1, C2, C2);

        assertThat(result.outcomes()).extracting(CommitLookup::status)
                .containsExactly(LookupStatus.SKIPPED, LookupStatus.RESOLVED);
        assertThat(github.paths()).containsExactly("/api/v3" + pullsOf(C2));
    }

    @Test
    void aSpentBudgetLeavesTheRestUnresolvedWithoutRequests() throws Exception {
        for (String id : List.of(C1, C2, C3)) {
            github.on(pullsOf(id), Reply.json(array(pull(30, "octocat", "User", "f", "F", ""))));
        }
        github.on(commitsOf(30), Reply.json(array(commits(0, 1))));
        CallBudget budget = new CallBudget(2);

        LookupResult result = lookup(settings().build(), budget, C1, C2, C3);

        assertThat(result.forCommit(C1).orElseThrow().isResolved()).isTrue();
        assertThat(result.forCommit(C2).orElseThrow().reason()).contains(UnresolvedReason.BUDGET_EXHAUSTED);
        assertThat(result.forCommit(C3).orElseThrow().reason()).contains(UnresolvedReason.BUDGET_EXHAUSTED);
        assertThat(result.forCommit(C3).orElseThrow().message().orElseThrow()).contains("budget of 2");
        assertThat(github.requests()).hasSize(2);
        assertThat(budget.used()).isEqualTo(2);
    }

    @Test
    void callsSharingABudgetShareTheCacheAndTheStop() throws Exception {
        github.on(pullsOf(C1), Reply.json(array(pull(20, "octocat", "User", "fix", "Fix", ""))))
                .on(pullsOf(C2), Reply.json(array(pull(20, "octocat", "User", "fix", "Fix", ""))))
                .on(commitsOf(20), Reply.json(array(commits(0, 2))))
                .on(pullsOf(C3), Reply.status(401, "{\"message\":\"Bad credentials\"}"));
        GitHubPullRequestLookup lookup = new GitHubPullRequestLookup(httpClient(), settings().build(),
                GitHubRepository.of("octo", "app"));
        CallBudget evaluation = new CallBudget(10);

        for (String id : List.of(C1, C2, C3)) {
            lookup.lookup(List.of(Commit.builder(id).person(PersonIdent.of("A", "a@b.c")).build()), c -> false,
                    evaluation);
        }
        LookupResult afterStop = lookup.lookup(
                List.of(Commit.builder(sha(4)).person(PersonIdent.of("A", "a@b.c")).build()), c -> false, evaluation);

        assertThat(github.paths()).filteredOn(p -> p.contains("/pulls/20/")).hasSize(1);
        assertThat(afterStop.forCommit(sha(4)).orElseThrow().reason()).contains(UnresolvedReason.ACCESS_DENIED);
        assertThat(afterStop.callsUsed()).isZero();
        assertThat(github.requests()).hasSize(4);

        // a new evaluation (a new budget) starts afresh
        github.on(pullsOf(C3), Reply.json("[]"));
        LookupResult next = lookup.lookup(List.of(Commit.builder(C3).person(PersonIdent.of("A", "a@b.c")).build()),
                c -> false, new CallBudget(10));
        assertThat(next.forCommit(C3).orElseThrow().isResolved()).isTrue();
    }

    @Test
    void aRateLimitThatResetsSoonIsWaitedOut() throws Exception {
        long reset = NOW.getEpochSecond() + 30;
        github.on(pullsOf(C1), rateLimited(reset), Reply.json("[]"));

        LookupResult result = lookup(settings().build(), new CallBudget(10), C1);

        assertThat(result.forCommit(C1).orElseThrow().isResolved()).isTrue();
        assertThat(sleeps).containsExactly(Duration.ofSeconds(31));
        assertThat(github.requests()).hasSize(2);
    }

    @Test
    void aRateLimitThatResetsLateFailsNamingTheResetTimeAndStopsTheLookup() throws Exception {
        long reset = NOW.getEpochSecond() + 45 * 60;
        github.on(pullsOf(C1), rateLimited(reset));

        LookupResult result = lookup(settings().build(), new CallBudget(10), C1, C2);

        CommitLookup first = result.forCommit(C1).orElseThrow();
        assertThat(first.reason()).contains(UnresolvedReason.RATE_LIMITED);
        assertThat(first.message().orElseThrow()).contains("2026-11-27T09:45:00Z").contains("5000");
        assertThat(result.forCommit(C2).orElseThrow().reason()).contains(UnresolvedReason.RATE_LIMITED);
        assertThat(sleeps).isEmpty();
        assertThat(github.requests()).hasSize(1);
    }

    @Test
    void aSecondaryLimitWithRetryAfterIsWaitedOut() throws Exception {
        github.on(pullsOf(C1), Reply.status(403, "{\"message\":\"You have exceeded a secondary rate limit.\"}")
                .header("retry-after", "7"), Reply.json("[]"));

        LookupResult result = lookup(settings().build(), new CallBudget(10), C1);

        assertThat(result.forCommit(C1).orElseThrow().isResolved()).isTrue();
        assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aPlain403IsAccessDeniedNotARateLimit() throws Exception {
        github.on(pullsOf(C1), Reply.status(403, "{\"message\":\"Resource not accessible by personal access token\"}")
                .header("x-ratelimit-remaining", "4999"));

        LookupResult result = lookup(settings().build(), new CallBudget(10), C1, C2);

        CommitLookup outcome = result.forCommit(C1).orElseThrow();
        assertThat(outcome.reason()).contains(UnresolvedReason.ACCESS_DENIED);
        assertThat(outcome.message().orElseThrow()).contains("Resource not accessible").doesNotContain(TOKEN);
        assertThat(result.forCommit(C2).orElseThrow().reason()).contains(UnresolvedReason.ACCESS_DENIED);
        assertThat(github.requests()).hasSize(1);
    }

    @Test
    void serverErrorsAreRetriedWithGrowingBackoff() throws Exception {
        github.on(pullsOf(C1), Reply.status(500, "{}"), Reply.status(502, "<html>Bad gateway</html>"),
                Reply.json("[]"));

        LookupResult result = lookup(settings().build(), new CallBudget(10), C1);

        assertThat(result.forCommit(C1).orElseThrow().isResolved()).isTrue();
        assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(result.callsUsed()).isEqualTo(3);
    }

    @Test
    void persistentServerErrorsLeaveEveryCommitUnresolved() throws Exception {
        github.on(pullsOf(C1), Reply.status(502, "bad gateway"));

        LookupResult result = lookup(settings().build(), new CallBudget(10), C1, C2);

        assertThat(result.forCommit(C1).orElseThrow().reason()).contains(UnresolvedReason.SERVER_ERROR);
        assertThat(result.forCommit(C1).orElseThrow().message().orElseThrow()).contains("HTTP 502")
                .contains("3 attempt(s)");
        assertThat(result.forCommit(C2).orElseThrow().reason()).contains(UnresolvedReason.SERVER_ERROR);
        assertThat(github.requests()).hasSize(3);
    }

    @Test
    void aHungConnectionTimesOutAndIsRetried() throws Exception {
        github.on(pullsOf(C1), Reply.hang(), Reply.json("[]"));
        github.on(pullsOf(C2), Reply.hang());
        GitHubSettings settings = settings().requestTimeout(Duration.ofMillis(300)).maxAttempts(2).build();

        long start = System.nanoTime();
        LookupResult result = lookup(settings, new CallBudget(10), C1, C2, C3);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(result.forCommit(C1).orElseThrow().isResolved()).isTrue();
        CommitLookup second = result.forCommit(C2).orElseThrow();
        assertThat(second.reason()).contains(UnresolvedReason.TIMEOUT);
        assertThat(second.message().orElseThrow()).contains("300 ms");
        assertThat(result.forCommit(C3).orElseThrow().reason()).contains(UnresolvedReason.TIMEOUT);
        assertThat(github.paths()).doesNotContain("/api/v3" + pullsOf(C3));
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void anInterruptAbortsAWaitingLookupPromptly() throws Exception {
        github.on(pullsOf(C1), Reply.hang());
        GitHubSettings settings = settings().requestTimeout(Duration.ofSeconds(20)).build();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                lookup(settings, new CallBudget(10), C1);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        worker.start();
        while (github.requests().isEmpty()) {
            Thread.sleep(10);
        }
        long start = System.nanoTime();
        worker.interrupt();
        worker.join(5000);

        assertThat(worker.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
    }

    @Test
    void aRedirectToAnotherHostIsNotFollowedAndTheTokenStaysHome() throws Exception {
        try (FakeGitHub elsewhere = new FakeGitHub()) {
            elsewhere.on(pullsOf(C1), Reply.json("[]"));
            github.on(pullsOf(C1), Reply.status(301, "{}")
                    .header("Location", "http://localhost:" + elsewhere.port() + "/api/v3" + pullsOf(C1)));

            CommitLookup outcome = lookup(settings().build(), new CallBudget(10), C1).forCommit(C1).orElseThrow();

            assertThat(outcome.status()).isEqualTo(LookupStatus.UNRESOLVED);
            assertThat(outcome.reason()).contains(UnresolvedReason.REDIRECT_REFUSED);
            assertThat(outcome.message().orElseThrow()).contains("localhost:" + elsewhere.port());
            assertThat(elsewhere.requests()).isEmpty();
        }
    }

    @Test
    void aPaginationLinkToAnotherHostIsNotFollowed() throws Exception {
        try (FakeGitHub elsewhere = new FakeGitHub()) {
            github.on(pullsOf(C1), Reply.json(array(pull(9, "octocat", "User", "f", "F", ""))))
                    .on(commitsOf(9), Reply.json(array(commits(0, 100))).header("Link",
                            "<" + elsewhere.apiUrl() + commitsOf(9) + "&page=2>; rel=\"next\""));

            CommitLookup outcome = lookup(settings().build(), new CallBudget(10), C1).forCommit(C1).orElseThrow();

            assertThat(outcome.reason()).contains(UnresolvedReason.REDIRECT_REFUSED);
            assertThat(elsewhere.requests()).isEmpty();
        }
    }

    @Test
    void aRenamedRepositoryRedirectOnTheSameHostIsFollowedWithTheToken() throws Exception {
        String moved = "/api/v3/repositories/4242/commits/" + C1 + "/pulls?per_page=100";
        github.on(pullsOf(C1), Reply.status(301, "{\"message\":\"Moved Permanently\"}").header("Location",
                        github.origin() + moved))
                .on(moved, Reply.json(array(pull(3, "octocat", "User", "f", "F", ""))))
                .on(commitsOf(3), Reply.json("[]"));

        LookupResult result = lookup(settings().build(), new CallBudget(10), C1);

        assertThat(result.pullRequestsOf(C1)).extracting(PullRequest::number).containsExactly(3);
        assertThat(github.requests()).filteredOn(r -> r.pathAndQuery.equals(moved))
                .extracting(r -> r.authorization).containsExactly("Bearer " + TOKEN);
    }

    @Test
    void anUnknownCommitIsUnresolvedButTheLookupGoesOn() throws Exception {
        github.on(pullsOf(C1), Reply.status(422, "{\"message\":\"No commit found for SHA: " + C1 + "\"}"))
                .on(pullsOf(C2), Reply.json("[]"));

        LookupResult result = lookup(settings().build(), new CallBudget(10), C1, C2);

        assertThat(result.forCommit(C1).orElseThrow().reason()).contains(UnresolvedReason.NOT_FOUND);
        assertThat(result.forCommit(C1).orElseThrow().message().orElseThrow()).contains("No commit found");
        assertThat(result.forCommit(C2).orElseThrow().isResolved()).isTrue();
    }

    @Test
    void malformedAnswersAreUnresolved() throws Exception {
        github.on(pullsOf(C1), Reply.json("<html>proxy login</html>"))
                .on(pullsOf(C2), Reply.json("{\"not\":\"an array\"}"))
                .on(pullsOf(C3), Reply.json(array(pull(4, "o", "User", "f", "F", ""))))
                .on(commitsOf(4), Reply.json("[{\"sha\":\"../../etc\"}]"));

        LookupResult result = lookup(settings().build(), new CallBudget(10), C1, C2, C3);

        assertThat(result.outcomes()).extracting(o -> o.reason().orElseThrow()).containsOnly(
                UnresolvedReason.MALFORMED_RESPONSE);
    }

    @Test
    void aClientThatFollowsRedirectsItselfIsRefused() {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

        assertThatThrownBy(() -> new GitHubPullRequestLookup(following, settings().build(),
                GitHubRepository.of("octo", "app"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Redirect.NEVER");
    }

    private static Reply rateLimited(long reset) {
        return Reply.status(403, "{\"message\":\"API rate limit exceeded for user ID 1.\","
                        + "\"documentation_url\":\"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api\"}")
                .header("x-ratelimit-limit", "5000").header("x-ratelimit-remaining", "0")
                .header("x-ratelimit-used", "5000").header("x-ratelimit-reset", Long.toString(reset))
                .header("x-ratelimit-resource", "core");
    }
}
