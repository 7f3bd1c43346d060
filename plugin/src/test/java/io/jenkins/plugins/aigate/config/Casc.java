package io.jenkins.plugins.aigate.config;

import io.jenkins.plugins.casc.ConfigurationAsCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Applies JCasC YAML in tests, from the shared sample or from text. */
final class Casc {

    private Casc() {}

    /** @return {@code docs/examples/jenkins-casc.yaml}, the sample the CLI's tests read too */
    static Path sample() {
        Path module = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        return module.resolve("../docs/examples/jenkins-casc.yaml").normalize();
    }

    static void applySample() throws Exception {
        ConfigurationAsCode.get().configure(sample().toString());
    }

    /** Applies {@code yaml}, a whole JCasC document. */
    static void apply(String yaml) throws Exception {
        Path file = Files.createTempFile("ai-gate-casc", ".yml");
        try {
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            ConfigurationAsCode.get().configure(file.toString());
        } finally {
            delete(file);
        }
    }

    private static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }
}
