package io.jenkins.plugins.aigate.core.range;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBaselineStoreTest {
    @TempDir
    Path dir;

    private static final String HEAD_A = "a".repeat(40);
    private static final String HEAD_B = "b".repeat(64);

    @Test
    void recordsAndFindsPerJobRepositoryAndEnvironment() throws Exception {
        FileBaselineStore store = new FileBaselineStore(dir.resolve("baselines"));
        BaselineKey prod = new BaselineKey("folder/deploy", "https://example.org/acme/app.git", "prod");
        BaselineKey staging = new BaselineKey("folder/deploy", "https://example.org/acme/app.git", "staging");

        assertThat(store.find(prod)).isEmpty();
        store.record(prod, new Baseline(HEAD_A, BaselineOutcome.APPROVED, 1_700_000_000_000L, "folder/deploy#7"));
        store.record(staging, new Baseline(HEAD_B, BaselineOutcome.PASSED, 5L, null));

        assertThat(store.find(prod)).contains(
                new Baseline(HEAD_A, BaselineOutcome.APPROVED, 1_700_000_000_000L, "folder/deploy#7"));
        assertThat(store.find(staging)).contains(new Baseline(HEAD_B, BaselineOutcome.PASSED, 5L, null));
        // a second store over the same directory (a restarted controller) sees the same records
        assertThat(new FileBaselineStore(dir.resolve("baselines")).find(prod).map(Baseline::head)).contains(HEAD_A);
    }

    @Test
    void replacesTheRecordAndLeavesNoTemporaryFiles() throws Exception {
        FileBaselineStore store = new FileBaselineStore(dir);
        BaselineKey key = new BaselineKey("job", "repo", "");
        store.record(key, new Baseline(HEAD_A, BaselineOutcome.PASSED, 1L, null));
        store.record(key, new Baseline(HEAD_B, BaselineOutcome.OVERRIDDEN, 2L, "job#2"));

        assertThat(store.find(key).map(Baseline::outcome)).contains(BaselineOutcome.OVERRIDDEN);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).singleElement().isEqualTo(store.fileFor(key));
        }
    }

    @Test
    void hostileNamesStayInsideTheDirectoryAndRoundTrip() throws Exception {
        FileBaselineStore store = new FileBaselineStore(dir.resolve("store"));
        BaselineKey key = new BaselineKey("../../etc/passwd\nhead=" + HEAD_B, "%41 =\u0000\u00e9\u4e2d", "../x");
        store.record(key, new Baseline(HEAD_A, BaselineOutcome.APPROVED, -1L, "line\r\nbreak%"));

        assertThat(store.fileFor(key).getParent()).isEqualTo(dir.resolve("store"));
        assertThat(store.find(key)).contains(new Baseline(HEAD_A, BaselineOutcome.APPROVED, -1L, "line\r\nbreak%"));
        assertThat(Files.readAllLines(store.fileFor(key))).hasSize(8);
    }

    @Test
    void aRecordOfAnotherKeyIsRefused() throws Exception {
        FileBaselineStore store = new FileBaselineStore(dir);
        BaselineKey prod = new BaselineKey("job", "repo", "prod");
        BaselineKey dev = new BaselineKey("job", "repo", "dev");
        store.record(prod, new Baseline(HEAD_A, BaselineOutcome.APPROVED, 1L, null));
        Files.copy(store.fileFor(prod), store.fileFor(dev));

        assertThatThrownBy(() -> store.find(dev)).isInstanceOf(BaselineStoreException.class)
                .hasMessageContaining("holds the baseline of job @ repo -> prod");
    }

    @Test
    void damagedRecordsAreReportedWithTheFileNeverReadAsAbsent() throws Exception {
        FileBaselineStore store = new FileBaselineStore(dir);
        BaselineKey key = new BaselineKey("job", "repo", "prod");
        store.record(key, new Baseline(HEAD_A, BaselineOutcome.APPROVED, 1L, null));
        Path file = store.fileFor(key);
        String good = Files.readString(file);

        List<String> damaged = List.of(
                good.substring(0, good.length() - 5),
                good.replace("head=" + HEAD_A, "head=HEAD"),
                good.replace("outcome=APPROVED", "outcome=MAYBE"),
                good.replace("aigate-baseline 1", "something else"),
                good.replace("recordedAt=1", "recordedAt=1\nrecordedAt=2"),
                good.replace("head=", "head=%4"),
                good.replace("head=" + HEAD_A + "\n", ""),
                "");
        for (String content : damaged) {
            Files.writeString(file, content);
            assertThatThrownBy(() -> store.find(key)).as(content).isInstanceOf(BaselineStoreException.class)
                    .hasMessageContaining(file.toString());
        }
        Files.write(file, new byte[] {(byte) 0xff, '\n'});
        assertThatThrownBy(() -> store.find(key)).hasMessageContaining("not UTF-8");
        Files.write(file, "x".repeat(70_000).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> store.find(key)).hasMessageContaining("larger than");
    }

    @Test
    void aFailedWriteKeepsTheOldRecord() throws Exception {
        Path blocked = dir.resolve("store");
        FileBaselineStore store = new FileBaselineStore(blocked);
        BaselineKey key = new BaselineKey("job", "repo", "prod");
        store.record(key, new Baseline(HEAD_A, BaselineOutcome.APPROVED, 1L, null));
        // a directory where the record should go makes the rename fail
        Files.delete(store.fileFor(key));
        Files.createDirectories(store.fileFor(key).resolve("occupied"));

        assertThatThrownBy(() -> store.record(key, new Baseline(HEAD_B, BaselineOutcome.PASSED, 2L, null)))
                .isInstanceOf(BaselineStoreException.class);
        try (Stream<Path> files = Files.list(blocked)) {
            assertThat(files).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        }
    }

    @Test
    void concurrentWritersLeaveOneWholeRecord() throws Exception {
        BaselineKey key = new BaselineKey("job", "repo", "prod");
        List<String> heads = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            heads.add(String.format("%040x", i + 1));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (String head : heads) {
                // separate store instances, as separate processes would have
                FileBaselineStore store = new FileBaselineStore(dir);
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 8; round++) {
                        store.record(key, new Baseline(head, BaselineOutcome.PASSED, round, null));
                        Optional<Baseline> seen = store.find(key);
                        assertThat(seen).isPresent();
                        assertThat(heads).contains(seen.get().head());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(new FileBaselineStore(dir).find(key).map(Baseline::head)).hasValueSatisfying(
                head -> assertThat(heads).contains(head));
    }
}
