package io.jenkins.plugins.aigate.core.git;

import io.jenkins.plugins.aigate.core.commit.Commit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A bench main, not a test: compares {@code git log --format=raw --raw --no-abbrev > /dev/null} with
 * {@link GitLog} reading the same history, and measures the reader alone on captured output.
 *
 * <p>Run: {@code java -cp core/target/classes:core/target/test-classes
 * io.jenkins.plugins.aigate.core.git.ReaderBench /path/to/repo [rounds]}
 */
public final class ReaderBench {
    private ReaderBench() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (int round = 1; round <= rounds; round++) {
            long gitNanos = plainGitLog(repo);
            long start = System.nanoTime();
            long commits = 0;
            long paths = 0;
            try (GitLogCommits stream = GitLog.in(repo).open(List.of("HEAD"))) {
                while (stream.hasNext()) {
                    Commit commit = stream.next();
                    commits++;
                    paths += commit.changedPaths().size();
                }
            }
            long readNanos = System.nanoTime() - start;
            System.out.printf("round %d: git log to /dev/null %.2f s, GitLog read %.2f s (%.2fx), %d commits,"
                    + " %d paths, heap used %d MiB%n", round, gitNanos / 1e9, readNanos / 1e9,
                    (double) readNanos / gitNanos, commits, paths, usedHeapMiB());
        }
        byte[] captured = capture(repo);
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            long commits = 0;
            try (CommitReader reader = CommitReader.of(new ByteArrayInputStream(captured))) {
                while (reader.hasNext()) {
                    reader.next();
                    commits++;
                }
            }
            long nanos = System.nanoTime() - start;
            System.out.printf("reader alone on %d captured bytes: %.2f s, %.0f commits/s, %.0f MB/s%n",
                    captured.length, nanos / 1e9, commits / (nanos / 1e9), captured.length / (nanos / 1e3));
        }
    }

    private static long plainGitLog(Path repo) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder("git", "-C", repo.toString(), "log", "--format=raw", "--raw",
                "--no-abbrev", "HEAD").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        process.waitFor();
        return System.nanoTime() - start;
    }

    private static byte[] capture(Path repo) throws IOException, InterruptedException {
        Path file = Files.createTempFile("aigate-bench", ".log");
        try {
            Process process = new ProcessBuilder(GitLog.in(repo).command(List.of("HEAD")))
                    .redirectOutput(file.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            process.waitFor();
            return Files.readAllBytes(file);
        } finally {
            Files.delete(file);
        }
    }

    private static long usedHeapMiB() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }
}
