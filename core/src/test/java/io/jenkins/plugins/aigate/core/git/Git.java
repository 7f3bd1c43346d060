package io.jenkins.plugins.aigate.core.git;

import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real git CLI for tests, isolated like {@link TestRepository}, with bytes in and out. */
final class Git {
    private Git() {
    }

    /** The environment {@link GitLog} gets in tests: no user or system configuration. */
    static Map<String, String> isolatedEnvironment() {
        Map<String, String> environment = new HashMap<>();
        TestRepository.isolate(environment);
        return environment;
    }

    static byte[] run(Path dir, byte[] stdin, String... args) {
        return run(dir, Map.of(), stdin, args);
    }

    static String text(Path dir, String... args) {
        return new String(run(dir, new byte[0], args), StandardCharsets.UTF_8);
    }

    static byte[] run(Path dir, Map<String, String> env, byte[] stdin, String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        TestRepository.isolate(builder.environment());
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

    /** Writes a commit object from its exact bytes (headers and message as given) and returns its id. */
    static String hashCommit(Path dir, byte[] object) {
        return new String(run(dir, object, "hash-object", "-t", "commit", "-w", "--stdin"), StandardCharsets.UTF_8)
                .trim();
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
