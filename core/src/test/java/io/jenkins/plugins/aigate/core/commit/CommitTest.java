package io.jenkins.plugins.aigate.core.commit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitTest {
    @Test
    void subjectIsTheFirstLineAndShortIdTwelveCharacters() {
        Commit commit = Commit.builder("0123456789abcdef0123456789abcdef01234567")
                .person(PersonIdent.of("Ada", "ada@example.org"))
                .message("Fix the gate\n\nBody line\n")
                .build();

        assertThat(commit.subject()).isEqualTo("Fix the gate");
        assertThat(commit.shortId()).isEqualTo("0123456789ab");
        assertThat(commit.pathsKnown()).isFalse();
        assertThat(commit.isMerge()).isFalse();
    }

    @Test
    void addingAPathMarksPathsKnownAndTwoParentsMakeAMerge() {
        Commit commit = Commit.builder("a".repeat(40))
                .person(PersonIdent.of("Ada", "ada@example.org"))
                .parent("b".repeat(40)).parent("c".repeat(40))
                .changedPath(new ChangedPath(ChangeType.RENAMED, "new.txt", "old.txt"))
                .build();

        assertThat(commit.pathsKnown()).isTrue();
        assertThat(commit.isMerge()).isTrue();
        assertThat(commit.changedPaths()).singleElement()
                .satisfies(p -> assertThat(p.oldPath()).contains("old.txt"));
    }

    @Test
    void testRepositoryMakesRealCommitsWithItsOwnIdentity(@TempDir Path dir) {
        TestRepository repository = TestRepository.init(dir);
        repository.write("a.txt", "one\n");
        String first = repository.commit("first");
        repository.write("a.txt", "two\n");
        String second = repository.commitAs("Bob", "bob@example.org", "second");

        assertThat(repository.git("log", "--format=%H %an <%ae>")).isEqualTo(
                second + " Bob <bob@example.org>\n" + first + " Ada Example <ada@example.org>\n");
    }
}
