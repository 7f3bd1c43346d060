package io.jenkins.plugins.aigate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AiGateCommandTest {
    @Test
    void missingSubcommandIsBadUsageOnOneLine() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("aigate: missing subcommand (see 'aigate --help')\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownOptionIsBadUsageOnOneLine() {
        CliRun run = CliRun.of("scan", "--no-such-option");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("aigate scan: Unknown option: '--no-such-option'").hasLineCount(1);
    }

    @Test
    void unknownSubcommandIsBadUsage() {
        CliRun run = CliRun.of("scna");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).hasLineCount(1).contains("scna");
    }

    @Test
    void unknownFormatIsBadUsage() {
        CliRun run = CliRun.of("scan", "--format", "xml");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).hasLineCount(1).contains("xml").contains("text, json");
    }

    @Test
    void helpAndVersionSucceed() {
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("scan").contains("Exit codes:").contains("70");
        CliRun scanHelp = CliRun.of("scan", "--help");
        assertThat(scanHelp.exitCode()).isZero();
        assertThat(scanHelp.out()).contains("--repo=DIR").contains("--format=FORMAT").contains("--all");
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("aigate ");
    }
}
