package io.jenkins.plugins.aigate.cli.bench;

import io.jenkins.plugins.aigate.cli.scan.ScanPipeline;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.detection.Detector;
import io.jenkins.plugins.aigate.core.git.CommitReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Bench main for issue 2, section 5 (run by {@code bench/reader-detector.sh}; never part of the test run):
 *
 * <ol>
 *   <li>throughput, in commits per second, of the reader alone, reader + detector, and reader + detector + JSON
 *       report, over output captured once from {@code git log --format=raw --raw --no-abbrev --encoding=none};</li>
 *   <li>heap: the same pipeline over the capture repeated to 10,000, 40,000 and 160,000 commits, read from the
 *       file (not memory), with the largest heap in use after a full GC sampled every 2,000 commits. Flat memory
 *       means the three figures agree.</li>
 * </ol>
 *
 * <p>Usage: {@code ScanBenchmark CAPTURE_FILE [throughput|heap|all]}.
 */
public final class ScanBenchmark {
    private static final int WARM_UPS = 2;
    private static final int MEASURED = 5;
    private static final int SAMPLE_EVERY = 2_000;

    private ScanBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ScanBenchmark CAPTURE_FILE [throughput|heap|all]");
            System.exit(2);
        }
        Path capture = Path.of(args[0]);
        String what = args.length > 1 ? args[1] : "all";
        if (!what.equals("heap")) {
            throughput(capture);
        }
        if (!what.equals("throughput")) {
            heap(capture);
        }
    }

    private static void throughput(Path capture) throws IOException {
        byte[] bytes = Files.readAllBytes(capture);
        Detector detector = Detector.withDefaults();
        long commits = readerOnly(bytes);
        System.out.printf(Locale.ROOT, "capture: %s, %,d bytes, %,d commits%n", capture, bytes.length, commits);
        report("reader", commits, () -> readerOnly(bytes));
        report("reader + detector", commits, () -> readAndDetect(bytes, detector));
        report("reader + detector + JSON", commits, () -> pipeline(new ByteArrayInputStream(bytes), Long.MAX_VALUE,
                detector, null));
    }

    private static void report(String name, long commits, Run run) throws IOException {
        for (int i = 0; i < WARM_UPS; i++) {
            run.once();
        }
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            long read = run.once();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (read != commits) {
                throw new IllegalStateException(name + " read " + read + " commits, expected " + commits);
            }
            rates.add(read / seconds);
        }
        Collections.sort(rates);
        System.out.printf(Locale.ROOT, "%-26s median %,10.0f commits/s (min %,.0f, max %,.0f, %d runs)%n", name,
                rates.get(rates.size() / 2), rates.get(0), rates.get(rates.size() - 1), MEASURED);
    }

    private static long readerOnly(byte[] bytes) {
        long count = 0;
        CommitReader reader = CommitReader.of(new ByteArrayInputStream(bytes));
        while (reader.hasNext()) {
            reader.next();
            count++;
        }
        return count;
    }

    private static long readAndDetect(byte[] bytes, Detector detector) {
        long count = 0;
        long flagged = 0;
        CommitReader reader = CommitReader.of(new ByteArrayInputStream(bytes));
        while (reader.hasNext()) {
            Commit commit = reader.next();
            if (detector.assess(commit).aiAssisted()) {
                flagged++;
            }
            count++;
        }
        return flagged >= 0 ? count : -1;
    }

    private static long pipeline(InputStream in, long limit, Detector detector, HeapSampler sampler)
            throws IOException {
        CommitReader reader = CommitReader.of(in);
        ScanPipeline pipeline = ScanPipeline.json(Writer.nullWriter(), detector);
        long count = 0;
        while (count < limit && reader.hasNext()) {
            pipeline.accept(reader.next());
            count++;
            if (sampler != null && count % SAMPLE_EVERY == 0) {
                sampler.sample();
            }
        }
        pipeline.finish();
        return count;
    }

    private static void heap(Path capture) throws IOException {
        Detector detector = Detector.withDefaults();
        System.out.printf(Locale.ROOT, "heap: max heap %,d MiB; largest heap in use after full GC, sampled every "
                + "%,d commits%n", Runtime.getRuntime().maxMemory() >> 20, SAMPLE_EVERY);
        for (long commits : new long[] {10_000, 40_000, 160_000}) {
            HeapSampler sampler = new HeapSampler();
            sampler.sample();
            long baseline = sampler.max;
            long read;
            try (InputStream in = endless(capture)) {
                read = pipeline(in, commits, detector, sampler);
            }
            System.out.printf(Locale.ROOT, "%,9d commits: %,7.1f MiB (%,.1f MiB before the scan)%n", read,
                    sampler.max / 1048576.0, baseline / 1048576.0);
        }
    }

    /** The capture file over and over, read from disk, so the input itself holds no heap. */
    private static InputStream endless(Path capture) throws IOException {
        return new InputStream() {
            private InputStream current = Files.newInputStream(capture);

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = current.read(buffer, offset, length);
                while (n < 0) {
                    current.close();
                    current = Files.newInputStream(capture);
                    n = current.read(buffer, offset, length);
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                current.close();
            }
        };
    }

    private interface Run {
        long once() throws IOException;
    }

    /** Largest heap in use right after a full collection. */
    private static final class HeapSampler {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private long max;

        void sample() {
            System.gc();
            max = Math.max(max, memory.getHeapMemoryUsage().getUsed());
        }
    }
}
