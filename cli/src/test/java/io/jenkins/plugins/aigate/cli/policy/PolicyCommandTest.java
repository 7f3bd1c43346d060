package io.jenkins.plugins.aigate.cli.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.cli.CliRun;
import io.jenkins.plugins.aigate.cli.ExitCode;
import io.jenkins.plugins.aigate.core.policy.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCommandTest {
    @TempDir
    Path temp;

    @Test
    void validateAcceptsAGoodFileAndNamesItsForm() throws IOException {
        Path file = Files.writeString(temp.resolve("p.yaml"), "mode: observe\nrequiredApprovals: 2\n");
        CliRun run = CliRun.of("policy", "validate", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains(file + ": valid").contains("mode observe").contains("fingerprint ");
    }

    @Test
    void validateListsEveryProblemWithFileLineAndKey() throws IOException {
        Path file = Files.writeString(temp.resolve("bad.yaml"), "mode: Enforce\nrequiredApprovals: 0\nfoo: 1\n");
        CliRun run = CliRun.of("policy", "validate", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(file + ":1:").contains(file + ":2:").contains(file + ":3:")
                .contains("mode").contains("requiredApprovals").contains("foo")
                .endsWith("aigate policy validate: 3 problems in " + file + "\n");
    }

    @Test
    void validateOfAMissingFileIsBadInput() {
        CliRun run = CliRun.of("policy", "validate", temp.resolve("none.yaml").toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("none.yaml");
    }

    @Test
    void showPrintsTheDefaultPolicyWithEveryDefault() {
        CliRun run = CliRun.of("policy", "show");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("# fingerprint " + Policy.defaults().fingerprint() + "\n")
                .contains("mode: enforce").contains("requiredApprovals: 1").contains("pipeline-definition")
                .contains("unknownBaseline: requireApproval").contains("maxCommits: 1000");
    }

    @Test
    void showOfAFileFillsInDefaultsAndRoundTrips() throws IOException {
        Path file = Files.writeString(temp.resolve("p.yaml"), "mode: observe\n");
        CliRun run = CliRun.of("policy", "show", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("mode: observe").contains("separationOfDuties: true");
        Path shown = Files.writeString(temp.resolve("shown.yaml"), run.out());
        CliRun again = CliRun.of("policy", "show", shown.toString());
        assertThat(again.out()).isEqualTo(run.out());
    }

    @Test
    void showOfABrokenFileIsOneLine() throws IOException {
        Path file = Files.writeString(temp.resolve("bad.yaml"), "mode: sometimes\n");
        CliRun run = CliRun.of("policy", "show", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).hasLineCount(1).startsWith("aigate policy show: policy error: " + file + ":1:");
    }
}
