package io.jenkins.plugins.aigate.core.range;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.core.git.GitLog;
import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RangeResolverTest {
    @TempDir
    Path dir;

    private TestRepository repo;
    private AncestryCheck ancestry;
    private String first;
    private String second;

    @BeforeEach
    void history() {
        repo = TestRepository.init(dir.resolve("repo"));
        repo.write("a.txt", "1\n");
        first = repo.commit("first");
        repo.write("a.txt", "2\n");
        second = repo.commit("second");
        ancestry = GitLog.in(repo.dir())::ancestry;
    }

    private static Optional<Baseline> baseline(String head) {
        return Optional.of(new Baseline(head, BaselineOutcome.APPROVED, 1L, "job#1"));
    }

    @Test
    void anAncestorBaselineBoundsTheRange() {
        repo.write("a.txt", "3\n");
        String third = repo.commit("third");

        CommitRange range = RangeResolver.resolve(baseline(first), third, ancestry);

        assertThat(range.status()).isEqualTo(BaselineStatus.KNOWN);
        assertThat(range.base()).contains(first);
        assertThat(range.revisions()).isEqualTo(first + ".." + third);
        assertThat(repo.git("rev-list", range.revisions()).lines()).containsExactly(third, second);
        assertThat(range.isEmpty()).isFalse();
    }

    @Test
    void theHeadItselfAsBaselineIsAnEmptyRange() {
        CommitRange range = RangeResolver.resolve(baseline(second), second, ancestry);

        assertThat(range.status()).isEqualTo(BaselineStatus.KNOWN);
        assertThat(range.isEmpty()).isTrue();
    }

    @Test
    void noRecordedBaselineMeansNoBaseline() {
        CommitRange range = RangeResolver.resolve(Optional.empty(), second, ancestry);

        assertThat(range.status()).isEqualTo(BaselineStatus.NONE);
        assertThat(range.base()).isEmpty();
        assertThat(range.revisions()).isEqualTo(second);
    }

    @Test
    void aForcePushedBaselineIsNotAnAncestor() {
        repo.git("reset", "-q", "--hard", first);
        repo.write("b.txt", "rewritten\n");
        String rewritten = repo.commit("rewritten second");

        CommitRange range = RangeResolver.resolve(baseline(second), rewritten, ancestry);

        assertThat(range.status()).isEqualTo(BaselineStatus.NOT_ANCESTOR);
        assertThat(range.base()).isEmpty();
        assertThat(range.previousBaseline()).contains(second);
    }

    @Test
    void aBaselineGitDoesNotHaveCannotBeChecked() {
        String missing = "0123456789abcdef0123456789abcdef01234567";

        CommitRange range = RangeResolver.resolve(baseline(missing), second, ancestry);

        assertThat(range.status()).isEqualTo(BaselineStatus.UNCHECKABLE);
        assertThat(range.previousBaseline()).contains(missing);
    }

    @Test
    void aFailingAncestryCheckCountsAsUncheckable() {
        CommitRange range = RangeResolver.resolve(baseline(first), second, (a, d) -> {
            throw new IllegalStateException("git died");
        });

        assertThat(range.status()).isEqualTo(BaselineStatus.UNCHECKABLE);
    }

    @Test
    void readsTheBaselineFromTheStoreAndFailsClosedOnAnUnreadableRecord() throws Exception {
        FileBaselineStore store = new FileBaselineStore(dir.resolve("baselines"));
        BaselineKey key = new BaselineKey("deploy", "repo", "prod");

        assertThat(RangeResolver.resolve(store, key, second, ancestry).status()).isEqualTo(BaselineStatus.NONE);

        store.record(key, baseline(first).get());
        assertThat(RangeResolver.resolve(store, key, second, ancestry).revisions()).isEqualTo(first + ".." + second);

        Files.writeString(store.fileFor(key), "garbage\n");
        CommitRange range = RangeResolver.resolve(store, key, second, ancestry);
        assertThat(range.status()).isEqualTo(BaselineStatus.UNREADABLE);
        assertThat(range.base()).isEmpty();
    }

    @Test
    void truncationIsRecordedOnTheRange() {
        CommitRange range = RangeResolver.resolve(Optional.empty(), second, ancestry);

        assertThat(range.isTruncated()).isFalse();
        assertThat(range.truncated(true).isTruncated()).isTrue();
        assertThat(range.truncated(true)).isNotEqualTo(range);
    }
}
