package io.jenkins.plugins.aigate.core.git;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A bench main, not a test. Over one repository it alternates {@code git log --format=raw --raw --no-abbrev >
 * /dev/null} with {@link GitLog} reading the same history (the reader consuming git's output as it comes), then
 * times the reader alone on captured output streamed from a file. Prints each round and the medians. Run with a
 * small heap (e.g. {@code -Xmx32m}) to see that memory does not grow with history length.
 *
 * <p>{@code java -Xmx32m -cp core/target/classes:core/target/test-classes
 * io.jenkins.plugins.aigate.core.git.ReaderBench /path/to/repo [rounds]}
 */
public final class ReaderBench {
    private ReaderBench() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double[] git = new double[rounds];
        double[] read = new double[rounds];
        double[] alone = new double[rounds];
        long peakHeap = 0;
        Path captured = capture(repo);
        try {
            for (int round = 0; round < rounds; round++) {
                git[round] = plainGitLog(repo);
                long start = System.nanoTime();
                long commits = 0;
                long paths = 0;
                try (GitLogCommits stream = GitLog.in(repo).open(List.of("HEAD"))) {
                    while (stream.hasNext()) {
                        paths += stream.next().changedPaths().size();
                        commits++;
                        if ((commits & 1023) == 0) {
                            peakHeap = Math.max(peakHeap, usedHeap());
                        }
                    }
                }
                read[round] = (System.nanoTime() - start) / 1e9;
                alone[round] = readerAlone(captured);
                System.out.printf("round %d: git log > /dev/null %.2f s | GitLog read %.2f s (%.2fx) | reader alone"
                        + " %.2f s | %d commits, %d paths%n", round + 1, git[round], read[round],
                        read[round] / git[round], alone[round], commits, paths);
            }
            long bytes = Files.size(captured);
            double medianAlone = median(alone);
            System.out.printf("median: git %.2f s, GitLog read %.2f s (%.2fx), reader alone %.2f s = %.0f MB/s;"
                    + " peak used heap while reading %d MiB (max heap %d MiB)%n", median(git), median(read),
                    median(read) / median(git), medianAlone, bytes / medianAlone / 1e6, peakHeap >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            Files.delete(captured);
        }
    }

    private static double readerAlone(Path captured) throws IOException {
        long start = System.nanoTime();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(captured), 1 << 16);
                CommitReader reader = CommitReader.of(in)) {
            while (reader.hasNext()) {
                reader.next();
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double plainGitLog(Path repo) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder("git", "-C", repo.toString(), "log", "--format=raw", "--raw",
                "--no-abbrev", "HEAD").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor();
        return (System.nanoTime() - start) / 1e9;
    }

    private static Path capture(Path repo) throws IOException, InterruptedException {
        Path file = Files.createTempFile("aigate-bench", ".log");
        Process process = new ProcessBuilder(GitLog.in(repo).command(List.of("HEAD")))
                .redirectOutput(file.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor();
        return file;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
