package io.jenkins.plugins.aigate.cli;

import io.jenkins.plugins.aigate.core.git.GitLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Resolves a revision to a full commit id with {@code git rev-parse}, the revision never read as an option. */
public final class GitRevisions {
    private final Path repository;

    public GitRevisions(Path repository) {
        this.repository = repository;
    }

    /**
     * @param revision any revision git understands
     * @return the full id of the commit it names
     * @throws BadInputException when the directory is not a repository or the revision names no commit
     */
    public String resolve(String revision) {
        List<String> command = List.of("git", "-C", repository.toString(), "rev-parse", "--verify", "--quiet",
                "--end-of-options", revision + "^{commit}");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new BadInputException("git could not be started; is it installed and on the PATH? ("
                    + e.getMessage() + ")", e);
        }
        try {
            process.getOutputStream().close();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread errReader = new Thread(() -> drain(process.getErrorStream(), err), "git rev-parse stderr");
            errReader.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int code = process.waitFor();
            errReader.join();
            String message = err.toString(StandardCharsets.UTF_8).strip();
            if (code == 0 && !out.isEmpty()) {
                return out;
            }
            String lower = message.toLowerCase(Locale.ROOT);
            if (lower.contains("not a git repository") || lower.contains("cannot change to")) {
                throw new BadInputException("not a git repository: " + repository + " (git: "
                        + message.lines().findFirst().orElse("") + ")");
            }
            throw new BadInputException("unknown revision: " + revision);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running git rev-parse", e);
        } finally {
            process.destroy();
        }
    }

    /** @return the log of the same repository */
    public GitLog log() {
        return GitLog.in(repository);
    }

    private static void drain(InputStream in, ByteArrayOutputStream sink) {
        try {
            in.transferTo(sink);
        } catch (IOException e) {
            // the process ended; what was read is kept
        }
    }
}
