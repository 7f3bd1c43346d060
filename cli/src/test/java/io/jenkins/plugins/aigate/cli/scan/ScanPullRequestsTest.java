package io.jenkins.plugins.aigate.cli.scan;

import static io.jenkins.plugins.aigate.github.GitHubShapes.array;
import static io.jenkins.plugins.aigate.github.GitHubShapes.commit;
import static io.jenkins.plugins.aigate.github.GitHubShapes.pull;
import static io.jenkins.plugins.aigate.github.GitHubShapes.sha;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.aigate.cli.CliRun;
import io.jenkins.plugins.aigate.cli.ExitCode;
import io.jenkins.plugins.aigate.core.testing.TestRepository;
import io.jenkins.plugins.aigate.github.FakeGitHub;
import io.jenkins.plugins.aigate.github.FakeGitHub.Reply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aigate scan --github-*} over a real repository, with pull requests from a local GitHub stand-in. */
class ScanPullRequestsTest {
    @TempDir
    Path dir;

    private FakeGitHub github;
    private TestRepository repo;
    private String root;
    private String claude;
    private String squash;
    private String local;

    @BeforeEach
    void setUp() throws Exception {
        github = new FakeGitHub();
        repo = TestRepository.init(dir);
        root = repo.write("README.md", "app\n").commit("Initial commit\n");
        claude = repo.write("a.txt", "a\n")
                .commit("Add a\n\nCo-authored-by: Claude <noreply@anthropic.com>\n");
        squash = repo.write("b.txt", "b\n").commitAs("Ada Example", "ada@example.org", "GitHub",
                "noreply@github.com", "Add retries to the uploader (#41)\n");
        local = repo.write("c.txt", "c\n").commit("Not pushed yet\n");
        github.on(pulls(root), Reply.json("[]"))
                .on(pulls(squash), Reply.json(array(pull(41, "ada-example", "User", "codex/add-uploader-retries",
                        "Add retries to the uploader",
                        "Summary\n\nhttps://chatgpt.com/codex/tasks/task_e_68b1f2a3c4d5e6f708192a3b4c5d6e7f"))))
                .on("/repos/octo/app/pulls/41/commits?per_page=100", Reply.json(array(
                        commit(sha(7), sha(6), "Ada Example", "ada@example.org", "Add retries"))))
                .on(pulls(local), Reply.status(422, "{\"message\":\"No commit found for SHA: " + local + "\"}"));
    }

    @AfterEach
    void tearDown() {
        github.close();
    }

    private static String pulls(String id) {
        return "/repos/octo/app/commits/" + id + "/pulls?per_page=100";
    }

    private CliRun scan(String... extra) {
        List<String> args = new ArrayList<>(List.of("scan", "--repo", dir.toString(), "--github-api-url",
                github.apiUrl().toString(), "--github-repo", "octo/app"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static JsonNode commitById(JsonNode root, String id) {
        for (JsonNode commit : root.get("commits")) {
            if (commit.get("id").asText().equals(id)) {
                return commit;
            }
        }
        throw new AssertionError("no commit " + id + " in " + root);
    }

    @Test
    void jsonReportsEachLookupAndThePullRequestEvidenceWithProvenance() throws Exception {
        CliRun run = scan("--format", "json");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        JsonNode report = new ObjectMapper().readTree(run.out());

        JsonNode squashed = commitById(report, squash);
        assertThat(squashed.get("aiAssisted").asBoolean()).isTrue();
        assertThat(squashed.at("/pullRequestLookup/status").asText()).isEqualTo("resolved");
        assertThat(squashed.at("/pullRequests/0/number").asInt()).isEqualTo(41);
        assertThat(squashed.at("/pullRequests/0/url").asText()).isEqualTo("https://github.com/octo/app/pull/41");
        JsonNode taskLink = null;
        for (JsonNode evidence : squashed.get("evidence")) {
            if (evidence.get("rule").asText().equals("BD-03")) {
                taskLink = evidence;
            }
        }
        assertThat(taskLink).as("BD-03 evidence in %s", squashed).isNotNull();
        assertThat(taskLink.get("provenance").asText()).contains("#41").contains("https://github.com/octo/app/pull/41");

        assertThat(commitById(report, claude).at("/pullRequestLookup/status").asText()).isEqualTo("skipped");
        JsonNode unpushed = commitById(report, local);
        assertThat(unpushed.at("/pullRequestLookup/status").asText()).isEqualTo("unresolved");
        assertThat(unpushed.at("/pullRequestLookup/reason").asText()).isEqualTo("NOT_FOUND");
        assertThat(unpushed.at("/pullRequestLookup/message").asText()).contains("No commit found");
        assertThat(commitById(report, root).at("/pullRequestLookup/status").asText()).isEqualTo("resolved");

        assertThat(report.at("/summary/pullRequestLookups/resolved").asInt()).isEqualTo(2);
        assertThat(report.at("/summary/pullRequestLookups/unresolved").asInt()).isEqualTo(1);
        assertThat(report.at("/summary/pullRequestLookups/skipped").asInt()).isEqualTo(1);

        assertThat(github.paths()).noneMatch(p -> p.contains(claude));
        assertThat(github.requests()).allSatisfy(r -> assertThat(r.authorization).isNull());
    }

    @Test
    void textListsUnresolvedCommitsEvenWhenNotFlagged() {
        CliRun run = scan();
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);

        assertThat(run.out()).contains("AI " + squash.substring(0, 12))
                .contains("pull requests: #41 https://github.com/octo/app/pull/41")
                .contains("?  " + local.substring(0, 12))
                .contains("pull requests unresolved (NOT_FOUND)")
                .contains("Pull requests: 2 resolved, 1 unresolved, 1 skipped");
        assertThat(run.out()).doesNotContain(root.substring(0, 12));
    }

    @Test
    void withoutGitHubOptionsNothingIsLookedUp() {
        CliRun run = CliRun.of("scan", "--repo", dir.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).doesNotContain("pullRequestLookup");
        assertThat(github.requests()).isEmpty();
    }

    @Test
    void anUnsetTokenVariableIsBadInputBeforeAnyOutput() {
        CliRun run = scan("--github-token-env", "AIGATE_TEST_SURELY_UNSET_VARIABLE", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("AIGATE_TEST_SURELY_UNSET_VARIABLE");
        assertThat(run.out()).isEmpty();
        assertThat(github.requests()).isEmpty();
    }
}
