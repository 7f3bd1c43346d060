package io.jenkins.plugins.aigate.core.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.core.commit.ChangeType;
import io.jenkins.plugins.aigate.core.commit.ChangedPath;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.PersonIdent;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A golden file captured from git 2.39: {@code git log --format=raw --raw --no-abbrev --encoding=none} followed by
 * {@code git log --format=raw --raw --no-abbrev -m --full-history -M -2} of a five-commit history with a merge, a
 * rename, a C-quoted non-ASCII path and a Latin-1 commit.
 */
class CliGoldenFixtureTest {
    static final PersonIdent ADA = new PersonIdent("Ada Example", "ada@example.org",
            Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.ofHours(1));

    @Test
    void readsTheCapturedLogExactly() {
        List<Commit> commits = new ArrayList<>();
        CommitReader.of(new ByteArrayInputStream(CommitReaderPropertiesTest.resource("cli-raw-sample.log")))
                .forEachRemaining(commits::add);

        assertThat(commits).extracting(Commit::subject).containsExactly("Caf\u00e9", "Merge side", "Main", "Rename",
                "Root", "Caf\u00e9", "Merge side");
        Commit latin1 = commits.get(0);
        assertThat(latin1.encoding()).hasValue("ISO-8859-1");
        assertThat(latin1.author()).isEqualTo(ADA);
        assertThat(latin1.pathsKnown()).isTrue();
        assertThat(latin1.changedPaths()).isEmpty();

        Commit mergeWithoutDiff = commits.get(1);
        assertThat(mergeWithoutDiff.parentIds()).containsExactly("8b863aa73f5c7cc62cca7217a5cd1847490cfdd1",
                "79c9b7bc654ae03860cf85f33414d1ed64301675");
        assertThat(mergeWithoutDiff.pathsKnown()).isFalse();

        Commit rename = commits.get(3);
        assertThat(rename.message()).isEqualTo("Rename\n\nCo-authored-by: Claude <noreply@anthropic.com>");
        assertThat(rename.changedPaths()).containsExactly(new ChangedPath(ChangeType.RENAMED, "b.txt", "a.txt"));

        Commit root = commits.get(4);
        assertThat(root.parentIds()).isEmpty();
        assertThat(root.changedPaths()).containsExactly(ChangedPath.of(ChangeType.ADDED, "a.txt"),
                ChangedPath.of(ChangeType.ADDED, "quote\"d \u00e9.txt"));

        // the second log: -m printed the merge once per parent; the first-parent block holds the side's rename
        Commit mergeFromM = commits.get(6);
        assertThat(mergeFromM.id()).isEqualTo(mergeWithoutDiff.id());
        assertThat(mergeFromM.pathsKnown()).isTrue();
        assertThat(mergeFromM.changedPaths()).containsExactly(new ChangedPath(ChangeType.RENAMED, "b.txt", "a.txt"));
    }
}
