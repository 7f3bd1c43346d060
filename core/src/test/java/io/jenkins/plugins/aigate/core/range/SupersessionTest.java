package io.jenkins.plugins.aigate.core.range;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.core.git.GitLog;
import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupersessionTest {
    private final BaselineKey prod = new BaselineKey("deploy", "git@example.org:acme/app.git", "prod");

    @Test
    void aNewerApprovedHeadContainingThePendingHeadSupersedesIt(@TempDir Path dir) {
        TestRepository repo = TestRepository.init(dir);
        repo.write("a", "1");
        repo.commit("base");
        repo.write("a", "2");
        String pending = repo.commit("pending change");
        repo.write("a", "3");
        String approved = repo.commit("later change");
        AncestryCheck ancestry = GitLog.in(dir)::ancestry;

        assertThat(Supersession.supersedes(prod, pending, prod, approved, ancestry)).isTrue();
        assertThat(Supersession.supersedes(prod, pending, prod, pending, ancestry)).isTrue();
        // an older approval never supersedes a newer pending head
        assertThat(Supersession.supersedes(prod, approved, prod, pending, ancestry)).isFalse();
    }

    @Test
    void aDivergedApprovedHeadDoesNotSupersede(@TempDir Path dir) {
        TestRepository repo = TestRepository.init(dir);
        repo.write("a", "1");
        String base = repo.commit("base");
        repo.write("a", "2");
        String pending = repo.commit("pending change");
        repo.git("checkout", "-q", "-b", "other", base);
        repo.write("b", "x");
        String approved = repo.commit("other change");

        assertThat(Supersession.supersedes(prod, pending, prod, approved, GitLog.in(dir)::ancestry)).isFalse();
    }

    @Test
    void anotherEnvironmentOrAnUnknownAnswerNeverSupersedes() {
        BaselineKey staging = new BaselineKey("deploy", "git@example.org:acme/app.git", "staging");
        String head = "a".repeat(40);
        String newer = "b".repeat(40);

        assertThat(Supersession.supersedes(prod, head, staging, head, (a, d) -> Ancestry.ANCESTOR)).isFalse();
        assertThat(Supersession.supersedes(prod, head, prod, newer, (a, d) -> Ancestry.UNKNOWN)).isFalse();
        assertThat(Supersession.supersedes(prod, head, prod, newer, (a, d) -> {
            throw new IllegalStateException("no git");
        })).isFalse();
    }
}
