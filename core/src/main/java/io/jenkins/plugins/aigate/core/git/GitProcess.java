package io.jenkins.plugins.aigate.core.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** One running git command: its stdout to read, its stderr collected (bounded) on a separate thread. */
final class GitProcess {
    private static final int MAX_STDERR = 64 * 1024;

    private final List<String> command;
    private final Process process;
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final Thread stderrReader;

    private GitProcess(List<String> command, Process process) {
        this.command = command;
        this.process = process;
        this.stderrReader = new Thread(this::drainStderr, "git stderr");
        stderrReader.setDaemon(true);
        stderrReader.start();
    }

    static GitProcess start(List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        // stable English messages for classification; no prompts, no pager
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        builder.environment().put("GIT_PAGER", "cat");
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            return new GitProcess(command, process);
        } catch (IOException e) {
            throw new GitCommandException(GitFailure.GIT_NOT_FOUND, -1,
                    "cannot run " + command.get(0) + ": " + e.getMessage(), e);
        }
    }

    InputStream stdout() {
        return process.getInputStream();
    }

    private void drainStderr() {
        byte[] buffer = new byte[8192];
        try (InputStream in = process.getErrorStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                synchronized (stderr) {
                    int room = MAX_STDERR - stderr.size();
                    if (room > 0) {
                        stderr.write(buffer, 0, Math.min(room, read));
                    }
                }
            }
        } catch (IOException e) {
            // the process was destroyed; what was read is kept
        }
    }

    /** Waits for git to exit. @return its exit code */
    int waitFor() {
        try {
            int code = process.waitFor();
            stderrReader.join(10_000);
            return code;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new GitCommandException(GitFailure.FAILED, -1, "interrupted while waiting for git", e);
        }
    }

    /** @return the exit code if git has ended (waiting briefly for it), else {@code null} */
    Integer exitCodeIfDone() {
        try {
            if (process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                stderrReader.join(1_000);
                return process.exitValue();
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    String stderr() {
        synchronized (stderr) {
            return stderr.toString(StandardCharsets.UTF_8);
        }
    }

    /** @return the exception describing this run's failure, classified by its standard error */
    GitCommandException failure(int exitCode) {
        return GitCommandException.fromStderr("git " + String.join(" ", command.subList(1, command.size())),
                exitCode, stderr());
    }

    /** Stops git if it still runs (the reader gave up early) and releases its streams. */
    void destroy() {
        if (process.isAlive()) {
            process.destroy();
        }
        try {
            process.getInputStream().close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
