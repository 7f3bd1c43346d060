package io.jenkins.plugins.aigate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random bytes as commit messages, key files and policy files: every run ends in a decision or one line of bad
 * input, never an internal error (exit 70).
 */
class HostileBytesPropertiesTest {
    private static Path dir;
    private static TestRepository repository;
    private static String parent;
    private static String tree;
    private static Path goodKey;

    @BeforeContainer
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("aigate-hostile");
        repository = TestRepository.init(dir.resolve("r"));
        repository.write("a", "a\n").commit("base\n");
        parent = repository.head();
        tree = repository.git("rev-parse", "HEAD^{tree}").trim();
        goodKey = Files.writeString(dir.resolve("good.key"), "k=" + java.util.Base64.getEncoder()
                .encodeToString(new byte[32]) + "\n");
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<byte[]> hostileBytes() {
        Arbitrary<Byte> interesting = Arbitraries.of((byte) 0, (byte) '\n', (byte) '\r', (byte) ':', (byte) ' ',
                (byte) '-', (byte) '$', (byte) '{', (byte) '=', (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3,
                (byte) 0xFF, (byte) 0x1B, (byte) '#', (byte) '[', (byte) '\t');
        Arbitrary<Byte> any = Arbitraries.bytes();
        Arbitrary<byte[]> fragments = Arbitraries.of("Co-authored-by: Claude <noreply@anthropic.com>\n",
                "author x <y> 1 +0000\n", "unclassified:\n  aiGate:\n", "mode: enforce\n", "k=",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n", "\uFEFF", "    - ", "^${X}")
                .map(text -> text.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, interesting), net.jqwik.api.Tuple.of(2, any)).array(byte[].class)
                        .ofMaxSize(300),
                fragments.list().ofMaxSize(8).map(HostileBytesPropertiesTest::concat));
    }

    private static byte[] concat(java.util.List<byte[]> parts) {
        byte[] all = new byte[0];
        for (byte[] part : parts) {
            int at = all.length;
            all = Arrays.copyOf(all, at + part.length);
            System.arraycopy(part, 0, all, at, part.length);
        }
        return all;
    }

    private static Path file(String name, byte[] bytes) {
        try {
            return Files.write(Files.createTempFile(dir, name, ".bin"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertNoInternalError(CliRun run) {
        assertThat(run.exitCode()).as(run.toString()).isNotEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(run.err()).as(run.toString()).doesNotContain("\tat ").doesNotContain("internal error");
    }

    @Property(tries = 60)
    void randomCommitMessagesAreScannedAndChecked(@ForAll("hostileBytes") byte[] message) {
        byte[] head = ("tree " + tree + "\nparent " + parent + "\nauthor A <a@x.org> 1700000000 +0000\n"
                + "committer A <a@x.org> 1700000000 +0000\n\n").getBytes(StandardCharsets.UTF_8);
        byte[] object = concat(java.util.List.of(head, message));
        String id = repository.writeCommitObject(object);
        assertNoInternalError(CliRun.of("scan", "--repo", repository.dir().toString(), "--all", id));
        assertNoInternalError(CliRun.of("scan", "--repo", repository.dir().toString(), "--format", "json", id));
        assertNoInternalError(CliRun.of("check", "--repo", repository.dir().toString(), parent + ".." + id));
    }

    @Property(tries = 150)
    void randomKeyFilesAreReadOrRefusedWithoutEchoingThem(@ForAll("hostileBytes") byte[] key) {
        Path keyFile = file("key", key);
        CliRun id = CliRun.of("audit", "key-id", keyFile.toString());
        assertNoInternalError(id);
        Path log = dir.resolve("audit.jsonl");
        assertNoInternalError(CliRun.of("check", "--repo", repository.dir().toString(), "--audit-log",
                log.toString(), "--key-file", keyFile.toString()));
        assertNoInternalError(CliRun.of("audit", "verify", "--key-file", keyFile.toString(), log.toString()));
    }

    @Property(tries = 150)
    void randomPolicyFilesAreValidatedShownAndChecked(@ForAll("hostileBytes") byte[] policy) {
        Path policyFile = file("policy", policy);
        assertNoInternalError(CliRun.of("policy", "validate", policyFile.toString()));
        assertNoInternalError(CliRun.of("policy", "show", "--jcasc", policyFile.toString()));
        assertNoInternalError(CliRun.of("check", "--repo", repository.dir().toString(), "--policy",
                policyFile.toString()));
    }

    @Property(tries = 100)
    void randomAuditLogsAreVerifiedOrRefused(@ForAll("hostileBytes") byte[] log) {
        Path logFile = file("log", log);
        assertNoInternalError(CliRun.of("audit", "verify", "--key-file", goodKey.toString(), logFile.toString()));
        assertNoInternalError(CliRun.of("check", "--repo", repository.dir().toString(), "--audit-log",
                logFile.toString(), "--key-file", goodKey.toString()));
    }
}
