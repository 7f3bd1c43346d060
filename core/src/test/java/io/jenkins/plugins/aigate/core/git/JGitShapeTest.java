package io.jenkins.plugins.aigate.core.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.core.commit.ChangeType;
import io.jenkins.plugins.aigate.core.commit.ChangedPath;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.PersonIdent;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-made fixtures in the exact shape of git-client's JGit {@code RawFormatter}: ISO dates in the agent's zone,
 * unquoted paths, {@code R100<TAB>old new}, a blank line after each raw line, no root diff, and (on Windows agents)
 * {@code \r} where {@code println} ends a line. {@code showRevision} splits each commit's text on {@code \n},
 * dropping trailing empty strings, so commits follow each other without a blank line.
 */
class JGitShapeTest {
    static final PersonIdent ADA = new PersonIdent("Ada Example", "ada@example.org",
            Instant.parse("2023-11-14T22:13:20Z"), null);
    static final PersonIdent BO = new PersonIdent("Bo Builder", "bo@example.org",
            Instant.parse("2023-11-15T09:00:00Z"), null);

    static String id(char c) {
        return String.valueOf(c).repeat(40);
    }

    static String fixture(String name) {
        try (InputStream in = JGitShapeTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Commit> read(CommitReader reader) {
        List<Commit> commits = new ArrayList<>();
        reader.forEachRemaining(commits::add);
        return commits;
    }

    static List<Commit> nonMerges() {
        return List.of(
                Commit.builder(id('d')).parent(id('c')).person(ADA)
                        .message("Move docs\n\nCo-authored-by: Claude <noreply@anthropic.com>")
                        .changedPath(new ChangedPath(ChangeType.RENAMED, "docs/new name.md", "docs/old name.md"))
                        .changedPath(new ChangedPath(ChangeType.COPIED, "src/b.c", "src/a.c"))
                        .changedPath(ChangedPath.of(ChangeType.ADDED, "weird\nname.txt"))
                        .changedPath(ChangedPath.of(ChangeType.ADDED, "\"lead.txt"))
                        .changedPath(ChangedPath.of(ChangeType.DELETED, "caf\u00e9 \t tab.txt"))
                        .build(),
                Commit.builder(id('c')).parent(id('b')).author(BO).committer(ADA).message("CRLF subject\n\nbody")
                        .changedPath(ChangedPath.of(ChangeType.MODIFIED, "a.txt")).build(),
                // JGit lists a commit that changed nothing without raw lines
                Commit.builder(id('b')).parent(id('a')).person(ADA).message("").pathsKnown(true).build(),
                // JGit compares a root commit's tree with itself: no paths, so they are unknown
                Commit.builder(id('a')).person(ADA).message("Root").pathsKnown(false).build());
    }

    static List<Commit> withMerge() {
        List<Commit> commits = new ArrayList<>();
        commits.add(Commit.builder(id('e')).parent(id('d')).parent(id('9')).author(ADA).committer(BO)
                .message("Merge branch 'feature'")
                .changedPath(ChangedPath.of(ChangeType.ADDED, "feature/new file.txt")).build());
        commits.addAll(nonMerges());
        return commits;
    }

    @Test
    void showRevisionThroughJGit() {
        List<String> lines = Arrays.asList(fixture("jgit-show-revision.txt").split("\n"));

        assertThat(read(CommitReader.ofLines(lines, ReadLimits.defaults())))
                .usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(withMerge());
    }

    @Test
    void showRevisionThroughJGitOnAWindowsAgent() {
        String text = fixture("jgit-show-revision-windows.txt");
        assertThat(text).contains("\r\n");
        List<String> lines = Arrays.asList(text.split("\n"));

        assertThat(read(CommitReader.ofLines(lines, ReadLimits.defaults())))
                .usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(withMerge());
    }

    @Test
    void changelogWrittenByJGitSkipsMerges() {
        InputStream in = JGitShapeTest.class.getResourceAsStream("jgit-changelog.txt");

        assertThat(read(CommitReader.of(new InputStreamReader(in, StandardCharsets.UTF_8), ReadLimits.defaults())))
                .usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(nonMerges());
    }

    @Test
    void changelogWrittenByJGitReadAsBytes() {
        InputStream in = JGitShapeTest.class.getResourceAsStream("jgit-changelog.txt");

        assertThat(read(CommitReader.of(in))).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(nonMerges());
    }

    @Test
    void ambiguousRenamesWithSpacesSplitWhereTheHalvesMatch() {
        String line = ":100644 100644 " + id('1') + " " + id('1') + " R100\t";
        assertThat(RawDiffLine.parse((line + "docs/a b.md docs/c d.md").getBytes(StandardCharsets.UTF_8), true,
                TextDecoder.utf8())).isEqualTo(new ChangedPath(ChangeType.RENAMED, "docs/c d.md", "docs/a b.md"));
        assertThat(RawDiffLine.parse((line + "my file.txt archive/my file.txt").getBytes(StandardCharsets.UTF_8),
                true, TextDecoder.utf8()))
                .isEqualTo(new ChangedPath(ChangeType.RENAMED, "archive/my file.txt", "my file.txt"));
        assertThat(RawDiffLine.parse((line + "old.txt new.txt").getBytes(StandardCharsets.UTF_8), true,
                TextDecoder.utf8())).isEqualTo(new ChangedPath(ChangeType.RENAMED, "new.txt", "old.txt"));
    }
}
