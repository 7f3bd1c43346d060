package io.jenkins.plugins.aigate.core.git;

import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

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
        return TestRepository.run(dir, env, stdin, args);
    }

    /** Writes a commit object from its exact bytes (headers and message as given) and returns its id. */
    static String hashCommit(Path dir, byte[] object) {
        return new String(run(dir, object, "hash-object", "-t", "commit", "-w", "--stdin"), StandardCharsets.UTF_8)
                .trim();
    }
}
