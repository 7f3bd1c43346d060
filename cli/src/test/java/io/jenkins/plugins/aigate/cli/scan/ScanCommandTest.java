package io.jenkins.plugins.aigate.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.aigate.cli.CliRun;
import io.jenkins.plugins.aigate.cli.ExitCode;
import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aigate scan} run in-process over real repositories made with the git CLI. */
class ScanCommandTest {
    private static final String CLAUDE_TRAILER = "Co-authored-by: Claude <noreply@anthropic.com>";

    @TempDir
    static Path temp;

    private static TestRepository repository;
    private static String first;
    private static String claude;
    private static String hostile;
    private static String last;

    @BeforeAll
    static void makeHistory() {
        repository = TestRepository.init(temp.resolve("work"));
        first = repository.write("README.md", "hello\n").commit("Initial commit\n");
        claude = repository.write("src/Retry.java", "class Retry {}\n")
                .commit("Add retry to the uploader\n\nWith backoff.\n\n" + CLAUDE_TRAILER + "\n");
        hostile = repository.write("src/Evil.txt", "x\n").commitAs("Mallory \u001b[8m", "mallory@example.org",
                "Fix typo\u001b[2K\u001b[1A\u009b31m\u202e done\n\n" + CLAUDE_TRAILER + "\n");
        last = repository.write("docs/notes.md", "notes\n").commit("Write notes\n");
    }

    private static CliRun scan(String... args) {
        List<String> command = new ArrayList<>(List.of("scan", "--repo", repository.dir().toString()));
        command.addAll(List.of(args));
        return CliRun.of(command.toArray(String[]::new));
    }

    private static JsonNode json(CliRun run) throws IOException {
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    private static List<String> ids(JsonNode root) {
        List<String> ids = new ArrayList<>();
        root.get("commits").forEach(commit -> ids.add(commit.get("id").asText()));
        return ids;
    }

    @Test
    void textListsFlaggedCommitsWithEvidenceAndSummary() {
        CliRun run = scan();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("AI " + claude.substring(0, 12) + "  Add retry to the uploader\n")
                .contains("Claude Code (definitive, CA-01) coAuthorEmail: " + CLAUDE_TRAILER)
                .contains("AI " + hostile.substring(0, 12) + "  Fix typo")
                .doesNotContain(first.substring(0, 12))
                .doesNotContain(last.substring(0, 12))
                .contains("\n4 commits read, 2 AI-assisted.\n")
                .contains("\n       2  Claude Code\n");
    }

    @Test
    void textWithAllListsEveryCommit() {
        CliRun run = scan("--all");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out())
                .contains("   " + first.substring(0, 12) + "  Initial commit\n")
                .contains("   " + last.substring(0, 12) + "  Write notes\n")
                .contains("AI " + claude.substring(0, 12));
        assertThat(run.out().indexOf(last.substring(0, 12))).isLessThan(run.out().indexOf(first.substring(0, 12)));
    }

    @Test
    void textNeutralisesControlAndAnsiCharactersInCommitText() {
        CliRun run = scan("--all");

        assertThat(run.out()).contains("Fix typo\\x1B[2K\\x1B[1A\\x9B31m\\u202E done");
        assertThat(run.out().chars()).noneMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F)
                || c == 0x202E);
    }

    @Test
    void jsonFollowsTheContractInGitLogOrder() throws IOException {
        JsonNode root = json(scan("--format", "json"));

        assertThat(ids(root)).containsExactly(last, hostile, claude, first);
        JsonNode flagged = root.get("commits").get(2);
        assertThat(flagged.get("aiAssisted").asBoolean()).isTrue();
        assertThat(flagged.get("subject").asText()).isEqualTo("Add retry to the uploader");
        JsonNode evidence = flagged.get("evidence").get(0);
        assertThat(evidence.get("rule").asText()).isEqualTo("CA-01");
        assertThat(evidence.get("tool").asText()).isEqualTo("Claude Code");
        assertThat(evidence.get("confidence").asText()).isEqualTo("definitive");
        assertThat(evidence.get("field").asText()).isEqualTo("coAuthorEmail");
        assertThat(evidence.get("value").asText()).contains("noreply@anthropic.com");
        JsonNode plain = root.get("commits").get(0);
        assertThat(plain.get("aiAssisted").asBoolean()).isFalse();
        assertThat(plain.get("evidence")).isEmpty();
        assertThat(root.get("commits").get(1).get("subject").asText()).startsWith("Fix typo\u001b[2K");

        JsonNode summary = root.get("summary");
        assertThat(summary.get("commitsRead").asLong()).isEqualTo(4);
        assertThat(summary.get("aiAssisted").asLong()).isEqualTo(2);
        assertThat(summary.get("tools").get("Claude Code").asLong()).isEqualTo(2);
    }

    @Test
    void revisionsSelectARange() throws IOException {
        JsonNode root = json(scan("--format", "json", first + ".." + hostile));
        assertThat(ids(root)).containsExactly(hostile, claude);
        JsonNode excluded = json(scan("--format", "json", "^" + claude, last));
        assertThat(ids(excluded)).containsExactly(last, hostile);
    }

    @Test
    void readsABareRepository() throws IOException {
        Path bare = temp.resolve("bare.git");
        repository.git("clone", "-q", "--bare", repository.dir().toString(), bare.toString());

        JsonNode root = json(CliRun.of("scan", "--repo", bare.toString(), "--format", "json"));
        assertThat(ids(root)).containsExactly(last, hostile, claude, first);
    }

    @Test
    void readsFromASubdirectoryOfAWorkTree() throws IOException {
        JsonNode root = json(CliRun.of("scan", "--repo", repository.dir().resolve("src").toString(),
                "--format", "json"));
        assertThat(ids(root)).hasSize(4);
    }

    @Test
    void notARepositoryIsBadInputOnOneLine() throws IOException {
        Path plain = Files.createDirectories(temp.resolve("plain"));
        CliRun run = CliRun.of("scan", "--repo", plain.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("aigate scan: not a git repository: " + plain).hasLineCount(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingDirectoryIsBadInput() {
        CliRun run = CliRun.of("scan", "--repo", temp.resolve("nowhere").toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("not a git repository").hasLineCount(1);
    }

    @Test
    void unknownRevisionIsBadInputAndJsonWritesNothing() {
        CliRun run = scan("--format", "json", "no-such-branch");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("aigate scan: unknown revision: no-such-branch").hasLineCount(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void emptyRepositoryIsBadInput() {
        TestRepository empty = TestRepository.init(temp.resolve("empty"));
        CliRun run = CliRun.of("scan", "--repo", empty.dir().toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).hasLineCount(1);
    }

    @Test
    void optionLookingRevisionIsOnlyEverARevision() throws IOException {
        Path output = repository.dir().resolve("x");
        CliRun run = scan("--", "--output=x");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("unknown revision: --output=x").hasLineCount(1);
        assertThat(output).doesNotExist();
        assertThat(Path.of("x")).doesNotExist();
    }

    @Test
    void optionLookingArgumentWithoutSeparatorIsRefusedByTheParser() {
        CliRun run = scan("--output=x");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("Unknown option: '--output=x'").hasLineCount(1);
        assertThat(repository.dir().resolve("x")).doesNotExist();
    }

    @Test
    void jsonAlwaysHoldsEveryCommitThenTheSummary() throws IOException {
        CliRun withAll = scan("--format", "json", "--all");
        assertThat(withAll.out()).isEqualTo(scan("--format", "json").out());
        Iterator<String> names = json(withAll).fieldNames();
        assertThat(names.next()).isEqualTo("commits");
        assertThat(names.next()).isEqualTo("summary");
    }
}
