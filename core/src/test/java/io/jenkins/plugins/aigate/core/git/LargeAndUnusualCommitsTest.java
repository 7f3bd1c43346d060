package io.jenkins.plugins.aigate.core.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.core.commit.ChangeType;
import io.jenkins.plugins.aigate.core.commit.ChangedPath;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sizes and headers real git produces that the reader must survive, made with the real git CLI. */
class LargeAndUnusualCommitsTest {
    static List<Commit> readAll(Path dir, String... revisions) {
        List<Commit> commits = new ArrayList<>();
        try (GitLogCommits stream = GitLog.in(dir).withEnvironment(Git.isolatedEnvironment())
                .open(List.of(revisions))) {
            stream.forEachRemaining(commits::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return commits;
    }

    @Test
    void aHundredThousandPathsInOneCommit(@TempDir Path dir) {
        TestRepository repo = TestRepository.init(dir);
        String blob = new String(Git.run(dir, "shared\n".getBytes(StandardCharsets.UTF_8), "hash-object", "-w",
                "--stdin"), StandardCharsets.UTF_8).trim();
        StringBuilder index = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            index.append("100644 blob ").append(blob).append('\t')
                    .append(String.format("dir%02d/file %06d.txt", i % 50, i)).append('\n');
        }
        Git.run(dir, index.toString().getBytes(StandardCharsets.UTF_8), "update-index", "--index-info");
        String tree = Git.text(dir, "write-tree").trim();
        String commit = new String(Git.run(dir, "A hundred thousand files\n".getBytes(StandardCharsets.UTF_8),
                "commit-tree", tree), StandardCharsets.UTF_8).trim();
        repo.git("update-ref", "refs/heads/main", commit);

        List<Commit> commits = readAll(dir, "HEAD");

        assertThat(commits).hasSize(1);
        List<ChangedPath> paths = commits.get(0).changedPaths();
        assertThat(paths).hasSize(100_000).allMatch(p -> p.type() == ChangeType.ADDED);
        assertThat(paths).contains(ChangedPath.of(ChangeType.ADDED, "dir00/file 000000.txt"),
                ChangedPath.of(ChangeType.ADDED, "dir49/file 099999.txt"));
    }

    @Test
    void oneAndFiveMebibyteMessages(@TempDir Path dir) {
        TestRepository repo = TestRepository.init(dir);
        StringBuilder manyLines = new StringBuilder("Many lines\n\n");
        while (manyLines.length() < 1 << 20) {
            manyLines.append("Line ").append(manyLines.length()).append(" of a long body with words\n");
        }
        String oneLine = "One line of five MiB: " + "z".repeat(5 << 20);
        String first = repo.write("one.txt", "1").commit(manyLines.toString());
        String second = repo.write("five.txt", "5").commit(oneLine + "\n\nCo-authored-by: A <a@example.org>\n");

        List<Commit> commits = readAll(dir, "HEAD");

        assertThat(commits).extracting(Commit::id).containsExactly(second, first);
        assertThat(commits.get(0).message()).isEqualTo(oneLine + "\n\nCo-authored-by: A <a@example.org>");
        assertThat(commits.get(1).message()).isEqualTo(manyLines.toString().strip());
        assertThat(commits.get(0).changedPaths()).containsExactly(ChangedPath.of(ChangeType.ADDED, "five.txt"));
    }

    @Test
    void aFiveMebibyteMessageFailsClosedUnderASmallerLimit(@TempDir Path dir) {
        TestRepository repo = TestRepository.init(dir);
        String id = repo.commit("x".repeat(5 << 20));
        GitLog log = GitLog.in(dir).withEnvironment(Git.isolatedEnvironment())
                .withLimits(ReadLimits.defaults().withMaxCommitBytes(1 << 20));

        try (GitLogCommits stream = log.open(List.of("HEAD"))) {
            CommitLimitException e = org.assertj.core.api.Assertions.catchThrowableOfType(stream::hasNext,
                    CommitLimitException.class);
            assertThat(e.commitId()).hasValue(id);
            assertThat(e.problem()).isEqualTo(ReadProblem.COMMIT_TOO_LARGE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void sha256Repository(@TempDir Path dir) {
        Git.run(dir, new byte[0], "init", "-q", "--object-format=sha256", "-b", "main");
        TestRepository repo = TestRepository.init(dir);
        repo.write("a.txt", "a").commit("First");
        repo.git("mv", "a.txt", "b.txt");
        repo.commit("Second");

        List<Commit> commits = readAll(dir, "HEAD");

        assertThat(commits).extracting(Commit::id).allMatch(id -> id.length() == 64);
        assertThat(commits.get(0).parentIds()).containsExactly(commits.get(1).id());
        assertThat(commits.get(0).changedPaths()).containsExactly(
                new ChangedPath(ChangeType.RENAMED, "b.txt", "a.txt"));
    }

    @Test
    void signatureVerificationOutputBeforeTheTreeIsSkipped(@TempDir Path dir, @TempDir Path gnupg) {
        TestRepository repo = TestRepository.init(dir);
        repo.write("a.txt", "a").commit("Unsigned");
        RichHistory.signedAndTagged(repo);
        byte[] verified = Git.run(dir, Map.of("GNUPGHOME", gnupg.toString()), new byte[0],
                "-c", "log.showSignature=true", "log", "--format=raw", "--raw", "--no-abbrev", "--encoding=none",
                "HEAD");
        byte[] plain = Git.run(dir, new byte[0], "log", "--format=raw", "--raw", "--no-abbrev", "--encoding=none",
                "HEAD");
        assertThat(verified.length).isGreaterThan(plain.length);

        assertThat(read(verified)).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(read(plain));
        assertThat(read(plain)).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(GitOracle.expected(repo.dir(), List.of(), "HEAD"));
    }

    @Test
    void aStrayNoSignatureLineAndDecorationsAreTolerated() {
        String id = "a".repeat(40);
        String text = "commit " + id + " (HEAD -> main, tag: v1)\nNo signature\ntree " + "7".repeat(40)
                + "\nauthor A <a@x> 1700000000 +0000\ncommitter A <a@x> 1700000000 +0000\n\n    Subject\n";

        Commit commit = read(text.getBytes(StandardCharsets.UTF_8)).get(0);

        assertThat(commit.id()).isEqualTo(id);
        assertThat(commit.subject()).isEqualTo("Subject");
    }

    @Test
    void datesGitAcceptsButJavaCannotRepresentKeepTheIdentity() {
        String text = "commit " + "a".repeat(40) + "\ntree " + "7".repeat(40)
                + "\nauthor No Date <n@x>\ncommitter Odd Zone <o@x> 1700000000 +9900\n\n    s\n";

        Commit commit = read(text.getBytes(StandardCharsets.UTF_8)).get(0);

        assertThat(commit.author().name()).isEqualTo("No Date");
        assertThat(commit.author().when()).isEmpty();
        assertThat(commit.committer().email()).isEqualTo("o@x");
        assertThat(commit.committer().when()).hasValueSatisfying(w -> assertThat(w.getEpochSecond())
                .isEqualTo(1_700_000_000L));
        assertThat(commit.committer().zone()).isEmpty();
    }

    @Test
    void aCombinedDiffGivesNoFirstParentPaths(@TempDir Path dir) {
        TestRepository repo = TestRepository.init(dir);
        repo.write("f.txt", "base\n").commit("Base");
        repo.git("checkout", "-q", "-b", "side");
        repo.write("f.txt", "side\n").commit("Side");
        repo.git("checkout", "-q", "main");
        repo.write("f.txt", "main\n").commit("Main");
        try {
            Git.run(dir, new byte[0], "merge", "-q", "side", "-m", "Merge");
        } catch (IllegalStateException conflict) {
            // expected: the conflict is resolved by hand below
        }
        repo.write("f.txt", "resolved\n").git("add", "f.txt");
        repo.commit("Merge with a resolved conflict");
        byte[] combined = Git.run(dir, new byte[0], "log", "--format=raw", "--raw", "--no-abbrev", "-c", "-1");
        assertThat(new String(combined, StandardCharsets.UTF_8)).contains("\n::100644 100644 100644 ");

        Commit merge = read(combined).get(0);

        assertThat(merge.parentIds()).hasSize(2);
        assertThat(merge.pathsKnown()).isFalse();
        assertThat(merge.changedPaths()).isEmpty();
    }

    static List<Commit> read(byte[] bytes) {
        List<Commit> commits = new ArrayList<>();
        CommitReader.of(new ByteArrayInputStream(bytes)).forEachRemaining(commits::add);
        return commits;
    }

    @Test
    void textLinesHoldingNewlinesAreSplitFurther() {
        String text = "commit " + "a".repeat(40) + "\ntree " + "7".repeat(40)
                + "\nauthor A <a@x> 1700000000 +0000\ncommitter A <a@x> 1700000000 +0000\n\n    Subject\n";

        List<Commit> fromOneElement = new ArrayList<>();
        CommitReader.ofLines(List.of(text), ReadLimits.defaults()).forEachRemaining(fromOneElement::add);
        List<Commit> fromLines = new ArrayList<>();
        CommitReader.ofLines(Arrays.asList(text.split("\n")), ReadLimits.defaults())
                .forEachRemaining(fromLines::add);

        assertThat(fromOneElement).hasSize(1).isEqualTo(fromLines);
    }
}
