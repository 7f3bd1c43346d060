package io.jenkins.plugins.aigate.core.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.detection.Detector;
import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commit objects git would never write but anyone can, read through {@link GitLog} with real git. */
class HostileCommitObjectsTest {
    @TempDir
    Path dir;

    private static List<Commit> read(TestRepository repository, String revision) throws IOException {
        List<Commit> commits = new ArrayList<>();
        try (GitLogCommits log = GitLog.in(repository.dir()).open(List.of(revision))) {
            while (log.hasNext()) {
                commits.add(log.next());
            }
        }
        return commits;
    }

    private static String object(TestRepository repository, String headers, String message) {
        String tree = repository.git("rev-parse", "HEAD^{tree}").trim();
        String parent = repository.head();
        return "tree " + tree + "\nparent " + parent + "\n" + headers + "\n" + message;
    }

    @Test
    void aNulByteInTheMessageHidesNothing() throws IOException {
        TestRepository repository = TestRepository.init(dir.resolve("r"));
        repository.write("a", "a\n").commit("base\n");
        String id = repository.writeCommitObject(object(repository,
                "author A <a@x.org> 1700000000 +0000\ncommitter A <a@x.org> 1700000000 +0000\n",
                "NUL in \0 message\n\nCo-authored-by: Claude <noreply@anthropic.com>\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(repository.git("log", "-1", "--format=%B", id)).doesNotContain("Claude");

        Commit commit = read(repository, id).get(0);

        assertThat(commit.id()).isEqualTo(id);
        assertThat(commit.unreadable()).hasValueSatisfying(why -> assertThat(why).contains("NUL"));
        assertThat(commit.message()).contains("Co-authored-by: Claude <noreply@anthropic.com>").doesNotContain("\0");
        assertThat(Detector.withDefaults().assess(commit).aiAssisted()).isTrue();
    }

    @Test
    void aCommitWithoutAnAuthorOrCommitterLineIsReadAndMarked() throws IOException {
        TestRepository repository = TestRepository.init(dir.resolve("r"));
        repository.write("a", "a\n").commit("base\n");
        String noAuthor = repository.writeCommitObject(object(repository,
                "committer A <a@x.org> 1700000000 +0000\n", "no author\n").getBytes(StandardCharsets.UTF_8));
        String noCommitter = repository.writeCommitObject(object(repository,
                "author A <a@x.org> 1700000000 +0000\n", "no committer\n").getBytes(StandardCharsets.UTF_8));

        List<Commit> first = read(repository, noAuthor);
        assertThat(first).hasSize(2);
        assertThat(first.get(0).unreadable()).contains("the commit has no author line");
        assertThat(first.get(0).author().email()).isEmpty();
        assertThat(first.get(1).unreadable()).isEmpty();
        assertThat(read(repository, noCommitter).get(0).unreadable()).contains("the commit has no committer line");
    }

    @Test
    void ordinaryCommitsWithTrailingBlanksAreNotMarked() throws IOException {
        TestRepository repository = TestRepository.init(dir.resolve("r"));
        repository.write("a", "a\n").commit("  \nsubject   \n\nbody\t\n\n\n");
        repository.write("b", "b\n").commit("no final newline");
        assertThat(read(repository, "HEAD")).hasSize(2).allSatisfy(c -> assertThat(c.unreadable()).isEmpty());
    }
}
