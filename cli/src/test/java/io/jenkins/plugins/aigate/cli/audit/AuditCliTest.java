package io.jenkins.plugins.aigate.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.cli.CliRun;
import io.jenkins.plugins.aigate.cli.ExitCode;
import io.jenkins.plugins.aigate.core.audit.AuditLockHolder;
import io.jenkins.plugins.aigate.core.audit.KeyRing;
import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --audit-log}, {@code audit verify} and {@code audit key-id} under faults and with real key files. */
class AuditCliTest {
    @TempDir
    static Path temp;

    private static TestRepository repository;
    private static Path keyFile;
    private static String key;

    @BeforeAll
    static void setUp() throws IOException {
        repository = TestRepository.init(temp.resolve("work"));
        repository.write("README.md", "hello\n").commit("Initial commit\n");
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        key = Base64.getEncoder().encodeToString(bytes);
        // what `openssl rand -base64 32 > audit.key` writes
        keyFile = Files.writeString(temp.resolve("audit.key"), key + "\n");
    }

    private static CliRun check(Path log, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("check", "--repo", repository.dir().toString(),
                "--audit-log", log.toString(), "--key-file", keyFile.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static CliRun verify(Path log, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("audit", "verify", "--key-file", keyFile.toString()));
        args.addAll(List.of(more));
        args.add(log.toString());
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aBareBase64KeyFileWorksAndItsIdIsShownButNeverTheKey() {
        Path log = temp.resolve("bare.jsonl");
        CliRun run = check(log);
        assertThat(run.exitCode()).as(run.toString()).isIn(ExitCode.OK, ExitCode.CHECK_FAILED);
        CliRun id = CliRun.of("audit", "key-id", keyFile.toString());
        assertThat(id.exitCode()).isZero();
        String expected = KeyRing.fingerprintId(Base64.getDecoder().decode(key));
        assertThat(id.out()).isEqualTo(expected + " (current)\n").doesNotContain(key.substring(0, 8));
        assertThat(verify(log).out()).startsWith("intact: 1 record");
    }

    @Test
    void keyFileErrorsSayWhyAndNeverEchoTheKey() throws IOException {
        Path broken = Files.writeString(temp.resolve("broken.key"), key.substring(0, 43) + "!\n");
        for (Path file : List.of(broken, temp.resolve("missing.key"), temp)) {
            CliRun run = CliRun.of("audit", "key-id", file.toString());
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).hasLineCount(1).startsWith("aigate audit key-id: cannot read key file")
                    .doesNotContain(key.substring(0, 6)).doesNotContain(key.substring(20, 26));
        }
        assertThat(CliRun.of("audit", "key-id", temp.resolve("missing.key").toString()).err())
                .endsWith(": no such file\n");
        assertThat(CliRun.of("audit", "key-id", temp.toString()).err()).endsWith(": it is a directory\n");
    }

    @Test
    void devicesAndMissingDirectoriesAreRefusedWithNoDecision() {
        for (String device : List.of("/dev/null", "/dev/full", "/dev/stdout")) {
            if (!Files.exists(Paths.get(device))) {
                continue;
            }
            CliRun run = check(Paths.get(device));
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).hasLineCount(1).contains("no decision").contains("not a regular file");
            assertThat(run.out()).isEmpty();
            assertThat(Paths.get(device + ".lock")).doesNotExist();
        }
        Path missing = temp.resolve("no-such-dir/audit.jsonl");
        CliRun run = check(missing);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("no decision").contains("does not exist");
        assertThat(missing.getParent()).doesNotExist();
    }

    @Test
    @Timeout(60)
    void aLockHeldElsewhereEndsWithNoDecisionAfterTheTimeout() throws Exception {
        Path log = temp.resolve("held.jsonl");
        assertThat(check(log).exitCode()).isIn(ExitCode.OK, ExitCode.CHECK_FAILED);
        Process holder = AuditLockHolder.start(log);
        try {
            CliRun run = check(log, "--audit-lock-timeout", "1");
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).contains("waiting up to 1 s for another writer's lock on the audit log")
                    .contains("no decision").contains("no record was written");
            assertThat(run.out()).isEmpty();
        } finally {
            holder.destroyForcibly().waitFor();
        }
        assertThat(Files.readAllLines(log)).hasSize(1);
    }

    @Test
    void aLostLineFeedKeepsTheRecordAndATornLineIsReportedAsARepair() throws IOException {
        Path log = temp.resolve("torn.jsonl");
        check(log);
        check(log);
        String two = Files.readString(log);
        try (FileChannel ch = FileChannel.open(log, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() - 1);
        }
        assertThat(verify(log).out()).startsWith("intact: 2 records").contains("warning: the last record lacks");
        check(log);
        assertThat(Files.readString(log)).startsWith(two);
        CliRun three = verify(log);
        assertThat(three.out()).startsWith("intact: 3 records").doesNotContain("warning");

        Files.write(log, "{\"body\":{\"half".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        check(log);
        CliRun repaired = verify(log);
        assertThat(repaired.exitCode()).as(repaired.toString()).isZero();
        assertThat(repaired.out()).startsWith("intact: 5 records")
                .containsPattern("warning: record 4 \\(\\d{4}-.*\\) repaired a torn write: 14 bytes moved aside to "
                        + "torn.jsonl.torn-4-\\d+");
        assertThat(verify(log, "--strict").exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        CliRun json = verify(log, "--format", "json");
        assertThat(json.out()).startsWith("{\"status\":\"intact\",\"exitCode\":0,\"records\":5,")
                .contains("\"repairs\":[{\"record\":4,\"time\":").contains("\"bytes\":14,\"savedAs\":\"torn.jsonl.torn-4-")
                .contains("\"warnings\":[\"record 4 (");
    }

    @Test
    void aWrongKeyIsNotTamperingAndAnAnchorPastTheEndNamesWhatIsMissing() throws IOException {
        Path log = temp.resolve("keys.jsonl");
        check(log);
        String anchorMac = Files.readAllLines(log).get(0).replaceAll(".*\"mac\":\"([0-9a-f]{64})\".*", "$1");
        Path other = Files.writeString(temp.resolve("other.key"), Base64.getEncoder().encodeToString(new byte[32]));
        CliRun wrong = CliRun.of("audit", "verify", "--key-file", other.toString(), log.toString());
        assertThat(wrong.exitCode()).as(wrong.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(wrong.out()).startsWith("UNVERIFIED").doesNotContain("TAMPERED").contains("UNKNOWN_KEY");

        CliRun cut = verify(log, "--anchor", "999:" + anchorMac);
        assertThat(cut.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(cut.out()).startsWith("TAMPERED: record 2: TRUNCATED (" + log + ", missing after line 1, the end)")
                .contains("records 2 to 999 are missing").doesNotContain("line 0");
    }
}
