package io.jenkins.plugins.aigate.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.cli.CliRun;
import io.jenkins.plugins.aigate.cli.ExitCode;
import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What check and scan print in the corners: an off gate, many authors, hostile commits, lone options. */
class CheckOutputTest {
    @TempDir
    static Path temp;

    private static TestRepository repository;
    private static String base;
    private static String nul;
    private static String noAuthor;

    @BeforeAll
    static void history() {
        repository = TestRepository.init(temp.resolve("r"));
        base = repository.write("a", "a\n").commit("base\n");
        for (int i = 0; i < 70; i++) {
            repository.write("f" + i, "x\n").commitAs("Person " + i, "person" + i + "@example.org",
                    "Change " + i + "\n\nCo-authored-by: Claude <noreply@anthropic.com>\n");
        }
        String tree = repository.git("rev-parse", "HEAD^{tree}").trim();
        String head = repository.head();
        nul = repository.writeCommitObject(("tree " + tree + "\nparent " + head + "\nauthor A <a@x.org> 1700000000 +0000"
                + "\ncommitter A <a@x.org> 1700000000 +0000\n\nNUL in \0 message\n\nCo-authored-by: Claude "
                + "<noreply@anthropic.com>\n").getBytes(StandardCharsets.UTF_8));
        noAuthor = repository.writeCommitObject(("tree " + tree + "\nparent " + head
                + "\ncommitter A <a@x.org> 1700000000 +0000\n\nno author\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anOffGateSaysNothingWasEvaluatedAndCountsNothing() throws IOException {
        Path off = Files.writeString(temp.resolve("off.yaml"), "mode: off\n");
        CliRun check = CliRun.of("check", "--repo", repository.dir().toString(), "--policy", off.toString(),
                base + "..HEAD");
        assertThat(check.exitCode()).isZero();
        assertThat(check.out()).contains("nothing evaluated").contains("(not evaluated)").doesNotContain("inspected");
    }

    @Test
    void theSeparationOfDutiesListIsWrappedAndCapped() {
        CliRun check = CliRun.of("check", "--repo", repository.dir().toString(), base + "..HEAD");
        assertThat(check.exitCode()).as(check.toString()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(check.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(140));
        assertThat(check.out()).contains("but not, by separation of duties").containsPattern(
                "\\.\\.\\. and \\d+ more \\(7[12] in all\\)");
    }

    @Test
    void checkHelpSaysExactlyWhichRevisionsItTakes() {
        CliRun help = CliRun.of("check", "--help");
        assertThat(help.out().replaceAll("\\s+", " ")).contains("REV accepts exactly one of: BASE..HEAD, ^BASE HEAD "
                + "(two revisions), or one revision");
        CliRun three = CliRun.of("check", "--repo", repository.dir().toString(), "HEAD", "HEAD~1", "HEAD~2");
        assertThat(three.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void aNegativeCallBudgetAloneIsRefused() {
        for (String command : new String[] {"scan", "check"}) {
            CliRun run = CliRun.of(command, "--repo", repository.dir().toString(), "--github-call-budget=-5");
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).contains("--github-call-budget must be zero or more");
        }
    }

    @Test
    void hiddenAndAuthorLessCommitsAreReasonsInCheckAndEvidenceInScan() {
        CliRun scanNul = CliRun.of("scan", "--repo", repository.dir().toString(), nul);
        assertThat(scanNul.exitCode()).as(scanNul.toString()).isZero();
        assertThat(scanNul.out()).contains("AI " + nul.substring(0, 12)).contains("UNREADABLE_COMMIT: ");

        CliRun checkNul = CliRun.of("check", "--repo", repository.dir().toString(), nul + "~1.." + nul);
        assertThat(checkNul.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(checkNul.out()).contains("UNREADABLE_COMMIT").contains("Claude Code");

        CliRun scanNoAuthor = CliRun.of("scan", "--repo", repository.dir().toString(), "--format", "json",
                noAuthor + "~1.." + noAuthor);
        assertThat(scanNoAuthor.exitCode()).as(scanNoAuthor.toString()).isZero();
        assertThat(scanNoAuthor.out()).contains("\"problems\":[\"UNREADABLE_COMMIT: the commit has no author line\"]");
        CliRun checkNoAuthor = CliRun.of("check", "--repo", repository.dir().toString(),
                noAuthor + "~1.." + noAuthor);
        assertThat(checkNoAuthor.exitCode()).as(checkNoAuthor.toString()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(checkNoAuthor.out()).contains("a commit git cannot show whole (UNREADABLE_COMMIT)");
        assertThat(checkNoAuthor.err()).isEmpty();
    }
}
