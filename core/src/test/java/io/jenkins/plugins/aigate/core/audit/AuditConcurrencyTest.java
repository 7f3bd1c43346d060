package io.jenkins.plugins.aigate.core.audit;

import static io.jenkins.plugins.aigate.core.audit.AuditFixtures.KEY_1;
import static io.jenkins.plugins.aigate.core.audit.AuditFixtures.RING;
import static io.jenkins.plugins.aigate.core.audit.AuditFixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Several threads and several JVMs appending to one log at once, and a writer killed mid-stream. */
class AuditConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    void threadsAppendingThroughSeveralLogObjectsMakeOneIntactChain() throws Exception {
        Path log = dir.resolve("a.jsonl");
        int threads = 8;
        int each = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Anchor> anchors = new CopyOnWriteArrayList<>();
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                // half share one object, half open their own: both must serialise
                AuditLog a = AuditLog.open(log, RING);
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < each; i++) {
                        anchors.add(a.append(decision(i)));
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertDistinctAndIntact(log, anchors, threads * each);
    }

    @Test
    void severalProcessesAndThreadsAppendingMakeOneIntactChain() throws Exception {
        Path log = dir.resolve("shared.jsonl");
        Path start = dir.resolve("start");
        int processes = 3;
        int each = 10;
        List<Process> workers = new ArrayList<>();
        List<Anchor> anchors = new CopyOnWriteArrayList<>();
        List<Thread> readers = new ArrayList<>();
        try {
            spawnReady(processes, log, each, start, workers, readers, anchors);
            Files.createFile(start);
            AuditLog here = AuditLog.open(log, RING);
            Thread local = new Thread(() -> {
                try {
                    for (int i = 0; i < each; i++) {
                        anchors.add(here.append(decision(i)));
                    }
                } catch (AuditException e) {
                    throw new IllegalStateException(e);
                }
            });
            local.start();
            for (Process proc : workers) {
                assertThat(proc.waitFor(90, TimeUnit.SECONDS)).isTrue();
                assertThat(proc.exitValue()).as(stderr(proc)).isZero();
            }
            local.join(60_000);
            for (Thread r : readers) {
                r.join(10_000);
            }
        } finally {
            for (Process proc : workers) {
                proc.destroyForcibly();
            }
        }
        assertDistinctAndIntact(log, anchors, (processes + 1) * each);
    }

    /**
     * Eight JVMs append while another thread deletes {@code NAME.lock} (where writers once locked) every few
     * milliseconds: the lock is on the log itself, so every acknowledged record is in one intact chain.
     */
    @Test
    @Timeout(180)
    void eightProcessesAppendingWhileTheLockFileIsDeletedInALoopLoseNothing() throws Exception {
        Path log = dir.resolve("shared.jsonl");
        Path lockFile = dir.resolve("shared.jsonl.lock");
        Path start = dir.resolve("start");
        int processes = 8;
        int each = 30;
        List<Process> workers = new ArrayList<>();
        List<Anchor> anchors = new CopyOnWriteArrayList<>();
        List<Thread> readers = new ArrayList<>();
        AtomicBoolean deleting = new AtomicBoolean(true);
        AtomicInteger deletions = new AtomicInteger();
        Thread deleter = new Thread(() -> {
            while (deleting.get()) {
                try {
                    Files.writeString(lockFile, "");
                    if (Files.deleteIfExists(lockFile)) {
                        deletions.incrementAndGet();
                    }
                    Thread.onSpinWait();
                } catch (IOException e) {
                    // keep deleting
                }
            }
        });
        try {
            spawnReady(processes, log, each, start, workers, readers, anchors);
            deleter.start();
            Files.createFile(start);
            for (Process proc : workers) {
                assertThat(proc.waitFor(150, TimeUnit.SECONDS)).isTrue();
                assertThat(proc.exitValue()).as(stderr(proc)).isZero();
            }
            for (Thread r : readers) {
                r.join(10_000);
            }
        } finally {
            deleting.set(false);
            deleter.join(10_000);
            for (Process proc : workers) {
                proc.destroyForcibly();
            }
        }
        assertThat(deletions.get()).isPositive();
        assertDistinctAndIntact(log, anchors, processes * each);
        List<String> lines = AuditFixtures.lines(log);
        for (Anchor a : anchors) {
            assertThat(lines.get((int) a.seq() - 1)).contains("\"mac\":\"" + a.mac() + "\"");
        }
    }

    @Test
    void aWriterKilledMidStreamNeverDamagesEarlierRecords() throws Exception {
        Path log = dir.resolve("crash.jsonl");
        Path start = dir.resolve("start");
        Process proc = spawn(log, 0, start);
        List<Anchor> acknowledged = new CopyOnWriteArrayList<>();
        Thread reader = collect(proc, acknowledged);
        try {
            awaitReady(List.of(reader));
            Files.createFile(start);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (acknowledged.size() < 5 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } finally {
            proc.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(5);
        VerificationResult afterCrash = AuditVerifier.verify(log, RING, Optional.empty());
        // every acknowledged record is intact; at most an unacknowledged torn line follows
        assertThat(afterCrash.intact() || afterCrash.reason().get() == TamperReason.TORN_LAST_LINE)
                .as(afterCrash.toString()).isTrue();
        Anchor lastAcked = acknowledged.get(acknowledged.size() - 1);
        assertThat(afterCrash.records()).isGreaterThanOrEqualTo(lastAcked.seq());
        assertThat(AuditVerifier.verify(log, RING, Optional.of(lastAcked)).reason())
                .isNotEqualTo(Optional.of(TamperReason.ANCHOR_MISMATCH));

        Anchor next = AuditLog.open(log, RING).append(decision(99));
        VerificationResult healed = AuditVerifier.verify(log, RING, Optional.of(next));
        assertThat(healed.intact()).as(healed.toString()).isTrue();
        assertThat(AuditVerifier.verify(log, RING, Optional.of(lastAcked)).intact()).isTrue();
    }

    private static void assertDistinctAndIntact(Path log, List<Anchor> anchors, int expected) throws IOException {
        assertThat(anchors).hasSize(expected);
        Set<Long> seqs = new HashSet<>();
        for (Anchor a : anchors) {
            seqs.add(a.seq());
        }
        assertThat(seqs).hasSize(expected);
        assertThat(seqs).allSatisfy(s -> assertThat(s).isBetween(1L, (long) expected));
        VerificationResult r = AuditVerifier.verify(log, RING, Optional.empty());
        assertThat(r.intact()).as(r.toString()).isTrue();
        assertThat(r.records()).isEqualTo(expected);
        for (Anchor a : anchors) {
            assertThat(AuditVerifier.verify(log, RING, Optional.of(a)).intact()).isTrue();
        }
    }

    /** Starts worker JVMs appending {@code each} records once {@code start} exists, and waits until all are up. */
    private void spawnReady(int processes, Path log, int each, Path start, List<Process> workers,
            List<Thread> readers, List<Anchor> anchors) throws IOException, InterruptedException {
        for (int p = 0; p < processes; p++) {
            Process proc = spawn(log, each, start);
            workers.add(proc);
            readers.add(collect(proc, anchors));
        }
        awaitReady(readers);
    }

    private Process spawn(Path log, int count, Path start) throws IOException {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AuditAppendWorker.class.getName(), log.toString(), Base64.getEncoder().encodeToString(KEY_1),
                String.valueOf(count), start.toString());
        pb.redirectError(dir.resolve("worker-" + System.nanoTime() + ".err").toFile());
        return pb.start();
    }

    private static String stderr(Process p) {
        return "worker exit " + p.exitValue();
    }

    private final List<CountDownLatch> readiness = new CopyOnWriteArrayList<>();

    /** Reads a worker's output: "ready", then one anchor per acknowledged append. */
    private Thread collect(Process proc, List<Anchor> into) {
        CountDownLatch ready = new CountDownLatch(1);
        readiness.add(ready);
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.equals("ready")) {
                        ready.countDown();
                    } else {
                        into.add(Anchor.parse(line));
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
        });
        t.start();
        return t;
    }

    private void awaitReady(List<Thread> readers) throws InterruptedException {
        for (CountDownLatch l : readiness) {
            assertThat(l.await(60, TimeUnit.SECONDS)).as("worker JVM started").isTrue();
        }
    }
}
