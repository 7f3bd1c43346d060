package io.jenkins.plugins.aigate.cli.check;

import static io.jenkins.plugins.aigate.github.GitHubShapes.array;
import static io.jenkins.plugins.aigate.github.GitHubShapes.commit;
import static io.jenkins.plugins.aigate.github.GitHubShapes.pull;
import static io.jenkins.plugins.aigate.github.GitHubShapes.sha;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.cli.CliRun;
import io.jenkins.plugins.aigate.cli.ExitCode;
import io.jenkins.plugins.aigate.core.testing.TestRepository;
import io.jenkins.plugins.aigate.github.FakeGitHub;
import io.jenkins.plugins.aigate.github.FakeGitHub.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aigate check --github-*}: pull-request evidence and unresolved lookups decide, as the policy says. */
class CheckPullRequestsTest {
    @TempDir
    Path dir;

    private FakeGitHub github;
    private String base;
    private String squash;

    @BeforeEach
    void setUp() throws Exception {
        github = new FakeGitHub();
        TestRepository repo = TestRepository.init(dir.resolve("work"));
        base = repo.write("README.md", "app\n").commit("Initial commit\n");
        squash = repo.write("src/Login.java", "class Login {}\n").commitAs("Ada Example", "ada@example.org",
                "GitHub", "noreply@github.com", "Fix the login timeout (#57)\n");
    }

    @AfterEach
    void tearDown() {
        github.close();
    }

    private CliRun check(String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "--repo", dir.resolve("work").toString(),
                "--github-api-url", github.apiUrl().toString(), "--github-repo", "octo/app"));
        args.addAll(List.of(extra));
        args.add(base + ".." + squash);
        return CliRun.of(args.toArray(String[]::new));
    }

    private String pulls() {
        return "/repos/octo/app/commits/" + squash + "/pulls?per_page=100";
    }

    @Test
    void aCopilotAgentPullRequestRequiresApprovalAndItsAuthorMayNotApprove() {
        github.on(pulls(), Reply.json(array(pull(57, "Copilot", "Bot", "copilot/fix-login-timeout",
                        "Fix the login timeout", "Raises the session timeout."))))
                .on("/repos/octo/app/pulls/57/commits?per_page=100", Reply.json(array(
                        commit(sha(5), sha(4), "Ada Example", "ada@example.org", "Raise the timeout"))));

        CliRun run = check();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(run.out()).startsWith("Decision: APPROVAL REQUIRED\n").contains("PR-01")
                .contains("pull request #57 https://github.com/octo/app/pull/57")
                .contains("nor the pull-request authors: Copilot");
    }

    @Test
    void withoutTheLookupTheSameRangePasses() {
        CliRun run = CliRun.of("check", "--repo", dir.resolve("work").toString(), base + ".." + squash);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(github.requests()).isEmpty();
    }

    @Test
    void anUnresolvedLookupFailsClosedUnderTheDefaultPolicy() {
        github.on(pulls(), Reply.status(502, "bad gateway"));

        CliRun run = check();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(run.out()).contains("Pull requests not resolved (unresolvedPullRequest: ")
                .contains(squash.substring(0, 12) + "  SERVER_ERROR: HTTP 502");
    }

    @Test
    void anUnresolvedLookupIsOnlyReportedWhenThePolicyAllowsIt() throws Exception {
        github.on(pulls(), Reply.status(502, "bad gateway"));
        Path policy = Files.writeString(dir.resolve("policy.yaml"), "unresolvedPullRequest: pass\n");

        CliRun run = check("--policy", policy.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("SERVER_ERROR");
    }
}
