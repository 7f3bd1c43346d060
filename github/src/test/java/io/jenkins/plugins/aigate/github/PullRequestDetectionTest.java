package io.jenkins.plugins.aigate.github;

import static io.jenkins.plugins.aigate.github.GitHubShapes.array;
import static io.jenkins.plugins.aigate.github.GitHubShapes.commit;
import static io.jenkins.plugins.aigate.github.GitHubShapes.pull;
import static io.jenkins.plugins.aigate.github.GitHubShapes.sha;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.PersonIdent;
import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import io.jenkins.plugins.aigate.core.detection.Confidence;
import io.jenkins.plugins.aigate.core.detection.Detector;
import io.jenkins.plugins.aigate.core.detection.Evidence;
import io.jenkins.plugins.aigate.core.pullrequest.CallBudget;
import io.jenkins.plugins.aigate.core.pullrequest.CommitLookup;
import io.jenkins.plugins.aigate.core.testing.TestRepository;
import io.jenkins.plugins.aigate.github.FakeGitHub.Reply;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From a real squash commit on main, through the REST lookup against a local server, to the detector's verdict:
 * the AI marker lives only in the pull request, so the commit alone must pass and the commit with its pull request
 * must be flagged (and a human pull request must still pass).
 */
class PullRequestDetectionTest {
    private static final Detector DETECTOR = Detector.withDefaults();

    @TempDir
    Path dir;

    private FakeGitHub github;
    private TestRepository repo;

    @BeforeEach
    void start() throws Exception {
        github = new FakeGitHub();
        repo = TestRepository.init(dir);
        repo.write("README.md", "app\n").commit("Initial commit");
    }

    @AfterEach
    void stop() {
        github.close();
    }

    /** Makes a squash commit on main as GitHub would (the merger as author, GitHub as committer). */
    private Commit squash(String authorName, String authorEmail, String message) {
        repo.write("src/" + message.hashCode() + ".txt", message);
        String id = repo.commitAs(authorName, authorEmail, "GitHub", "noreply@github.com", message);
        String parent = repo.git("rev-parse", id + "^").trim();
        return Commit.builder(id).parent(parent).author(PersonIdent.of(authorName, authorEmail))
                .committer(PersonIdent.of("GitHub", "noreply@github.com"))
                .message(repo.git("log", "-1", "--format=%B", id).stripTrailing()).build();
    }

    private CommitAssessment assessWithPullRequests(Commit commit) throws Exception {
        GitHubSettings settings = GitHubSettings.builder().apiUrl(github.apiUrl()).token("ghp_test")
                .requestTimeout(Duration.ofSeconds(5)).sleeper(d -> { }).build();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        GitHubPullRequestLookup lookup = new GitHubPullRequestLookup(http, settings, GitHubRepository.of("octo", "app"));
        CommitLookup outcome = lookup.lookup(List.of(commit), c -> false, new CallBudget(20))
                .forCommit(commit.id()).orElseThrow();
        assertThat(outcome.isResolved()).as("lookup of %s: %s", commit, outcome).isTrue();
        return DETECTOR.assess(commit, outcome.pullRequests());
    }

    private static String pullsOf(Commit commit) {
        return "/repos/octo/app/commits/" + commit.id() + "/pulls?per_page=100";
    }

    private static String commitsOf(int number) {
        return "/repos/octo/app/pulls/" + number + "/commits?per_page=100";
    }

    @Test
    void aCodexCloudSquashIsFlaggedThroughItsPullRequest() throws Exception {
        Commit squash = squash("Ada Example", "ada@example.org", "Add retries to the uploader (#41)");
        github.on(pullsOf(squash), Reply.json(array(pull(41, "ada-example", "User", "codex/add-uploader-retries",
                        "Add retries to the uploader",
                        "## Summary\n- retry uploads up to three times\n\n## Testing\n- mvn test\n\n"
                                + "------\nhttps://chatgpt.com/codex/tasks/task_e_68b1f2a3c4d5e6f708192a3b4c5d6e7f"))))
                .on(commitsOf(41), Reply.json(array(commit(sha(700), sha(699), "Ada Example", "ada@example.org",
                        "Add retries to the uploader"))));

        assertThat(DETECTOR.assess(squash).aiAssisted()).as("the squash alone carries no marker").isFalse();
        CommitAssessment assessment = assessWithPullRequests(squash);

        assertThat(assessment.aiAssisted()).isTrue();
        assertThat(assessment.evidence()).extracting(Evidence::ruleId).contains("BD-03", "BR-04");
        Evidence taskLink = assessment.evidence().stream().filter(e -> e.ruleId().equals("BD-03")).findFirst()
                .orElseThrow();
        assertThat(taskLink.confidence()).isEqualTo(Confidence.DEFINITIVE);
        assertThat(taskLink.provenance()).hasValueSatisfying(p -> assertThat(p).contains("#41")
                .contains("https://github.com/octo/app/pull/41"));
    }

    @Test
    void aPullRequestOpenedByTheCopilotAgentIsFlagged() throws Exception {
        for (String login : List.of("Copilot", "copilot-swe-agent[bot]")) {
            Commit squash = squash("Ada Example", "ada@example.org", "Fix the login timeout via " + login + " (#57)");
            int number = login.equals("Copilot") ? 57 : 58;
            github.on(pullsOf(squash), Reply.json(array(pull(number, login, "Bot", "copilot/fix-login-timeout",
                            "Fix the login timeout", "Raises the session timeout to 30 minutes.\n\nFixes #12."))))
                    .on(commitsOf(number), Reply.json(array(commit(sha(800), sha(799), "Ada Example",
                            "ada@example.org", "Raise the timeout"))));

            CommitAssessment assessment = assessWithPullRequests(squash);

            assertThat(assessment.aiAssisted()).as(login).isTrue();
            assertThat(assessment.flaggingEvidence()).extracting(Evidence::ruleId).as(login).contains("PR-01");
            assertThat(assessment.flaggingEvidence()).allSatisfy(e -> assertThat(e.provenance()).isPresent());
        }
    }

    @Test
    void theAgentsOwnCommitsInsideThePullRequestAreReadToo() throws Exception {
        Commit squash = squash("Ada Example", "ada@example.org", "Tidy the parser (#60)");
        github.on(pullsOf(squash), Reply.json(array(pull(60, "ada-example", "User", "tidy-parser", "Tidy the parser",
                        "Small clean-up."))))
                .on(commitsOf(60), Reply.json(array(
                        commit(sha(900), sha(899), "Ada Example", "ada@example.org", "Tidy the parser"),
                        commit(sha(901), sha(900), "Ada Example", "ada@example.org",
                                "Simplify the loop\n\nCo-Authored-By: Claude <noreply@anthropic.com>"))));

        CommitAssessment assessment = assessWithPullRequests(squash);

        assertThat(assessment.aiAssisted()).isTrue();
        assertThat(assessment.flaggingEvidence()).extracting(Evidence::ruleId).contains("CA-01");
        assertThat(assessment.flaggingEvidence()).extracting(e -> e.provenance().orElse(""))
                .anySatisfy(p -> assertThat(p).contains("#60").contains(sha(901).substring(0, 12)));
    }

    @Test
    void aHumanNamedDevinWhoMentionsClaudeIsNotFlagged() throws Exception {
        Commit squash = squash("Devin Okafor", "devin.okafor@fastmail.com", "Fix cache eviction order (#73)");
        github.on(pullsOf(squash), Reply.json(array(pull(73, "devin-okafor", "User", "devin/cache-eviction",
                        "Fix cache eviction order",
                        "Claude from the platform team spotted this in review; I rewrote the eviction loop.\n\n"
                                + "cc @claude-marsh"))))
                .on(commitsOf(73), Reply.json(array(commit(sha(1000), sha(999), "Devin Okafor",
                        "devin.okafor@fastmail.com", "Fix cache eviction order\n\nCo-authored-by: Claude Marsh "
                                + "<claude.marsh@fastmail.com>"))));

        CommitAssessment assessment = assessWithPullRequests(squash);

        assertThat(assessment.aiAssisted()).as("evidence: %s", assessment.evidence()).isFalse();
        assertThat(assessment.evidence()).allSatisfy(e -> assertThat(e.confidence()).isEqualTo(Confidence.WEAK));
    }
}
