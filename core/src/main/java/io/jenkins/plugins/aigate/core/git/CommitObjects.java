package io.jenkins.plugins.aigate.core.git;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code git log} cannot show: the size of each commit object, streamed in the same walk order by
 * {@code git rev-list REV... | git cat-file --batch-check}, and a whole object read with {@code git cat-file} when a
 * commit printed shorter than its object (git prints a message only up to a NUL byte).
 */
final class CommitObjects implements Closeable {
    private final String git;
    private final Path directory;
    private final Map<String, String> environment;
    private final List<Process> pipeline;
    private final BufferedReader sizes;

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

    /** @return the commit object's bytes, or {@code null} when git cannot read it */
    byte[] read(String id) {
        GitProcess process = GitProcess.start(List.of(git, "-C", directory.toString(), "cat-file", "commit", id),
                environment);
        try (InputStream in = process.stdout()) {
            byte[] bytes = in.readAllBytes();
            return process.waitFor() == 0 ? bytes : null;
        } catch (IOException e) {
            return null;
        } finally {
            process.destroy();
        }
    }

    @Override
    public void close() {
        for (Process process : pipeline) {
            process.destroy();
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
