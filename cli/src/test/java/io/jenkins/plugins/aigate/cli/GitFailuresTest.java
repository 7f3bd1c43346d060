package io.jenkins.plugins.aigate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Bad repositories and revisions end in one line on standard error and exit 2, never a stack trace. */
class GitFailuresTest {
    @TempDir
    Path temp;

    private TestRepository history(String name, int commits) {
        TestRepository repository = TestRepository.init(temp.resolve(name));
        for (int i = 0; i < commits; i++) {
            repository.write("f" + i + ".txt", "content " + i + "\n").commit("Commit " + i + "\n");
        }
        return repository;
    }

    private static void assertOneLineBadInput(CliRun run, String expected) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).as(run.toString()).hasLineCount(1).contains(expected).doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void aRevisionBeyondTheReflogIsBadInput() {
        TestRepository repository = history("r", 2);
        for (String command : new String[] {"scan", "check"}) {
            assertOneLineBadInput(CliRun.of(command, "--repo", repository.dir().toString(), "HEAD@{100}"),
                    "unknown revision: HEAD@{100}");
        }
    }

    @Test
    void treesAndBlobsAreNotCommits() {
        TestRepository repository = history("r", 1);
        String dir = repository.dir().toString();
        assertOneLineBadInput(CliRun.of("scan", "--repo", dir, "HEAD^{tree}"), "not a commit: HEAD^{tree} names a tree");
        assertOneLineBadInput(CliRun.of("scan", "--repo", dir, "HEAD:f0.txt"), "not a commit: HEAD:f0.txt names a blob");
        assertOneLineBadInput(CliRun.of("scan", "--repo", dir, "HEAD..HEAD^{tree}"), "not a commit");
        assertOneLineBadInput(CliRun.of("check", "--repo", dir, "HEAD^{tree}"), "not a commit");
    }

    @Test
    void missingObjectsAreBadInputAndJsonOutputStaysWhole() throws IOException {
        TestRepository repository = history("r", 3);
        // the oldest commit's tree is gone: git lists the newer commits, then fails
        String tree = repository.git("rev-parse", "HEAD~2^{tree}").trim();
        Files.delete(repository.dir().resolve(".git/objects/" + tree.substring(0, 2) + "/" + tree.substring(2)));

        assertOneLineBadInput(CliRun.of("scan", "--repo", repository.dir().toString()), "objects are missing");
        CliRun json = CliRun.of("scan", "--repo", repository.dir().toString(), "--format", "json");
        assertThat(json.exitCode()).as(json.toString()).isEqualTo(ExitCode.BAD_INPUT);
        JsonNode document = new ObjectMapper().readTree(json.out());
        assertThat(document.get("error").asText()).contains("git could not read the history");
        assertThat(document.get("summary").get("commitsRead").asInt()).isEqualTo(document.get("commits").size());
        assertOneLineBadInput(CliRun.of("check", "--repo", repository.dir().toString()), "objects are missing");
    }

    @Test
    void aTreelessCloneIsReadWithoutPathsAndSaysWhy() throws Exception {
        TestRepository source = history("source", 2);
        source.git("config", "uploadpack.allowFilter", "true");
        Path clone = temp.resolve("clone");
        source.git("clone", "-q", "--no-local", "--filter=tree:0", "file://" + source.dir(), clone.toString());
        deleteTree(source.dir());

        CliRun scan = CliRun.of("scan", "--repo", clone.toString(), "--all");
        assertThat(scan.exitCode()).as(scan.toString()).isZero();
        assertThat(scan.out()).contains("2 commits read");
        assertThat(scan.err()).contains("note: changed paths not read: a partial clone");
        // path rules (the pipeline definition's is always there) cannot be judged without paths: no decision
        // rather than a blind pass
        assertOneLineBadInput(CliRun.of("check", "--repo", clone.toString()), "no decision: changed paths not read");
    }

    @Test
    void checkReportsDubiousOwnership() throws Exception {
        TestRepository repository = history("r", 1);
        Process chown = new ProcessBuilder("chown", "-R", "12345:12345", repository.dir().toString()).start();
        assumeTrue(chown.waitFor() == 0, "needs to be able to give the repository to another user");
        assertOneLineBadInput(CliRun.of("check", "--repo", repository.dir().toString()), "dubious ownership");
        assertOneLineBadInput(CliRun.of("scan", "--repo", repository.dir().toString()), "dubious ownership");
    }

    /** A command that fails the way a bug would. */
    @CommandLine.Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug");
        }
    }

    @Test
    void aBugIsOneLineNamingTheTraceFileOrTheTraceWithDebug() throws IOException {
        StringWriter err = new StringWriter();
        CommandLine commandLine = withBoom(err);
        assertThat(commandLine.execute("boom")).isEqualTo(ExitCode.INTERNAL_ERROR);
        String line = err.toString();
        assertThat(line).hasLineCount(1).contains("internal error: java.lang.IllegalStateException: a bug")
                .contains("stack trace in ");
        Path trace = Path.of(line.replaceAll("(?s).*stack trace in (.*)\\)\\s*$", "$1"));
        assertThat(Files.readString(trace)).contains("at io.jenkins.plugins.aigate.cli.GitFailuresTest$Boom.call");
        Files.delete(trace);

        StringWriter debugErr = new StringWriter();
        CommandLine debug = withBoom(debugErr);
        assertThat(debug.execute("--debug", "boom")).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(debugErr.toString()).contains("\tat io.jenkins.plugins.aigate.cli.GitFailuresTest$Boom.call");
    }

    private static CommandLine withBoom(StringWriter err) {
        PrintWriter out = new PrintWriter(new StringWriter());
        CommandLine commandLine = AiGateCommand.commandLine(out, new PrintWriter(err));
        commandLine.addSubcommand("boom", new Boom());
        // streams set after adding reach the new subcommand too
        commandLine.setOut(out);
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
