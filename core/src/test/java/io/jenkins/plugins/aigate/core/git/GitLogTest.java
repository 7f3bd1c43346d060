package io.jenkins.plugins.aigate.core.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.aigate.core.commit.ChangeType;
import io.jenkins.plugins.aigate.core.commit.ChangedPath;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.range.Ancestry;
import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitLogTest {
    @TempDir
    static Path shared;

    static TestRepository repo;

    @BeforeAll
    static void createHistory() {
        repo = RichHistory.create(shared.resolve("rich"));
    }

    static GitLog log(Path dir) {
        return GitLog.in(dir).withEnvironment(Git.isolatedEnvironment());
    }

    static List<Commit> readAll(GitLog log, String... revisions) {
        List<Commit> commits = new ArrayList<>();
        try (GitLogCommits stream = log.open(List.of(revisions))) {
            stream.forEachRemaining(commits::add);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return commits;
    }

    @Test
    void readsEveryCommitExactlyAsGitDescribesIt() {
        List<Commit> read = readAll(log(repo.dir()), "HEAD");

        assertThat(read).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(GitOracle.expected(repo.dir(), List.of(), "HEAD"));
        assertThat(read).hasSizeGreaterThan(15);
    }

    @Test
    void firstParentDiffsGiveMergesTheirPaths() {
        List<Commit> read = readAll(log(repo.dir()).withFirstParentDiffs(true), "HEAD");

        assertThat(read).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(
                GitOracle.expected(repo.dir(), List.of("--diff-merges=first-parent"), "HEAD"));
        Commit octopus = read.stream().filter(c -> c.subject().equals("Octopus merge")).findFirst().orElseThrow();
        assertThat(octopus.parentIds()).hasSize(3);
        assertThat(octopus.pathsKnown()).isTrue();
        assertThat(octopus.changedPaths()).containsExactlyInAnyOrder(ChangedPath.of(ChangeType.ADDED, "other.txt"),
                ChangedPath.of(ChangeType.ADDED, "third.txt"));
    }

    @Test
    void pathsPrintedUnquotedWithQuotePathOffReadTheSame() {
        java.util.Map<String, String> environment = Git.isolatedEnvironment();
        environment.put("GIT_CONFIG_COUNT", "1");
        environment.put("GIT_CONFIG_KEY_0", "core.quotePath");
        environment.put("GIT_CONFIG_VALUE_0", "false");

        List<Commit> read = readAll(GitLog.in(repo.dir()).withEnvironment(environment), "HEAD");

        assertThat(read).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(GitOracle.expected(repo.dir(), List.of(), "HEAD"));
    }

    @Test
    void withoutMergeDiffsAMergeHasUnknownPaths() {
        Commit merge = readAll(log(repo.dir()), "HEAD").stream()
                .filter(c -> c.subject().equals("Merge branch 'side'")).findFirst().orElseThrow();

        assertThat(merge.isMerge()).isTrue();
        assertThat(merge.pathsKnown()).isFalse();
        assertThat(merge.changedPaths()).isEmpty();
    }

    @Test
    void oddPathsRenamesAndCopiesComeBackUnquoted() {
        List<Commit> read = readAll(log(repo.dir()), "HEAD");
        Commit root = read.get(read.size() - 1);
        Commit renames = read.get(read.size() - 2);

        assertThat(root.changedPaths()).extracting(ChangedPath::path).contains(RichHistory.ODD_PATHS);
        assertThat(renames.changedPaths()).contains(
                new ChangedPath(ChangeType.RENAMED, "renamed-a.txt", "a.txt"),
                new ChangedPath(ChangeType.RENAMED, "moved\ttab.txt", "tab\there.txt"),
                new ChangedPath(ChangeType.COPIED, "b2.txt", "b.txt"),
                ChangedPath.of(ChangeType.DELETED, "with space.txt"),
                ChangedPath.of(ChangeType.MODIFIED, "caf\u00e9.txt"));
    }

    @Test
    void decodesALatin1CommitByItsEncodingHeader() {
        Commit latin1 = readAll(log(repo.dir()), "HEAD").stream()
                .filter(c -> c.encoding().isPresent() && c.encoding().get().equals("ISO-8859-1"))
                .findFirst().orElseThrow();

        assertThat(latin1.message()).isEqualTo("Caf\u00e9 cr\u00e8me in Latin-1\n\n\u00c4rger \u00fcber \u00df");
        assertThat(latin1.undecodable()).isFalse();
    }

    @Test
    void flagsBytesThatAreNotValidUtf8InsteadOfDroppingThemSilently() {
        Commit bad = readAll(log(repo.dir()), "HEAD").stream()
                .filter(c -> c.author().email().equals("bad@example.org")).findFirst().orElseThrow();

        assertThat(bad.undecodable()).isTrue();
        assertThat(bad.message()).isEqualTo("Invalid UTF-8: \uFFFD\uFFFD");
    }

    @Test
    void worksOnABareRepositoryAndOnRanges(@TempDir Path bare) {
        Git.run(shared, new byte[0], "clone", "-q", "--bare", repo.dir().toString(), bare.toString());

        List<Commit> range = readAll(log(bare), "HEAD~3..HEAD");

        assertThat(range).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(GitOracle.expected(bare, List.of(), "HEAD~3..HEAD"));
        assertThat(range).hasSize(3);
    }

    @Test
    void fromASubdirectoryPathsStayRelativeToTheTopEvenWithDiffRelativeConfigured(@TempDir Path dir) {
        TestRepository sub = TestRepository.init(dir);
        sub.git("config", "diff.relative", "true");
        sub.write("top.txt", "t").write("sub/inner.txt", "i").commit("Both");

        List<Commit> read = readAll(log(dir.resolve("sub")), "HEAD");

        assertThat(read).hasSize(1);
        assertThat(read.get(0).changedPaths()).containsExactly(ChangedPath.of(ChangeType.ADDED, "sub/inner.txt"),
                ChangedPath.of(ChangeType.ADDED, "top.txt"));
    }

    @Test
    void theBoundaryOfAShallowCloneHasUnknownPaths(@TempDir Path shallow) {
        Git.run(shared, new byte[0], "clone", "-q", "--no-local", "--depth", "3", "--branch", "main",
                "file://" + repo.dir(), shallow.toString());

        List<Commit> read = readAll(log(shallow), "HEAD");

        assertThat(read).hasSize(3);
        Commit boundary = read.get(2);
        assertThat(boundary.parentIds()).isNotEmpty();
        assertThat(boundary.pathsKnown()).isFalse();
        assertThat(boundary.changedPaths()).isEmpty();
        // above the boundary, paths are what the full history says
        assertThat(read.get(0)).isEqualTo(readAll(log(repo.dir()), "HEAD").get(0));
    }

    @Test
    void revisionsStartingWithADashAreNotOptions() {
        assertThatThrownBy(() -> readAll(log(repo.dir()), "--all"))
                .isInstanceOf(GitCommandException.class)
                .satisfies(e -> assertThat(((GitCommandException) e).failure()).isEqualTo(GitFailure.UNKNOWN_REVISION))
                .hasMessageContaining("--all");
    }

    @Test
    void aRevisionHoldingNulIsAnUnknownRevision() {
        assertThatThrownBy(() -> readAll(log(repo.dir()), "HEAD\0x"))
                .isInstanceOf(GitCommandException.class)
                .satisfies(e -> assertThat(((GitCommandException) e).failure()).isEqualTo(GitFailure.UNKNOWN_REVISION));
        assertThat(log(repo.dir()).ancestry("HEAD\0", "HEAD")).isEqualTo(Ancestry.UNKNOWN);
    }

    @Test
    void anUnknownRevisionIsAClearFailure() {
        assertThatThrownBy(() -> readAll(log(repo.dir()), "no-such-branch"))
                .isInstanceOf(GitCommandException.class)
                .satisfies(e -> assertThat(((GitCommandException) e).failure()).isEqualTo(GitFailure.UNKNOWN_REVISION))
                .hasMessageContaining("no-such-branch");
    }

    @Test
    void aDirectoryOutsideAnyRepositoryIsAClearFailure(@TempDir Path plain) {
        assertThatThrownBy(() -> readAll(log(plain).withEnvironment(
                java.util.Map.of("GIT_CEILING_DIRECTORIES", plain.getParent().toString())), "HEAD"))
                .isInstanceOf(GitCommandException.class)
                .satisfies(e -> assertThat(((GitCommandException) e).failure())
                        .isEqualTo(GitFailure.NOT_A_REPOSITORY));
        assertThatThrownBy(() -> readAll(log(plain.resolve("missing")), "HEAD"))
                .isInstanceOf(GitCommandException.class)
                .satisfies(e -> assertThat(((GitCommandException) e).failure())
                        .isEqualTo(GitFailure.NOT_A_REPOSITORY));
    }

    @Test
    void aMissingGitExecutableIsAClearFailure() {
        assertThatThrownBy(() -> readAll(log(repo.dir()).withGitExecutable("/nonexistent/git"), "HEAD"))
                .isInstanceOf(GitCommandException.class)
                .satisfies(e -> assertThat(((GitCommandException) e).failure()).isEqualTo(GitFailure.GIT_NOT_FOUND));
    }

    @Test
    void closingEarlyStopsGit() throws IOException {
        try (GitLogCommits stream = log(repo.dir()).open(List.of("HEAD"))) {
            assertThat(stream.next().id()).isEqualTo(repo.head());
            assertThat(stream.commitsRead()).isEqualTo(1);
        }
    }

    @Test
    void answersAncestryQuestions() {
        GitLog log = log(repo.dir());
        String head = repo.head();
        String root = repo.git("rev-list", "--max-parents=0", "HEAD").trim();
        String side = repo.git("rev-parse", "side").trim();
        String third = repo.git("rev-parse", "third").trim();

        assertThat(log.ancestry(root, head)).isEqualTo(Ancestry.ANCESTOR);
        assertThat(log.ancestry(head, head)).isEqualTo(Ancestry.ANCESTOR);
        assertThat(log.ancestry(head, root)).isEqualTo(Ancestry.NOT_ANCESTOR);
        assertThat(log.ancestry(side, third)).isEqualTo(Ancestry.NOT_ANCESTOR);
        assertThat(log.ancestry("0".repeat(40), head)).isEqualTo(Ancestry.UNKNOWN);
        assertThat(log.ancestry("--help", head)).isEqualTo(Ancestry.UNKNOWN);
    }
}
