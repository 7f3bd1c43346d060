package io.jenkins.plugins.aigate.core.pullrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LookupResultTest {
    private static final PullRequest PR = new PullRequest(7, "https://github.com/o/r/pull/7", "octocat", "feature",
            "Title", "", List.of(), List.of());

    @Test
    void budgetRefusesOnceSpent() {
        CallBudget budget = new CallBudget(2);
        assertThat(budget.tryAcquire()).isTrue();
        assertThat(budget.tryAcquire()).isTrue();
        assertThat(budget.tryAcquire()).isFalse();
        assertThat(budget.used()).isEqualTo(2);
        assertThat(budget.remaining()).isZero();
        assertThat(new CallBudget(0).tryAcquire()).isFalse();
        assertThatThrownBy(() -> new CallBudget(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void budgetNeverOverspendsUnderContention() throws Exception {
        CallBudget budget = new CallBudget(1000);
        AtomicInteger granted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        if (budget.tryAcquire()) {
                            granted.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(granted.get()).isEqualTo(1000);
        assertThat(budget.used()).isEqualTo(1000);
    }

    @Test
    void resultKeepsOrderAndAnswersPerCommit() {
        LookupResult result = new LookupResult(List.of(
                CommitLookup.skipped("c3"),
                CommitLookup.resolved("c1", List.of(PR)),
                CommitLookup.unresolved("c2", UnresolvedReason.TIMEOUT, "no answer in 10s", List.of())), 4);

        assertThat(result.outcomes()).extracting(CommitLookup::commitId).containsExactly("c3", "c1", "c2");
        assertThat(result.pullRequestsOf("c1")).containsExactly(PR);
        assertThat(result.pullRequestsOf("unknown")).isEmpty();
        assertThat(result.unresolved()).extracting(CommitLookup::commitId).containsExactly("c2");
        assertThat(result.forCommit("c2").orElseThrow().reason()).contains(UnresolvedReason.TIMEOUT);
        assertThat(result.forCommit("c1").orElseThrow().reason()).isEmpty();
        assertThat(result.forCommit("c3").orElseThrow().status()).isEqualTo(LookupStatus.SKIPPED);
        assertThat(result.callsUsed()).isEqualTo(4);
    }

    @Test
    void pullRequestAuthorsOfTheCommitsInQuestionOnly() {
        PullRequest agent = new PullRequest(8, "https://github.com/o/r/pull/8", "Copilot", "copilot/x", "X", "",
                List.of(), List.of());
        PullRequest other = new PullRequest(9, "https://github.com/o/r/pull/9", "mallory", "y", "Y", "",
                List.of(), List.of());
        LookupResult result = new LookupResult(List.of(
                CommitLookup.resolved("c1", List.of(PR, agent)),
                CommitLookup.unresolved("c2", UnresolvedReason.TOO_MANY_COMMITS, "250", List.of(agent)),
                CommitLookup.resolved("c3", List.of(other))), 5);

        assertThat(result.pullRequestAuthors(List.of("c1", "c2", "unknown"))).containsExactly("octocat", "Copilot");
        assertThat(result.pullRequestAuthors(List.of())).isEmpty();
    }

    @Test
    void oneOutcomePerCommit() {
        assertThatThrownBy(() -> new LookupResult(
                List.of(CommitLookup.skipped("c1"), CommitLookup.resolved("c1", List.of())), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c1");
    }

    @Test
    void unresolvedNeedsAReason() {
        assertThatThrownBy(() -> CommitLookup.unresolved("c1", null, "x", List.of()))
                .isInstanceOf(NullPointerException.class);
    }
}
