package io.jenkins.plugins.aigate.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merge subjects read by their grammar: only the merged branch counts. Each shape is made by real git (its own
 * messages, or the hosting service's message given with {@code -m}) both ways round: the agent's branch merged into
 * another (evidence), and another branch merged into the agent's (none).
 */
class MergeSubjectTest {
    private static final Detector DETECTOR = Detector.withDefaults();
    private static final String AGENT = "devin/1742781091-fix-config";

    @TempDir
    static Path dir;
    @TempDir
    static Path remoteDir;
    private static TestRepository repo;
    private static int files;

    @BeforeAll
    static void makeRepository() {
        repo = TestRepository.init(dir);
        repo.write("README.md", "hello\n");
        repo.commit("Initial commit\n");
        repo.git("branch", AGENT);
        repo.git("branch", "feature/login");
        repo.git("branch", "copilot/fix-7");
    }

    /** Commits on {@code into}, then merges {@code from} into it with git's message or {@code message}. */
    private static String merge(String into, String from, String... message) {
        change(from);
        change(into);
        repo.git("checkout", "-q", into);
        if (message.length == 0) {
            repo.git("merge", "-q", "--no-ff", "--no-edit", from);
        } else {
            repo.git("merge", "-q", "--no-ff", "-m", message[0], from);
        }
        return repo.head();
    }

    private static void change(String branch) {
        repo.git("checkout", "-q", branch);
        repo.write("f" + files++ + ".txt", "x\n");
        repo.commit("Change on " + branch + "\n");
    }

    private static String subject(String id) {
        return repo.git("log", "-1", "--format=%s", id).trim();
    }

    private static boolean flagsBranch(String id) {
        return RepositoryCommits.ruleIds(DETECTOR, repo, id).contains("BR-06");
    }

    @Test
    void gitsOwnMergeBothWaysRound() {
        String agentIntoMain = merge("main", AGENT);
        assertThat(subject(agentIntoMain)).isEqualTo("Merge branch '" + AGENT + "'");
        assertThat(flagsBranch(agentIntoMain)).isTrue();

        String mainIntoAgent = merge(AGENT, "main");
        assertThat(subject(mainIntoAgent)).isEqualTo("Merge branch 'main' into " + AGENT);
        assertThat(flagsBranch(mainIntoAgent)).isFalse();

        String agentIntoFeature = merge("feature/login", AGENT);
        assertThat(subject(agentIntoFeature)).isEqualTo("Merge branch '" + AGENT + "' into feature/login");
        assertThat(flagsBranch(agentIntoFeature)).isTrue();
        repo.git("checkout", "-q", "main");
    }

    @Test
    void remoteTrackingBranchLosesItsRemote() {
        repo.git("init", "-q", "--bare", remoteDir.toString());
        repo.git("remote", "add", "origin", remoteDir.toString());
        change(AGENT);
        change("main");
        repo.git("push", "-q", "origin", AGENT, "main");
        repo.git("fetch", "-q", "origin");
        change("main");
        repo.git("merge", "-q", "--no-ff", "--no-edit", "origin/" + AGENT);
        String agentIntoMain = repo.head();
        assertThat(subject(agentIntoMain)).isEqualTo("Merge remote-tracking branch 'origin/" + AGENT + "'");
        assertThat(flagsBranch(agentIntoMain)).isTrue();
        change(AGENT);
        repo.git("merge", "-q", "--no-ff", "--no-edit", "origin/main");
        String mainIntoAgent = repo.head();
        assertThat(subject(mainIntoAgent)).isEqualTo("Merge remote-tracking branch 'origin/main' into " + AGENT);
        assertThat(flagsBranch(mainIntoAgent)).isFalse();
        repo.git("checkout", "-q", "main");
    }

    @Test
    void octopusMergeNamesEveryBranch() {
        change(AGENT);
        change("copilot/fix-7");
        change("main");
        repo.git("merge", "-q", "--no-edit", "copilot/fix-7", AGENT);
        String octopus = repo.head();
        assertThat(subject(octopus)).isEqualTo("Merge branches 'copilot/fix-7' and '" + AGENT + "'");
        assertThat(RepositoryCommits.ruleIds(DETECTOR, repo, octopus)).contains("BR-01", "BR-06");
        repo.git("branch", "release", "main");
        repo.git("branch", "hotfix", "main");
        change("release");
        change(AGENT);
        repo.git("checkout", "-q", "hotfix");
        change("hotfix");
        repo.git("checkout", "-q", AGENT);
        repo.git("merge", "-q", "--no-edit", "release", "hotfix");
        String intoAgent = repo.head();
        assertThat(subject(intoAgent)).isEqualTo("Merge branches 'release' and 'hotfix' into " + AGENT);
        assertThat(flagsBranch(intoAgent)).isFalse();
        repo.git("checkout", "-q", "main");
    }

    @Test
    void tagMergeNamesNoBranch() {
        change(AGENT);
        repo.git("tag", "-a", "-m", "release", "devin/1742781091-tag", AGENT);
        repo.git("checkout", "-q", "main");
        repo.git("merge", "-q", "--no-ff", "--no-edit", "devin/1742781091-tag");
        String tag = repo.head();
        assertThat(subject(tag)).startsWith("Merge tag 'devin/1742781091-tag'");
        assertThat(flagsBranch(tag)).isFalse();
    }

    @Test
    void hostingServiceSubjectsBothWaysRound() {
        // GitHub's merge button
        assertThat(flagsBranch(merge("main", AGENT, "Merge pull request #4 from acme/" + AGENT + "\n\nFix"))).isTrue();
        assertThat(flagsBranch(merge(AGENT, "main", "Merge pull request #5 from acme/main\n\nSync"))).isFalse();
        // GitLab: both branches quoted
        assertThat(flagsBranch(merge("main", AGENT, "Merge branch '" + AGENT + "' into 'main'\n\nSee !12"))).isTrue();
        assertThat(flagsBranch(merge(AGENT, "main", "Merge branch 'main' into '" + AGENT + "'\n"))).isFalse();
        // Bitbucket
        assertThat(flagsBranch(merge("main", AGENT, "Merged in " + AGENT + " (pull request #9)\n"))).isTrue();
        assertThat(flagsBranch(merge(AGENT, "main", "Merged in main (pull request #10)\n"))).isFalse();
        // git with a URL
        assertThat(flagsBranch(merge("main", AGENT, "Merge branch '" + AGENT + "' of https://github.com/acme/app\n")))
                .isTrue();
        assertThat(flagsBranch(merge(AGENT, "main", "Merge branch 'main' of https://github.com/acme/app into "
                + AGENT + "\n"))).isFalse();
        // unquoted, as some tools write it
        assertThat(flagsBranch(merge("main", AGENT, "Merge " + AGENT + " into main\n"))).isTrue();
        assertThat(flagsBranch(merge(AGENT, "main", "Merge main into " + AGENT + "\n"))).isFalse();
        // no branch at all
        assertThat(flagsBranch(merge("main", AGENT, "Merge '" + AGENT + "' from Ada\n"))).isFalse();
        repo.git("checkout", "-q", "main");
    }

    @Test
    void grammarOfEachShape() {
        assertThat(MergeSubject.mergedBranches("Merge branch 'a' of git@host:x/y.git into b")).containsExactly("a");
        assertThat(MergeSubject.mergedBranches("Merge branches 'a', 'b' and 'c' into d"))
                .containsExactly("a", "b", "c");
        assertThat(MergeSubject.mergedBranches("Merge remote-tracking branches 'origin/a' and 'up/b/c'"))
                .containsExactly("a", "b/c");
        assertThat(MergeSubject.mergedBranches("Merge pull request #1 from o/codex/x-y")).containsExactly("codex/x-y");
        assertThat(MergeSubject.mergedBranches("Merge tag 'v1.0' into main")).isEmpty();
        assertThat(MergeSubject.mergedBranches("Merge commit 'abc123' into main")).isEmpty();
        assertThat(MergeSubject.mergedBranches("Merged PR 12: Fix it")).isEmpty();
        assertThat(MergeSubject.mergedBranches("Merge the two parsers")).isEmpty();
        assertThat(MergeSubject.mergedBranches("Merging copilot/x")).isEmpty();
    }
}
