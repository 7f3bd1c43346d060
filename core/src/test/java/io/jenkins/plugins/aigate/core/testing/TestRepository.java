package io.jenkins.plugins.aigate.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real git repository in a temporary directory, driven through the {@code git} command line. It sets its own
 * identity and ignores the user's and the system's git configuration, so tests behave the same on any machine
 * (CI machines have no global identity).
 */
public final class TestRepository {
    /** The identity commits get unless a test names another. */
    public static final String DEFAULT_NAME = "Ada Example";
    public static final String DEFAULT_EMAIL = "ada@example.org";

    private final Path dir;
    private long clock = 1_700_000_000L;

    private TestRepository(Path dir) {
        this.dir = dir;
    }

    /**
     * Creates a repository with branch {@code main} in {@code dir} (which may exist and be empty).
     *
     * @param dir where to make it, typically a JUnit {@code @TempDir}
     * @return the repository
     */
    public static TestRepository init(Path dir) {
        TestRepository repository = new TestRepository(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        repository.git("init", "-q", "-b", "main");
        return repository;
    }

    public Path dir() {
        return dir;
    }

    /** Writes {@code content} to {@code path} (relative to the work tree), creating directories. */
    public TestRepository write(String path, String content) {
        return write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes raw bytes to {@code path} (relative to the work tree), creating directories. */
    public TestRepository write(String path, byte[] content) {
        Path file = dir.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Stages everything and commits with the default identity.
     *
     * @return the new commit's id
     */
    public String commit(String message) {
        return commitAs(DEFAULT_NAME, DEFAULT_EMAIL, message);
    }

    /** Stages everything and commits with the given author, who is also the committer. */
    public String commitAs(String name, String email, String message) {
        return commitAs(name, email, name, email, message);
    }

    /** Stages everything and commits with distinct author and committer. */
    public String commitAs(String authorName, String authorEmail, String committerName, String committerEmail,
            String message) {
        git("add", "-A");
        String date = (clock++) + " +0000";
        runGit(Map.of("GIT_AUTHOR_NAME", authorName, "GIT_AUTHOR_EMAIL", authorEmail, "GIT_AUTHOR_DATE", date,
                "GIT_COMMITTER_NAME", committerName, "GIT_COMMITTER_EMAIL", committerEmail,
                "GIT_COMMITTER_DATE", date), message.getBytes(StandardCharsets.UTF_8),
                "commit", "-q", "--allow-empty", "--allow-empty-message", "--cleanup=verbatim", "-F", "-");
        return head();
    }

    /**
     * Writes a commit object as given, unchecked ({@code git hash-object -t commit --literally}): a commit git itself
     * would never make (a NUL byte in the message, no author line), as an attacker can.
     *
     * @param object the whole object: headers, a blank line, the message
     * @return its id
     */
    public String writeCommitObject(byte[] object) {
        return new String(runGit(Map.of(), object, "hash-object", "-t", "commit", "--literally", "-w", "--stdin"),
                StandardCharsets.UTF_8).trim();
    }

    /** @return the full id of {@code HEAD} */
    public String head() {
        return git("rev-parse", "HEAD").trim();
    }

    /**
     * Runs git in the work tree with the test identity and no user or system configuration.
     *
     * @return standard output as UTF-8
     * @throws IllegalStateException when git exits non-zero (with its standard error)
     */
    public String git(String... args) {
        return new String(runGit(Map.of(), new byte[0], args), StandardCharsets.UTF_8);
    }

    /** Runs git and returns its raw standard output bytes. */
    public byte[] gitBytes(String... args) {
        return runGit(Map.of(), new byte[0], args);
    }

    private byte[] runGit(Map<String, String> env, byte[] stdin, String... args) {
        return run(dir, env, stdin, args);
    }

    /**
     * Runs git in a directory, isolated as {@link #isolate(Map)} says, feeding standard input from its own thread
     * (a large input must not block on git's full output pipe).
     *
     * @param env variables set after isolation (they win)
     * @return standard output
     * @throws IllegalStateException when git exits non-zero (with its standard error) or runs over a minute
     */
    public static byte[] run(Path dir, Map<String, String> env, byte[] stdin, String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        isolate(builder.environment());
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            Thread writer = new Thread(() -> {
                try (var out = process.getOutputStream()) {
                    out.write(stdin);
                } catch (IOException e) {
                    // git stopped reading; its exit code tells
                }
            });
            writer.start();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread errReader = new Thread(() -> copy(process.getErrorStream(), err));
            errReader.start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("git " + String.join(" ", args) + " timed out");
            }
            writer.join();
            errReader.join();
            if (process.exitValue() != 0) {
                throw new IllegalStateException("git " + String.join(" ", args) + " failed: "
                        + err.toString(StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Makes a git environment independent of the machine: no global or system configuration, a fixed
     * identity and dates. Public so other tests that start git themselves get the same isolation.
     */
    public static void isolate(Map<String, String> environment) {
        environment.put("GIT_CONFIG_NOSYSTEM", "1");
        environment.put("GIT_CONFIG_GLOBAL", "/dev/null");
        environment.put("HOME", System.getProperty("java.io.tmpdir"));
        environment.put("GIT_AUTHOR_NAME", DEFAULT_NAME);
        environment.put("GIT_AUTHOR_EMAIL", DEFAULT_EMAIL);
        environment.put("GIT_COMMITTER_NAME", DEFAULT_NAME);
        environment.put("GIT_COMMITTER_EMAIL", DEFAULT_EMAIL);
        environment.put("LC_ALL", "C");
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
