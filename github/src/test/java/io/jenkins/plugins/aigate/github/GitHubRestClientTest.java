package io.jenkins.plugins.aigate.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.aigate.core.pullrequest.CallBudget;
import io.jenkins.plugins.aigate.core.pullrequest.UnresolvedReason;
import io.jenkins.plugins.aigate.github.FakeGitHub.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GitHubRestClientTest {
    private FakeGitHub github;
    private GitHubRestClient client;

    @BeforeEach
    void start() throws Exception {
        github = new FakeGitHub();
        GitHubSettings settings = GitHubSettings.builder().apiUrl(github.apiUrl()).token("t")
                .requestTimeout(Duration.ofSeconds(5)).sleeper(d -> { }).build();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        client = new GitHubRestClient(http, settings, 1000);
    }

    @AfterEach
    void stop() {
        github.close();
    }

    @Test
    void refusesAnAnswerLargerThanTheLimitWithoutRetrying() {
        github.on("/repos/o/r/big", Reply.json("[\"" + "x".repeat(5000) + "\"]"));
        CallBudget budget = new CallBudget(10);

        assertThatThrownBy(() -> client.get(URI.create(github.apiUrl() + "/repos/o/r/big"), budget))
                .isInstanceOf(GitHubApiException.class).hasMessageContaining("larger than 1000 bytes")
                .extracting(e -> ((GitHubApiException) e).reason()).isEqualTo(UnresolvedReason.MALFORMED_RESPONSE);
        assertThat(budget.used()).isEqualTo(1);
    }

    @Test
    void acceptsAnAnswerWithinTheLimit() throws Exception {
        github.on("/repos/o/r/small", Reply.json("[1,2,3]"));

        assertThat(client.parse(client.get(URI.create(github.apiUrl() + "/repos/o/r/small"), new CallBudget(1))))
                .hasSize(3);
    }

    @Test
    void aLinkOnTheSameHostButAnotherPortOrSchemeIsAnotherOrigin() {
        URI api = github.apiUrl();
        assertThat(client.sameOrigin(URI.create(api + "/x"))).isTrue();
        assertThat(client.sameOrigin(URI.create("http://127.0.0.1:" + (github.port() + 1) + "/api/v3/x"))).isFalse();
        assertThat(client.sameOrigin(URI.create("https://127.0.0.1:" + github.port() + "/api/v3/x"))).isFalse();
        assertThat(client.sameOrigin(URI.create("http://localhost:" + github.port() + "/api/v3/x"))).isFalse();
        assertThat(client.sameOrigin(URI.create("http://user@127.0.0.1:" + github.port() + "/api/v3/x"))).isFalse();
    }
}
