package io.jenkins.plugins.aigate.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import hudson.slaves.EnvironmentVariablesNodeProperty;
import hudson.util.Secret;
import io.jenkins.plugins.aigate.config.AiGateConfiguration;
import io.jenkins.plugins.aigate.config.IdentitySettings;
import io.jenkins.plugins.aigate.gate.GateRecord;
import io.jenkins.plugins.aigate.gate.GateStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.htmlunit.WebResponse;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A commit with no AI mark of its own, merged from an OpenAI Codex pull request ({@code codex/} head branch, task
 * link in the body): the gate learns it from a local server answering as the GitHub REST API does, pauses, and the
 * person who opened the pull request may not approve.
 */
class PullRequestGateTest extends PipelineTest {
    private static final String TOKEN = "ghp_test_token_for_the_local_server";

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    /** When set, every API call answers 500, as GitHub does during an incident. */
    private volatile boolean failing;

    @BeforeEach
    void startGitHub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v3/", this::answer);
        server.start();
    }

    @AfterEach
    void stopGitHub() {
        server.stop(0);
    }

    private String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v3";
    }

    /** Where the pipeline believes its repository lives: on the configured API's host. */
    private String remote() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/acme/app.git";
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path);
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        authorizations.add(auth == null ? "" : auth);
        String body;
        if (failing) {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
            return;
        }
        if (path.matches("/api/v3/repos/acme/app/commits/[0-9a-f]{40}/pulls")) {
            body = "[{\"number\":7,\"html_url\":\"https://github.example/acme/app/pull/7\","
                    + "\"user\":{\"login\":\"octo-senior\"},\"head\":{\"ref\":\"codex/fix-rounding\"},"
                    + "\"title\":\"Fix the rounding\",\"body\":\"Task: https://chatgpt.com/codex/tasks/task_e_1\","
                    + "\"labels\":[]}]";
        } else if (path.equals("/api/v3/repos/acme/app/pulls/7/commits")) {
            body = "[]";
        } else {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private void configureGitHub() throws Exception {
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(
                CredentialsScope.GLOBAL, "github-token", "", Secret.fromString(TOKEN)));
        SystemCredentialsProvider.getInstance().save();
        AiGateConfiguration config = AiGateConfiguration.get();
        config.setGithubApiUrl(apiUrl());
        config.setGithubCredentialsId("github-token");
        // senior is octo-senior on GitHub: the author of the pull request
        IdentitySettings senior = new IdentitySettings("senior");
        senior.setEmails(List.of("senior@example.com"));
        senior.setLogins(List.of("octo-senior"));
        config.setIdentities(List.of(senior));
    }

    /** Checks out the sample repository under a remote URL on the API's host (git rewrites it to the local path). */
    private WorkflowJob job(String name) throws Exception {
        WorkflowJob p = j.createProject(WorkflowJob.class, name);
        // git reads its configuration from the build's environment (node properties reach it; withEnv does not)
        j.jenkins.getGlobalNodeProperties().add(new EnvironmentVariablesNodeProperty(
                new EnvironmentVariablesNodeProperty.Entry("GIT_CONFIG_COUNT", "1"),
                new EnvironmentVariablesNodeProperty.Entry("GIT_CONFIG_KEY_0", "url." + repo.dir() + ".insteadOf"),
                new EnvironmentVariablesNodeProperty.Entry("GIT_CONFIG_VALUE_0", remote())));
        p.setDefinition(new CpsFlowDefinition(
                "node {\n"
                        + "  git url: '" + remote() + "', branch: 'main'\n"
                        + "}\n"
                        + "def r = aiGate()\n"
                        + "echo \"decision=${r.decision} approvers=${r.approvers}\"\n", true));
        return p;
    }

    @Test
    void aCodexPullRequestPausesTheDeployAndItsAuthorCannotApprove() throws Exception {
        GateFixture.humanCommit(repo, "rounding.txt");
        GateFixture.secure(j);
        configureGitHub();

        WorkflowRun b = job("deploy").scheduleBuild2(0).waitForStart();
        GateRecord gate = GateFixture.awaitPending(j, b);

        assertThat(gate.getStatus()).isEqualTo(GateStatus.PENDING);
        assertThat(gate.getFlaggedCount()).isGreaterThanOrEqualTo(1);
        assertThat(requests).contains("/api/v3/repos/acme/app/pulls/7/commits");
        // the token from the Jenkins credential, not from the build, reached the configured host
        assertThat(authorizations.stream().allMatch(a -> a.endsWith(TOKEN))).isTrue();

        WebResponse refused = GateFixture.vote(j, b, "senior", "approve", "my own pull request");
        assertThat(refused.getStatusCode()).isEqualTo(403);
        assertThat(GateFixture.gate(b).getStatus()).isEqualTo(GateStatus.PENDING);

        WebResponse approval = GateFixture.vote(j, b, "senior2", "approve", "reviewed the Codex change");
        assertThat(approval.getStatusCode()).isEqualTo(302);
        j.assertBuildStatusSuccess(j.waitForCompletion(b));
        j.assertLogContains("approvers=[senior2]", b);
        j.assertLogNotContains(TOKEN, b);
    }

    @Test
    void aLookupThatKeepsFailingPausesTheDeployWithTheReason() throws Exception {
        GateFixture.humanCommit(repo, "rounding.txt");
        GateFixture.secure(j);
        configureGitHub();
        failing = true;

        WorkflowRun b = job("deploy").scheduleBuild2(0).waitForStart();
        GateRecord gate = GateFixture.awaitPending(j, b);

        // the default unresolvedPullRequest is requireApproval: an unknown pull request is not a pass
        assertThat(gate.getReasons()).contains("UNRESOLVED_PULL_REQUESTS");
        j.assertLogContains("SERVER_ERROR", b);
        b.doStop();
        j.waitForCompletion(b);
    }

    @Test
    void aRemoteOnAnotherHostIsNeverLookedUp() throws Exception {
        GateFixture.humanCommit(repo, "rounding.txt");
        GateFixture.secure(j);
        configureGitHub();
        // the sample repository's own path: not on the configured API's host
        WorkflowRun b = GateFixture.job(j, repo, "elsewhere", "").scheduleBuild2(0).waitForStart();
        GateRecord gate = GateFixture.awaitPending(j, b);

        // no baseline yet, so the gate waits; but nothing was asked of the configured GitHub
        assertThat(requests).isEmpty();
        assertThat(gate.getReasons()).contains("UNKNOWN_BASELINE").doesNotContain("UNRESOLVED_PULL_REQUESTS");
        j.assertLogContains("no remote of this checkout is on the configured GitHub host", b);
        b.doStop();
        j.waitForCompletion(b);
    }
}
