package io.jenkins.plugins.aigate.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.Trailer;
import io.jenkins.plugins.aigate.core.commit.TrailerParser;
import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real commits made with the git CLI, read back from git, assessed as a deploy would see them. */
class RealGitDetectionTest {
    private static final Detector DETECTOR = Detector.withDefaults();

    @TempDir
    static Path dir;
    private static TestRepository repo;
    private static String claude;
    private static String aider;
    private static String agent;
    private static String human;
    private static String revert;
    private static String cherryPick;
    private static String merge;
    private static String squash;
    private static String flattened;

    @BeforeAll
    static void makeHistory() {
        repo = TestRepository.init(dir);
        repo.write("README.md", "hello\n");
        human = repo.commitAs("Devin Nusbaum", "dwnusbaum@users.noreply.github.com",
                "Fix CPS serialization\n\nCo-authored-by: Claude Warren <claude@apache.org>\n");
        repo.write("src/App.java", "class App {}\n");
        claude = repo.commit("Add retry flag\n\n\uD83E\uDD16 Generated with [Claude Code](https://claude.com/claude-code)\n\n"
                + "Co-Authored-By: Claude Opus 4.6 (1M context) <noreply@anthropic.com>\n");
        repo.write("src/Util.java", "class Util {}\n");
        aider = repo.commitAs("Paul Gauthier (aider)", "paul@aider.chat", "Add util\n");
        repo.write("src/Agent.java", "class Agent {}\n");
        agent = repo.commitAs("copilot-swe-agent[bot]", "198982749+Copilot@users.noreply.github.com", "GitHub",
                "noreply@github.com", "Add agent\n\nAgent-Logs-Url: https://github.com/acme/app/sessions/"
                        + "2abfa615-1c2d-4e5f-8a9b-0c1d2e3f4a5b\n\n"
                        + "Co-authored-by: ada <271941481+ada@users.noreply.github.com>\n");
        repo.git("revert", "--no-edit", claude);
        revert = repo.head();
        repo.git("checkout", "-q", "-b", "release", human);
        repo.git("cherry-pick", "-x", claude);
        cherryPick = repo.head();
        repo.git("checkout", "-q", "main");
        repo.git("checkout", "-q", "-b", "devin/1787422507-flight-controller");
        repo.write("src/Flight.java", "class Flight {}\n");
        repo.commit("Add flight controller\n");
        repo.git("checkout", "-q", "main");
        repo.git("merge", "-q", "--no-ff", "-m",
                "Merge pull request #4 from Eshaank08/devin/1787422507-flight-controller",
                "devin/1787422507-flight-controller");
        merge = repo.head();
        repo.write("src/Cache.java", "class Cache {}\n");
        squash = repo.commit("Add cache (#26595)\n\n* Add cache\n\n* Update Cache.java\n\n---------\n\n"
                + "Co-authored-by: Kevin <kevin@example.local>\n"
                + "Co-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>\n");
        repo.write("CLAUDE.md", "rules\n");
        flattened = repo.commit("Update agent rules Co-authored-by: Cursor <cursoragent@cursor.com> Made-with: Cursor");
    }

    private static Commit read(String id) {
        return RepositoryCommits.read(repo, id);
    }

    private static List<String> rules(String id) {
        return DETECTOR.assess(read(id)).evidence().stream().map(Evidence::ruleId).collect(Collectors.toList());
    }

    @Test
    void flagsAiCommitsAndLeavesPeopleAlone() {
        assertThat(rules(human)).isEmpty();
        assertThat(rules(claude)).containsExactly("CA-01", "BD-01");
        assertThat(rules(aider)).containsExactly("ID-15");
        assertThat(rules(agent)).containsExactly("ID-04", "TK-03");
        assertThat(DETECTOR.assess(read(agent)).aiAssisted()).isTrue();
    }

    @Test
    void revertIsCleanButCherryPickKeepsTheMarker() {
        assertThat(read(revert).message()).startsWith("Revert \"Add retry flag\"");
        assertThat(rules(revert)).isEmpty();
        assertThat(read(cherryPick).message()).contains("(cherry picked from commit " + claude + ")");
        assertThat(rules(cherryPick)).contains("CA-01");
    }

    @Test
    void mergeSubjectCarriesTheAgentBranch() {
        Commit commit = read(merge);
        assertThat(commit.isMerge()).isTrue();
        CommitAssessment assessment = DETECTOR.assess(commit);
        assertThat(assessment.evidence()).extracting(Evidence::ruleId, Evidence::field, Evidence::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BR-06", "mergedBranch",
                        "devin/1787422507-flight-controller"));
    }

    @Test
    void squashBlockAsGitReadsIt() {
        Commit commit = read(squash);
        List<Trailer> trailers = TrailerParser.parse(commit.message());
        assertThat(trailers).extracting(Trailer::value).containsExactly("Kevin <kevin@example.local>",
                "Copilot <175728472+Copilot@users.noreply.github.com>");
        assertThat(repo.git("log", "-1", "--format=%(trailers:key=Co-authored-by,valueonly)", squash).strip())
                .isEqualTo("Kevin <kevin@example.local>\nCopilot <175728472+Copilot@users.noreply.github.com>");
        assertThat(rules(squash)).containsExactly("CA-05");
    }

    @Test
    void flattenedMessageAndToolingPath() {
        CommitAssessment assessment = DETECTOR.assess(read(flattened));
        assertThat(assessment.evidence()).extracting(Evidence::ruleId, Evidence::confidence).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CA-08", Confidence.STRONG),
                org.assertj.core.groups.Tuple.tuple("TK-09", Confidence.WEAK),
                org.assertj.core.groups.Tuple.tuple("TR-02", Confidence.WEAK));
        assertThat(assessment.aiAssisted()).isTrue();
    }
}
