package io.jenkins.plugins.aigate.core.audit;

import static io.jenkins.plugins.aigate.core.audit.AuditFixtures.KEY_2;
import static io.jenkins.plugins.aigate.core.audit.AuditFixtures.RING;
import static io.jenkins.plugins.aigate.core.audit.AuditFixtures.decision;
import static io.jenkins.plugins.aigate.core.audit.AuditFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The audit log under faults: held locks, lost line feeds, torn lines, devices, missing directories, full disks. */
class AuditFaultsTest {
    @TempDir
    Path dir;

    @Test
    void anAppendLocksTheLogItselfAndCreatesNoLockFile() throws IOException {
        Path log = dir.resolve("a.jsonl");
        AuditLog.open(log, RING).append(decision(1));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.jsonl");
        }
    }

    @Test
    @Timeout(60)
    void aLockHeldByAnotherProcessIsWaitedForBoundedlyAndSaysSo() throws Exception {
        Path log = dir.resolve("a.jsonl");
        AuditLog.open(log, RING).append(decision(1));
        List<String> notices = new CopyOnWriteArrayList<>();
        AuditLog waiting = AuditLog.open(log, RING, AuditLogOptions.defaults()
                .lockWait(Duration.ofMillis(600), notices::add));
        Process holder = AuditLockHolder.start(log);
        try {
            long start = System.nanoTime();
            assertThatThrownBy(() -> waiting.append(decision(2))).isInstanceOf(AuditLockTimeoutException.class)
                    .hasMessageContaining("held the lock on the audit log").hasMessageContaining("no record");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        } finally {
            holder.destroyForcibly().waitFor();
        }
        assertThat(notices).singleElement().asString().contains("waiting up to 0 s").contains(log.toString());
        assertThat(lines(log)).hasSize(1);
        assertThat(waiting.append(decision(3)).seq()).as("once released, appends go on").isEqualTo(2);
    }

    @Test
    void aCompleteRecordMissingOnlyItsLineFeedIsKept() throws IOException {
        Path log = dir.resolve("a.jsonl");
        AuditLog a = AuditLog.open(log, RING);
        a.append(decision(1));
        Anchor second = a.append(decision(2));
        String before = Files.readString(log);
        try (FileChannel ch = FileChannel.open(log, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() - 1);
        }
        VerificationResult cut = AuditVerifier.verify(log, RING, Optional.of(second));
        assertThat(cut.intact()).as(cut.toString()).isTrue();
        assertThat(cut.newlineMissing()).isTrue();

        Anchor third = a.append(decision(3));

        assertThat(third.seq()).isEqualTo(3);
        assertThat(Files.readString(log)).startsWith(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().contains(".torn-"))).isEmpty();
        }
        VerificationResult after = AuditVerifier.verify(log, RING, Optional.of(third));
        assertThat(after.intact()).isTrue();
        assertThat(after.repairs()).isEmpty();
        assertThat(after.newlineMissing()).isFalse();
    }

    @Test
    void aTornLineIsReplacedByARepairWithANewSequenceNumberThatVerifyReports() throws IOException {
        Path log = dir.resolve("a.jsonl");
        AuditLog a = AuditLog.open(log, RING);
        a.append(decision(1));
        String whole = lines(log).get(0);
        // half of a record: never acknowledged
        Files.write(log, whole.substring(0, whole.length() / 2).getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);

        Anchor next = a.append(decision(2));

        List<String> l = lines(log);
        assertThat(l).hasSize(3);
        assertThat(l.stream().map(line -> line.replaceAll(".*\"seq\":(\\d+).*", "$1")))
                .containsExactly("1", "2", "3");
        assertThat(next.seq()).isEqualTo(3);
        VerificationResult r = AuditVerifier.verify(log, RING, Optional.of(next));
        assertThat(r.intact()).isTrue();
        assertThat(r.repairs()).singleElement().satisfies(repair -> {
            assertThat(repair.record()).isEqualTo(2);
            assertThat(repair.bytes()).isEqualTo(whole.length() / 2);
            assertThat(dir.resolve(repair.savedAs())).exists();
            assertThat(repair.time()).isPositive();
        });
    }

    @Test
    void devicesPipesAndDirectoriesAreNoLog() throws Exception {
        for (String device : List.of("/dev/null", "/dev/full")) {
            if (Files.exists(Paths.get(device))) {
                assertThatThrownBy(() -> AuditLog.open(Paths.get(device), RING).append(decision(1)))
                        .isInstanceOf(AuditException.class).hasMessageContaining("not a regular file");
                assertThat(Paths.get(device + ".lock")).doesNotExist();
                assertThatThrownBy(() -> AuditVerifier.verify(Paths.get(device), RING, Optional.empty()))
                        .isInstanceOf(IOException.class).hasMessageContaining("not a regular file");
            }
        }
        Path fifo = dir.resolve("fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mkfifo.waitFor() == 0) {
            assertThatThrownBy(() -> AuditLog.open(fifo, RING).append(decision(1)))
                    .hasMessageContaining("not a regular file");
        }
        assertThatThrownBy(() -> AuditLog.open(dir, RING)).hasMessageContaining("is a directory");
    }

    @Test
    void aMissingDirectoryIsAnErrorWhenAsked() throws IOException {
        Path log = dir.resolve("no/such/dir/a.jsonl");
        assertThatThrownBy(() -> AuditLog.open(log, RING, AuditLogOptions.defaults().createDirectory(false)))
                .isInstanceOf(AuditException.class).hasMessageContaining("does not exist");
        assertThat(dir.resolve("no")).doesNotExist();
    }

    @Test
    void aDetailFileThatCannotBeMovedIntoPlaceLeavesNoTemporaryFile() throws IOException {
        Path log = dir.resolve("a.jsonl");
        AuditLog a = AuditLog.open(log, RING, AuditLogOptions.defaults().detailThresholdBytes(10));
        a.append(decision(1));
        Path details = dir.resolve("a.jsonl.details");
        Path written;
        try (Stream<Path> s = Files.list(details)) {
            written = s.collect(Collectors.toList()).get(0);
        }
        // the same evidence again, with its detail file now a non-empty directory: the move fails, as on a full disk
        Files.delete(written);
        Files.createDirectories(written.resolve("blocker"));
        assertThatThrownBy(() -> a.append(decision(1))).isInstanceOf(AuditException.class);
        try (Stream<Path> s = Files.list(details)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
        assertThat(lines(log)).hasSize(1);
    }

    @Test
    void aWrongOrMissingKeyIsAKeyProblemNotTampering() throws IOException {
        Path log = dir.resolve("a.jsonl");
        AuditLog.open(log, RING).append(decision(1));
        AuditLog.open(log, RING).append(decision(2));
        VerificationResult wrong = AuditVerifier.verify(log, KeyRing.single("k1", KEY_2), Optional.empty());
        assertThat(wrong.reason()).contains(TamperReason.WRONG_KEY);
        assertThat(wrong.keyProblem()).isTrue();
        VerificationResult unknown = AuditVerifier.verify(log, KeyRing.single("k2", KEY_2), Optional.empty());
        assertThat(unknown.reason()).contains(TamperReason.UNKNOWN_KEY);
        assertThat(unknown.keyProblem()).isTrue();
        List<String> both = lines(log);
        AuditFixtures.writeLines(log, List.of(both.get(0).replace("folder/deploy", "folder/deplox"), both.get(1)));
        assertThat(AuditVerifier.verify(log, RING, Optional.empty()).keyProblem()).isFalse();
    }

    @Test
    void anAnchorBeyondTheEndNamesTheMissingRecords() throws IOException {
        Path log = dir.resolve("a.jsonl");
        Anchor first = AuditLog.open(log, RING).append(decision(1));
        VerificationResult r = AuditVerifier.verify(log, RING, Optional.of(new Anchor(999, first.mac())));
        assertThat(r.reason()).contains(TamperReason.TRUNCATED);
        assertThat(r.badRecord()).isEqualTo(2);
        assertThat(r.line()).as("the line where record 2 should be").isEqualTo(2);
        assertThat(r.detail().orElseThrow()).contains("records 2 to 999 are missing");
    }
}
