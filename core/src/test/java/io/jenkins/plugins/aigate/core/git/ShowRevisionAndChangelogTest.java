package io.jenkins.plugins.aigate.core.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.core.commit.ChangeType;
import io.jenkins.plugins.aigate.core.commit.ChangedPath;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shapes commits reach the Jenkins plugin in, made by real git with the exact arguments git-client uses:
 * {@code showRevision} through CLI git (merges once per parent) and the git plugin's changelog file.
 */
class ShowRevisionAndChangelogTest {
    /** git-client's {@code ChangelogCommand} format ({@code CliGitAPIImpl}, {@code RAW}). */
    static final String CHANGELOG_FORMAT =
            "commit %H%ntree %T%nparent %P%nauthor %aN <%aE> %ai%ncommitter %cN <%cE> %ci%n%n%w(0,4,4)%B";

    @TempDir
    static Path shared;

    static TestRepository repo;
    static String root;

    @BeforeAll
    static void createHistory() {
        repo = RichHistory.create(shared.resolve("rich"));
        root = repo.git("rev-list", "--max-parents=0", "HEAD").trim();
    }

    /** What {@code CliGitAPIImpl.showRevision(from, to, true)} returns: all output, split as Java's split does. */
    static List<String> showRevision(String from, String to) {
        byte[] out = Git.run(repo.dir(), new byte[0], "log", "--full-history", "--no-abbrev", "--format=raw", "-M",
                "-m", "--raw", from + ".." + to);
        return new ArrayList<>(Arrays.asList(new String(out, StandardCharsets.UTF_8).split("\\n")));
    }

    static List<Commit> read(CommitReader reader) {
        List<Commit> commits = new ArrayList<>();
        reader.forEachRemaining(commits::add);
        return commits;
    }

    /** Porcelain log converts messages to UTF-8 and drops the encoding header when it can. */
    static List<Commit> asConvertedToUtf8(List<Commit> commits) {
        return commits.stream().map(c -> c.encoding().filter(e -> e.equals("ISO-8859-1")).isPresent()
                ? copy(c).encoding(null).build() : c).collect(Collectors.toList());
    }

    static Commit.Builder copy(Commit c) {
        Commit.Builder builder = Commit.builder(c.id()).parents(c.parentIds()).author(c.author())
                .committer(c.committer()).message(c.message()).encoding(c.encoding().orElse(null))
                .undecodable(c.undecodable());
        c.changedPaths().forEach(builder::changedPath);
        return builder.pathsKnown(c.pathsKnown());
    }

    @Test
    void cliShowRevisionGivesOneCommitPerMergeWithItsFirstParentPaths() {
        List<String> lines = showRevision(root, "HEAD");
        assertThat(lines).anyMatch(line -> line.matches("commit [0-9a-f]{40} \\(from [0-9a-f]{40}\\)"));

        List<Commit> read = read(CommitReader.ofLines(lines, ReadLimits.defaults()));

        List<Commit> expected = asConvertedToUtf8(
                GitOracle.expected(repo.dir(), List.of("--diff-merges=first-parent", "-M"), root + "..HEAD"));
        assertThat(read).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(expected);
        Commit octopus = read.stream().filter(c -> c.subject().equals("Octopus merge")).findFirst().orElseThrow();
        assertThat(octopus.changedPaths()).containsExactlyInAnyOrder(ChangedPath.of(ChangeType.ADDED, "other.txt"),
                ChangedPath.of(ChangeType.ADDED, "third.txt"));
    }

    @Test
    void cliShowRevisionReadsTheSameAsBytes() {
        byte[] out = Git.run(repo.dir(), new byte[0], "log", "--full-history", "--no-abbrev", "--format=raw", "-M",
                "-m", "--raw", root + "..HEAD");

        assertThat(read(CommitReader.of(new ByteArrayInputStream(out))))
                .containsExactlyElementsOf(read(CommitReader.ofLines(showRevision(root, "HEAD"),
                        ReadLimits.defaults())));
    }

    @Test
    void cliShowRevisionOfOneCommit() {
        byte[] out = Git.run(repo.dir(), new byte[0], "log", "--full-history", "--no-abbrev", "--format=raw", "-M",
                "-m", "--raw", "-1", root);
        List<String> lines = Arrays.asList(new String(out, StandardCharsets.UTF_8).split("\\n"));

        List<Commit> read = read(CommitReader.ofLines(lines, ReadLimits.defaults()));

        assertThat(read).hasSize(1);
        assertThat(read.get(0).id()).isEqualTo(root);
        assertThat(read.get(0).parentIds()).isEmpty();
        assertThat(read.get(0).changedPaths()).extracting(ChangedPath::path).contains(RichHistory.ODD_PATHS);
    }

    @Test
    void changelogFileWrittenByCliGit() {
        byte[] out = Git.run(repo.dir(), new byte[0], "log", "--raw", "--no-merges", "--no-abbrev", "-M",
                "--format=" + CHANGELOG_FORMAT, "HEAD");
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(text).contains("\nparent \n");

        List<Commit> read = read(CommitReader.of(new StringReader(text), ReadLimits.defaults()));

        // the changelog format has no encoding line
        List<Commit> expected = GitOracle.expected(repo.dir(), List.of("-M"), "--no-merges", "HEAD").stream()
                .map(c -> copy(c).encoding(null).build()).collect(Collectors.toList());
        assertThat(read).hasSameSizeAs(expected);
        for (int i = 0; i < read.size(); i++) {
            Commit actual = read.get(i);
            Commit wanted = expected.get(i);
            // the changelog keeps the message as stored (%B), where the raw format trims blank lines and blanks
            assertThat(GitOracle.normalise(actual.message())).as(wanted.id()).isEqualTo(wanted.message());
            assertThat(copy(actual).message(wanted.message()).build()).usingRecursiveComparison().isEqualTo(wanted);
        }
    }

    @Test
    void changelogKeepsTheStoredMessageAndTheWritersZone() {
        byte[] out = Git.run(repo.dir(), new byte[0], "log", "--raw", "--no-merges", "--no-abbrev", "-M",
                "--format=" + CHANGELOG_FORMAT, "HEAD");
        List<Commit> read = read(CommitReader.of(new ByteArrayInputStream(out)));

        Commit blanks = read.stream().filter(c -> c.subject().startsWith("  Leading")).findFirst().orElseThrow();
        assertThat(blanks.message()).isEqualTo("  Leading blanks and trailing   \n\n\n  indented body\t\n\n");
        Commit latin1 = read.stream().filter(c -> c.subject().startsWith("Caf")).findFirst().orElseThrow();
        assertThat(latin1.author().zone()).hasValueSatisfying(z -> assertThat(z.getTotalSeconds()).isEqualTo(7200));
        assertThat(latin1.message()).startsWith("Caf\u00e9 cr\u00e8me");
    }
}
