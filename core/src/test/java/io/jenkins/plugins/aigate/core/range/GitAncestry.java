package io.jenkins.plugins.aigate.core.range;

import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Test ancestry through the real git CLI: {@code git merge-base --is-ancestor} (0 yes, 1 no, else unknown). */
final class GitAncestry implements AncestryCheck {
    private final Path repository;

    GitAncestry(Path repository) {
        this.repository = repository;
    }

    @Override
    public Ancestry check(String ancestor, String descendant) {
        ProcessBuilder builder = new ProcessBuilder("git", "merge-base", "--is-ancestor", "--end-of-options",
                ancestor, descendant).directory(repository.toFile()).redirectErrorStream(true);
        TestRepository.isolate(builder.environment());
        try {
            Process process = builder.start();
            process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Ancestry.UNKNOWN;
            }
            switch (process.exitValue()) {
                case 0:
                    return Ancestry.ANCESTOR;
                case 1:
                    return Ancestry.NOT_ANCESTOR;
                default:
                    return Ancestry.UNKNOWN;
            }
        } catch (IOException e) {
            return Ancestry.UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Ancestry.UNKNOWN;
        }
    }
}
