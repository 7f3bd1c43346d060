package io.jenkins.plugins.aigate.core.approval;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.core.lifecycle.GateState;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;

/** Votes from many threads at once: every vote is judged against a consistent state and counted once. */
class ApprovalConcurrencyTest {
    private static final String DIGEST = "sha256:c";
    private static final int THREADS = 12;
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private Map<VoteCode, Integer> race(List<Callable<VoteResult>> attempts) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<VoteResult>> futures = new ArrayList<>();
        for (Callable<VoteResult> a : attempts) {
            futures.add(pool.submit(() -> {
                go.await();
                return a.call();
            }));
        }
        go.countDown();
        Map<VoteCode, Integer> counts = new EnumMap<>(VoteCode.class);
        for (Future<VoteResult> f : futures) {
            counts.merge(f.get(10, TimeUnit.SECONDS).code(), 1, Integer::sum);
        }
        return counts;
    }

    private static Voter senior(String id) {
        return Voter.of(id, id, List.of("seniors"), List.of(id + "@corp.example"), AuthMethod.WEB);
    }

    @RepeatedTest(20)
    void distinctApproversRacingReachTheQuorumExactlyOnce() throws Exception {
        ApprovalProcess p = ApprovalProcess.start(ApprovalRequest.builder(DIGEST).approverGroups(List.of("seniors"))
                .requiredApprovals(3).build(), new MutableClock(0));
        List<Callable<VoteResult>> attempts = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Voter v = senior("s" + i);
            attempts.add(() -> p.approve(v, DIGEST, null));
        }
        Map<VoteCode, Integer> counts = race(attempts);
        assertThat(counts).containsEntry(VoteCode.APPROVED, 1).containsEntry(VoteCode.ACCEPTED, 2)
                .containsEntry(VoteCode.ALREADY_DECIDED, THREADS - 3);
        assertThat(p.snapshot().approvals()).isEqualTo(3);
    }

    @RepeatedTest(20)
    void onePersonFromManyThreadsCountsOnce() throws Exception {
        ApprovalProcess p = ApprovalProcess.start(ApprovalRequest.builder(DIGEST).approverGroups(List.of("seniors"))
                .requiredApprovals(2).build(), new MutableClock(0));
        List<Callable<VoteResult>> attempts = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            // alternate case: the same person under Jenkins' default id strategy
            Voter v = senior(i % 2 == 0 ? "alice" : "ALICE");
            attempts.add(() -> p.approve(v, DIGEST, null));
        }
        Map<VoteCode, Integer> counts = race(attempts);
        assertThat(counts).containsEntry(VoteCode.ACCEPTED, 1).containsEntry(VoteCode.DUPLICATE, THREADS - 1);
        assertThat(p.state()).isEqualTo(GateState.APPROVAL_REQUIRED);
    }

    @RepeatedTest(20)
    void approvalsRejectionsOverridesAndAbortsRacingEndInOneConsistentState() throws Exception {
        ApprovalProcess p = ApprovalProcess.start(ApprovalRequest.builder(DIGEST).approverGroups(List.of("seniors"))
                .breakGlassUsers(List.of("cto")).requiredApprovals(4).build(), new MutableClock(0));
        List<Callable<VoteResult>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Voter v = senior("s" + i);
            attempts.add(() -> p.approve(v, DIGEST, null));
        }
        attempts.add(() -> p.reject(senior("r1"), DIGEST, "no"));
        attempts.add(() -> p.override(senior("cto"), DIGEST, "sev1"));
        attempts.add(() -> p.abort("ops"));
        attempts.add(() -> p.supersede("head2"));
        Map<VoteCode, Integer> counts = race(attempts);

        ApprovalSnapshot s = p.snapshot();
        int decisive = counts.getOrDefault(VoteCode.APPROVED, 0) + counts.getOrDefault(VoteCode.REJECTED, 0)
                + counts.getOrDefault(VoteCode.OVERRIDDEN, 0) + counts.getOrDefault(VoteCode.CLOSED, 0);
        assertThat(decisive).as("exactly one attempt ends the process: %s", counts).isEqualTo(1);
        assertThat(s.state().isFinal()).isTrue();
        int accepted = counts.getOrDefault(VoteCode.ACCEPTED, 0);
        assertThat(s.approvals()).isEqualTo(accepted + counts.getOrDefault(VoteCode.APPROVED, 0));
        if (s.state() == GateState.APPROVED) {
            assertThat(s.approvals()).isEqualTo(4);
        } else {
            assertThat(s.approvals()).isLessThan(4);
        }
        assertThat(counts.getOrDefault(VoteCode.ALREADY_DECIDED, 0)).isEqualTo(attempts.size() - 1 - accepted);
    }
}
