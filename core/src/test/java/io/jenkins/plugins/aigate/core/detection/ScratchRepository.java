package io.jenkins.plugins.aigate.core.detection;

import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real git repository for one test class ({@code @RegisterExtension static final ScratchRepository REPO}): made
 * before the class's tests, deleted after them.
 */
final class ScratchRepository implements BeforeAllCallback, AfterAllCallback {
    private Path dir;
    private TestRepository repo;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("aigate-detection");
        repo = TestRepository.init(dir);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    TestRepository repo() {
        return repo;
    }

    /** Commits {@code message} with the default identity and assesses it as read back from git. */
    CommitAssessment commit(Detector detector, String message) {
        return RepositoryCommits.assess(detector, repo, RepositoryCommits.commit(repo, message));
    }

    /** Commits as {@code name} (author and committer) and returns the commit id. */
    String commitAs(String name, String email, String message) {
        return RepositoryCommits.commitAs(repo, name, email, message);
    }
}
