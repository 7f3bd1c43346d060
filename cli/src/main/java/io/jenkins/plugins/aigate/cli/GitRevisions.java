package io.jenkins.plugins.aigate.cli;

import io.jenkins.plugins.aigate.core.git.GitLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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
     * @throws BadInputException when the directory is not a repository (or git refuses it: dubious ownership), the
     *                           revision names nothing, or names a tree or a blob
     */
    public String resolve(String revision) {
        Run commit = run(List.of("rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"));
        if (commit.code == 0 && !commit.out.isEmpty()) {
            return commit.out;
        }
        String lower = commit.err.toLowerCase(Locale.ROOT);
        if (lower.contains("not a git repository") || lower.contains("cannot change to")
                || lower.contains("dubious ownership")) {
            throw new BadInputException("not a git repository: " + repository + " (git: "
                    + commit.err.lines().findFirst().orElse("") + ")");
        }
        Run type = run(List.of("cat-file", "-t", "--end-of-options", revision));
        if (type.code == 0 && !type.out.isEmpty() && !type.out.equals("commit") && !type.out.equals("tag")) {
            throw new BadInputException("not a commit: " + revision + " names a " + type.out);
        }
        if (!type.err.isEmpty() && !type.err.contains("Not a valid object name")) {
            // git knows more than "unknown", e.g. that a reflog is shorter than asked
            throw new BadInputException("unknown revision: " + revision + " (git: "
                    + type.err.lines().findFirst().orElse("") + ")");
        }
        throw new BadInputException("unknown revision: " + revision);
    }

    /**
     * Checks that every revision as {@code git log} takes it ({@code A}, {@code ^A}, {@code A..B}, {@code A...B})
     * names commits: git would log a tree or a blob as nothing at all.
     *
     * @throws BadInputException naming the first revision that is unknown or not a commit
     */
    public void requireCommits(List<String> revisions) {
        for (String revision : revisions) {
            String bare = revision.startsWith("^") ? revision.substring(1) : revision;
            int dots = bare.indexOf("..");
            if (dots < 0) {
                resolve(bare);
                continue;
            }
            int after = bare.startsWith("...", dots) ? dots + 3 : dots + 2;
            for (String side : List.of(bare.substring(0, dots), bare.substring(after))) {
                resolve(side.isEmpty() ? "HEAD" : side);
            }
        }
    }

    /** One finished git run. */
    private static final class Run {
        final int code;
        final String out;
        final String err;

        Run(int code, String out, String err) {
            this.code = code;
            this.out = out;
            this.err = err;
        }
    }

    private Run run(List<String> args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
        command.addAll(args);
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
            Thread errReader = new Thread(() -> drain(process.getErrorStream(), err), "git stderr");
            errReader.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int code = process.waitFor();
            errReader.join();
            return new Run(code, out, err.toString(StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running git", e);
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
