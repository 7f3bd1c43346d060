package io.jenkins.plugins.aigate.core.detection;

import io.jenkins.plugins.aigate.core.commit.ChangeType;
import io.jenkins.plugins.aigate.core.commit.ChangedPath;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.PersonIdent;
import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** Reads commits back from a real test repository as a deploy would see them, and assesses them. */
final class RepositoryCommits {
    private RepositoryCommits() {
    }

    private static final AtomicInteger CHANGES = new AtomicInteger();

    /** Changes a file (so no commit is empty) and commits with the repository's default identity. */
    static String commit(TestRepository repo, String message) {
        repo.write("file.txt", CHANGES.incrementAndGet() + "\n");
        return repo.commit(message);
    }

    /** Changes a file and commits as {@code name}, author and committer. */
    static String commitAs(TestRepository repo, String name, String email, String message) {
        repo.write("file.txt", CHANGES.incrementAndGet() + "\n");
        return repo.commitAs(name, email, message);
    }

    static Commit read(TestRepository repo, String id) {
        String raw = repo.git("show", "-s", "--format=%H%x00%an%x00%ae%x00%cn%x00%ce%x00%P%x00%B", id);
        String[] parts = raw.split("\u0000", 7);
        Commit.Builder builder = Commit.builder(parts[0]).author(PersonIdent.of(parts[1], parts[2]))
                .committer(PersonIdent.of(parts[3], parts[4])).message(parts[6]);
        for (String parent : parts[5].split(" ")) {
            if (!parent.isBlank()) {
                builder.parent(parent);
            }
        }
        String paths = repo.git("diff-tree", "--no-commit-id", "-r", "--name-status", "-m", "--first-parent",
                "--root", id);
        for (String line : paths.split("\n")) {
            if (!line.isBlank()) {
                String[] cells = line.split("\t");
                builder.changedPath(ChangedPath.of(ChangeType.fromLetter(cells[0].charAt(0)), cells[cells.length - 1]));
            }
        }
        return builder.pathsKnown(true).build();
    }

    static CommitAssessment assess(Detector detector, TestRepository repo, String id) {
        return detector.assess(read(repo, id));
    }

    static List<String> ruleIds(Detector detector, TestRepository repo, String id) {
        return assess(detector, repo, id).evidence().stream().map(Evidence::ruleId).collect(Collectors.toList());
    }
}
