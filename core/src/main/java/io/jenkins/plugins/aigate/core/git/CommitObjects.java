package io.jenkins.plugins.aigate.core.git;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code git log} cannot show: the size of each commit object, streamed in the same walk order by
 * {@code git rev-list REV... | git cat-file --batch-check}, and a whole object read with {@code git cat-file --batch}
 * when a commit printed shorter than its object (git prints a message only up to a NUL byte). Not thread-safe.
 */
final class CommitObjects implements Closeable {
    private final String git;
    private final Path directory;
    private final Map<String, String> environment;
    private final List<Process> pipeline;
    private final BufferedReader sizes;
    private Process batch;
    private DataInputStream batchOut;

    private CommitObjects(String git, Path directory, Map<String, String> environment, List<Process> pipeline) {
        this.git = git;
        this.directory = directory;
        this.environment = environment;
        this.pipeline = pipeline;
        this.sizes = pipeline.isEmpty() ? null : new BufferedReader(new InputStreamReader(
                pipeline.get(pipeline.size() - 1).getInputStream(), StandardCharsets.US_ASCII));
    }

    /** Starts streaming the sizes of the commits {@code git log REV...} lists, in its order. */
    static CommitObjects start(String git, Path directory, Map<String, String> environment, List<String> revisions) {
        List<String> revList = new ArrayList<>(List.of(git, "-C", directory.toString(), "rev-list",
                "--end-of-options"));
        revList.addAll(revisions);
        revList.add("--");
        List<ProcessBuilder> builders = List.of(builder(revList, environment),
                builder(List.of(git, "-C", directory.toString(), "cat-file", "--batch-check"), environment));
        builders.get(0).redirectError(ProcessBuilder.Redirect.DISCARD);
        builders.get(1).redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            List<Process> processes = ProcessBuilder.startPipeline(builders);
            processes.get(0).getOutputStream().close();
            return new CommitObjects(git, directory, environment, processes);
        } catch (IOException e) {
            // without sizes nothing is compared; git log itself reports a missing git
            return new CommitObjects(git, directory, environment, List.of());
        }
    }

    private static ProcessBuilder builder(List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        return builder;
    }

    /**
     * @param id the commit {@code git log} printed next
     * @return its object size, or -1 when unknown (the streams disagree or ended)
     */
    long nextSize(String id) {
        if (sizes == null) {
            return -1;
        }
        try {
            String line = sizes.readLine();
            if (line == null) {
                return -1;
            }
            String[] parts = line.split(" ");
            return parts.length == 3 && parts[0].equals(id) && parts[1].equals("commit")
                    ? Long.parseLong(parts[2]) : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Reads a whole commit object through one {@code git cat-file --batch} kept running, so that a history with many
     * commits git trims (trailing blanks, carriage returns) costs one process, not one per commit.
     *
     * @return the commit object's bytes, or {@code null} when git cannot read it
     */
    byte[] read(String id) {
        try {
            if (batch == null) {
                batch = builder(List.of(git, "-C", directory.toString(), "cat-file", "--batch"), environment)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                batchOut = new DataInputStream(new BufferedInputStream(batch.getInputStream()));
            }
            batch.getOutputStream().write((id + "\n").getBytes(StandardCharsets.US_ASCII));
            batch.getOutputStream().flush();
            String[] header = readLine(batchOut).split(" ");
            if (header.length != 3 || !header[0].equals(id) || !header[1].equals("commit")) {
                return null;
            }
            byte[] object = new byte[Math.toIntExact(Long.parseLong(header[2]))];
            batchOut.readFully(object);
            batchOut.readByte(); // the line feed after the object
            return object;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String readLine(DataInputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("git cat-file ended");
            }
            line.append((char) b);
        }
        return line.toString();
    }

    @Override
    public void close() {
        for (Process process : pipeline) {
            process.destroy();
        }
        if (batch != null) {
            batch.destroy();
        }
        if (sizes != null) {
            try {
                sizes.close();
            } catch (IOException e) {
                // nothing more to release
            }
        }
    }
}
