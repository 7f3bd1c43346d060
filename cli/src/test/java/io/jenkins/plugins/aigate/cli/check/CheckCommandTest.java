package io.jenkins.plugins.aigate.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.cli.CliRun;
import io.jenkins.plugins.aigate.cli.ExitCode;
import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aigate check} and {@code aigate audit verify} in-process over real repositories and real audit logs. */
class CheckCommandTest {
    private static final String CLAUDE = "\n\nCo-authored-by: Claude <noreply@anthropic.com>\n";

    @TempDir
    static Path temp;

    private static TestRepository repository;
    private static String root;
    private static String human;
    private static String claude;
    private static String pipeline;
    private static String infra;

    @BeforeAll
    static void makeHistory() {
        repository = TestRepository.init(temp.resolve("work"));
        root = repository.write("README.md", "hello\n").commit("Initial commit\n");
        human = repository.write("src/A.java", "class A {}\n")
                .commitAs("Bob Human", "bob@example.org", "Add A\n");
        claude = repository.write("src/Retry.java", "class Retry {}\n").commit("Add retry" + CLAUDE);
        pipeline = repository.write("Jenkinsfile", "pipeline {}\n")
                .commitAs("Bob Human", "bob@example.org", "Build on every push\n");
        infra = repository.write("infra/main.tf", "x\n").commit("Tune the cluster" + CLAUDE);
    }

    private static CliRun check(String... args) {
        List<String> command = new ArrayList<>(List.of("check", "--repo", repository.dir().toString()));
        command.addAll(List.of(args));
        return CliRun.of(command.toArray(String[]::new));
    }

    private static Path file(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void humanOnlyRangeWithABaselinePasses() {
        CliRun run = check(root + ".." + human);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("Decision: PASS\n").contains(", 1 commit inspected");
    }

    @Test
    void aiAssistedCommitRequiresApprovalWithEvidenceAndApprovers() throws IOException {
        Path policy = file("approvers.yaml", "approvers:\n  groups: [senior-engineers]\n  users: [carol]\n");
        CliRun run = check("--policy", policy.toString(), human + ".." + claude);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(run.out())
                .startsWith("Decision: APPROVAL REQUIRED\n")
                .contains("Reasons:  AI-assisted commits\n")
                .contains("Required: 1 approval\n")
                .contains("Who may approve: groups senior-engineers; users carol\n")
                .contains("separation of duties")
                .contains("ada@example.org")
                .contains("AI " + claude.substring(0, 12) + "  Add retry\n")
                .contains("Claude Code (definitive, CA-01) coAuthorEmail:");
    }

    @Test
    void singleRevisionHasNoBaselineAndNeedsApprovalUnderTheDefaultPolicy() {
        CliRun run = check(human);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(run.out()).contains("(no baseline given)").contains("the range has no trusted baseline")
                .contains("2 commits inspected");
    }

    @Test
    void pipelineDefinitionNeedsApprovalEvenFromAHuman() {
        CliRun run = check(claude + ".." + pipeline);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(run.out()).contains("commits touch protected paths")
                .contains("   " + pipeline.substring(0, 12) + "  Build on every push")
                .contains("policy rules: pipeline-definition");
    }

    @Test
    void ruleRaisesTheQuorumAndNamesItself() throws IOException {
        Path policy = file("infra.yaml", "rules:\n  - name: infra\n    paths: ['infra/**']\n"
                + "    requiredApprovals: 2\n");
        CliRun run = check("--policy", policy.toString(), pipeline + ".." + infra);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(run.out()).contains("Required: 2 approvals (raised by rule 'infra')");
    }

    @Test
    void observeModeAlwaysPassesAndSaysWhatWouldHaveBeenRequired() throws IOException {
        Path policy = file("observe.yaml", "mode: observe\n");
        CliRun run = check("--policy", policy.toString(), human + ".." + claude);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("Decision: PASS (observe mode: approval would have been required)\n")
                .contains("Would have required: 1 approval")
                .contains("AI " + claude.substring(0, 12));
    }

    @Test
    void divergedBaselineIsNotTrusted() {
        repository.git("branch", "side", root);
        repository.git("checkout", "-q", "side");
        String side = repository.write("side.txt", "x\n").commit("Side work\n");
        repository.git("checkout", "-q", "main");

        CliRun run = check(side + ".." + human);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(run.out()).contains("is not an ancestor of the head").contains("no trusted baseline");
    }

    @Test
    void policyErrorNamesFileLineAndKeyOnOneLine() throws IOException {
        Path policy = file("broken.yaml", "mode: enforce\nrequiredAprovals: 2\n");
        CliRun run = check("--policy", policy.toString(), root + ".." + human);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).hasLineCount(1).startsWith("aigate check: policy error: " + policy + ":2:")
                .contains("requiredAprovals");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badRangesAndRevisionsAreBadInput() {
        assertThat(check("a...b").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(check(root, human).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        CliRun unknown = check(root + "..no-such-branch");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).isEqualTo("aigate check: unknown revision: no-such-branch\n");
        CliRun optionLike = check("--", "--output=x");
        assertThat(optionLike.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(optionLike.err()).contains("unknown revision: --output=x");
        assertThat(repository.dir().resolve("x")).doesNotExist();
    }

    @Test
    void notARepositoryIsBadInput() throws IOException {
        Path plain = Files.createDirectories(temp.resolve("plain"));
        CliRun run = CliRun.of("check", "--repo", plain.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).hasLineCount(1).contains("not a git repository");
    }

    @Test
    void auditLogGetsACliRecordThatVerifiesAndTamperingIsFound() throws IOException {
        Path keys = file("keys", "# test key\nk1=" + Base64.getEncoder().encodeToString(
                "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII)) + "\n");
        Path log = temp.resolve("audit/gate.jsonl");
        Files.createDirectories(log.getParent());

        CliRun first = check("--audit-log", log.toString(), "--key-file", keys.toString(), human + ".." + claude);
        assertThat(first.exitCode()).as(first.toString()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(first.out()).contains("Audit:    record 1 appended to " + log);
        CliRun second = check("--audit-log", log.toString(), "--key-file", keys.toString(), root + ".." + human);
        assertThat(second.exitCode()).as(second.toString()).isEqualTo(ExitCode.OK);
        assertThat(second.out()).contains("record 2 appended");

        List<String> lines = Files.readAllLines(log);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"CLI\"").contains(claude).contains("APPROVAL_REQUIRED");
        assertThat(lines.get(1)).contains("PASS");

        CliRun intact = CliRun.of("audit", "verify", "--key-file", keys.toString(), log.toString());
        assertThat(intact.exitCode()).as(intact.toString()).isEqualTo(ExitCode.OK);
        assertThat(intact.out()).startsWith("intact: 2 records");

        String anchor = second.out().replaceAll("(?s).*\\(anchor ([0-9]+:[0-9a-f]+)\\).*", "$1");
        Files.write(log, List.of(lines.get(0)));
        CliRun cut = CliRun.of("audit", "verify", "--key-file", keys.toString(), "--anchor", anchor,
                log.toString());
        assertThat(cut.exitCode()).as(cut.toString()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(cut.out()).startsWith("TAMPERED: record 2: TRUNCATED");

        Files.write(log, List.of(lines.get(0).replace("APPROVAL_REQUIRED", "PASS"), lines.get(1)));
        CliRun edited = CliRun.of("audit", "verify", "--key-file", keys.toString(), log.toString());
        assertThat(edited.exitCode()).as(edited.toString()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(edited.out()).startsWith("TAMPERED: record 1: EDITED");
    }

    @Test
    void auditVerifyOfUnreadableInputIsBadInput() throws IOException {
        Path keys = file("keys2", "k1=" + Base64.getEncoder().encodeToString(new byte[32]) + "\n");
        CliRun missing = CliRun.of("audit", "verify", "--key-file", keys.toString(),
                temp.resolve("nothing.jsonl").toString());
        assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).hasLineCount(1).contains("cannot read audit log");

        CliRun badKeys = CliRun.of("audit", "verify", "--key-file", temp.resolve("no-keys").toString(),
                temp.resolve("nothing.jsonl").toString());
        assertThat(badKeys.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        CliRun badAnchor = CliRun.of("audit", "verify", "--key-file", keys.toString(), "--anchor", "x",
                temp.resolve("nothing.jsonl").toString());
        assertThat(badAnchor.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(badAnchor.err()).contains("bad --anchor");
    }

    @Test
    void auditLogNeedsAKeyFile() {
        CliRun run = check("--audit-log", temp.resolve("a.jsonl").toString(), root + ".." + human);
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--audit-log and --key-file go together");
        assertThat(temp.resolve("a.jsonl")).doesNotExist();
    }
}
