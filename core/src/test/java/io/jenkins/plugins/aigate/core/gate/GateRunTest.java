package io.jenkins.plugins.aigate.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.aigate.core.approval.ApprovalRequest;
import io.jenkins.plugins.aigate.core.audit.AuditEntry;
import io.jenkins.plugins.aigate.core.audit.AuditLog;
import io.jenkins.plugins.aigate.core.audit.AuditOrigin;
import io.jenkins.plugins.aigate.core.audit.AuditSink;
import io.jenkins.plugins.aigate.core.audit.KeyRing;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.evaluation.Outcome;
import io.jenkins.plugins.aigate.core.evaluation.Reason;
import io.jenkins.plugins.aigate.core.git.GitLog;
import io.jenkins.plugins.aigate.core.git.GitLogCommits;
import io.jenkins.plugins.aigate.core.policy.FallbackAction;
import io.jenkins.plugins.aigate.core.policy.Mode;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.core.policy.Principals;
import io.jenkins.plugins.aigate.core.pullrequest.CallBudget;
import io.jenkins.plugins.aigate.core.pullrequest.CommitLookup;
import io.jenkins.plugins.aigate.core.pullrequest.LookupResult;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequest;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequestLookup;
import io.jenkins.plugins.aigate.core.pullrequest.UnresolvedReason;
import io.jenkins.plugins.aigate.core.range.Baseline;
import io.jenkins.plugins.aigate.core.range.BaselineKey;
import io.jenkins.plugins.aigate.core.range.BaselineOutcome;
import io.jenkins.plugins.aigate.core.range.BaselineStatus;
import io.jenkins.plugins.aigate.core.range.BaselineStore;
import io.jenkins.plugins.aigate.core.range.BaselineStoreException;
import io.jenkins.plugins.aigate.core.range.CommitRange;
import io.jenkins.plugins.aigate.core.range.FileBaselineStore;
import io.jenkins.plugins.aigate.core.range.RangeResolver;
import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one gate use case over real git repositories, a real audit log and a real baseline store. */
class GateRunTest {
    private static final String AI_MESSAGE = "Add VPC\n\nCo-authored-by: Claude <noreply@anthropic.com>\n";
    private static final long NOW = 1_700_000_000_000L;
    private static final BaselineKey KEY = new BaselineKey("folder/app", "https://git.example/app.git", "prod");

    @TempDir
    Path dir;

    private TestRepository repo;
    private String initial;
    private FileBaselineStore baselines;
    private Path logFile;
    private AuditLog log;
    private final List<AuditEntry> received = new ArrayList<>();

    @BeforeEach
    void repository() throws IOException {
        repo = TestRepository.init(dir.resolve("repo"));
        repo.write("README.md", "app\n");
        initial = repo.commit("Initial import");
        baselines = new FileBaselineStore(dir.resolve("baselines"));
        logFile = dir.resolve("audit.jsonl");
        log = AuditLog.open(logFile, KeyRing.single("k1", new byte[32]));
    }

    /** Reads the range since the store's baseline, as the plugin's checkout listener does. */
    private CommitSource sinceBaseline() {
        GitLog git = GitLog.in(repo.dir());
        return maxCommits -> {
            CommitRange range = RangeResolver.resolve(baselines, KEY, repo.head(), git::ancestry);
            List<String> revisions = range.base().map(b -> List.of("^" + b, range.head()))
                    .orElse(List.of(range.head()));
            List<Commit> commits = new ArrayList<>();
            boolean truncated = false;
            try (GitLogCommits read = git.open(revisions)) {
                while (read.hasNext()) {
                    if (commits.size() == maxCommits) {
                        truncated = true;
                        break;
                    }
                    commits.add(read.next());
                }
            }
            return new RangeCommits(range.truncated(truncated), commits);
        };
    }

    private AuditSink recording() {
        return entry -> {
            received.add(entry);
            return log.append(entry);
        };
    }

    private GateRun.Builder gate(Policy policy) {
        return GateRun.builder(policy, sinceBaseline())
                .audit(recording(), AuditOrigin.PLUGIN, e -> e.job("folder/app").build("folder/app#7")
                        .repository(KEY.repository()).environment("prod").startedAt(NOW))
                .baselines(baselines, KEY, "folder/app#7")
                .clock(() -> NOW);
    }

    private static Policy.Builder policy() {
        return Policy.builder().requiredApprovals(1).approvers(Principals.of(List.of("seniors"), List.of()));
    }

    private void baselineAtInitial() throws BaselineStoreException {
        baselines.record(KEY, new Baseline(initial, BaselineOutcome.APPROVED, 1L, "folder/app#6"));
    }

    private List<String> auditLines() throws IOException {
        return Files.readAllLines(logFile, StandardCharsets.UTF_8);
    }

    @Test
    void aHumanChangeSinceTheBaselinePassesIsAuditedAndMovesTheBaseline() throws Exception {
        baselineAtInitial();
        repo.write("src/A.java", "class A {}\n");
        String head = repo.commit("Fix typo");

        GateRunResult result = gate(policy().build()).build().run();

        assertThat(result.decision().outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.decision().range()).isEqualTo(CommitRange.since(initial, head));
        assertThat(result.decision().commitsInspected()).isEqualTo(1);
        assertThat(result.approvalRequest()).isEmpty();
        assertThat(received).containsExactly(result.audited().orElseThrow());
        assertThat(result.anchor().orElseThrow().seq()).isEqualTo(1);
        assertThat(auditLines()).singleElement().asString()
                .contains("\"decision\":\"PASS\"", "\"job\":\"folder/app\"", "\"build\":\"folder/app#7\"",
                        "\"environment\":\"prod\"", head);
        Baseline moved = new Baseline(head, BaselineOutcome.PASSED, NOW, "folder/app#7");
        assertThat(result.baseline()).contains(moved);
        assertThat(baselines.find(KEY)).contains(moved);
    }

    @Test
    void anAiCommitRequiresApprovalAndLeavesTheBaselineWhereItWas() throws Exception {
        baselineAtInitial();
        repo.write("infra/vpc.tf", "vpc {}\n");
        String ai = repo.commitAs("Alice", "alice@corp.example", AI_MESSAGE);

        GateRunResult result = gate(policy().build()).buildStarters(List.of("bob")).build().run();

        assertThat(result.decision().outcome()).isEqualTo(Outcome.APPROVAL_REQUIRED);
        assertThat(result.decision().gatedCommits()).singleElement()
                .satisfies(g -> assertThat(g.commit().id()).isEqualTo(ai));
        ApprovalRequest request = result.approvalRequest().orElseThrow();
        assertThat(request.requiredApprovals()).isEqualTo(1);
        assertThat(request.evidenceDigest()).isEqualTo(result.decision().evidenceDigest());
        assertThat(request.buildStarters()).containsExactly("bob");
        assertThat(auditLines()).singleElement().asString().contains("\"decision\":\"APPROVAL_REQUIRED\"", ai);
        assertThat(result.baseline()).isEmpty();
        assertThat(baselines.find(KEY).orElseThrow().head()).isEqualTo(initial);
    }

    @Test
    void observeModeLetsTheAiCommitThroughAndRecordsAnObservedBaseline() throws Exception {
        baselineAtInitial();
        repo.write("infra/vpc.tf", "vpc {}\n");
        String head = repo.commitAs("Alice", "alice@corp.example", AI_MESSAGE);

        GateRunResult result = gate(policy().mode(Mode.OBSERVE).build()).build().run();

        assertThat(result.decision().outcome()).isEqualTo(Outcome.OBSERVED);
        assertThat(result.decision().gatedCommits()).hasSize(1);
        assertThat(result.approvalRequest()).isEmpty();
        assertThat(auditLines()).singleElement().asString().contains("\"decision\":\"OBSERVED\"");
        assertThat(baselines.find(KEY)).contains(new Baseline(head, BaselineOutcome.OBSERVED, NOW, "folder/app#7"));
    }

    @Test
    void offDecidesNothingButIsStillAuditedAndMovesNoBaseline() throws Exception {
        baselineAtInitial();
        repo.write("infra/vpc.tf", "vpc {}\n");
        repo.commitAs("Alice", "alice@corp.example", AI_MESSAGE);

        GateRunResult result = gate(policy().mode(Mode.OFF).build()).build().run();

        assertThat(result.decision().outcome()).isEqualTo(Outcome.OFF);
        assertThat(result.decision().gatedCommits()).isEmpty();
        assertThat(auditLines()).singleElement().asString().contains("\"decision\":\"OFF\"");
        assertThat(result.baseline()).isEmpty();
        assertThat(baselines.find(KEY).orElseThrow().head()).isEqualTo(initial);
    }

    @Test
    void withoutABaselineTheRangeIsInQuestionAndCutAtMaxCommits() throws Exception {
        for (int i = 0; i < 3; i++) {
            repo.write("src/A.java", "class A { int v = " + i + "; }\n");
            repo.commit("Change " + i);
        }

        GateRunResult result = gate(policy().maxCommits(2).unknownBaseline(FallbackAction.REQUIRE_APPROVAL).build())
                .build().run();

        assertThat(result.decision().range().status()).isEqualTo(BaselineStatus.NONE);
        assertThat(result.decision().range().isTruncated()).isTrue();
        assertThat(result.decision().commitsInspected()).isEqualTo(2);
        assertThat(result.decision().outcome()).isEqualTo(Outcome.APPROVAL_REQUIRED);
        assertThat(result.decision().reasons()).contains(Reason.UNKNOWN_BASELINE);
        assertThat(baselines.find(KEY)).isEmpty();
    }

    @Test
    void thePassedHeadBoundsTheNextRun() throws Exception {
        baselineAtInitial();
        repo.write("src/A.java", "class A {}\n");
        String passed = repo.commit("Fix typo");
        gate(policy().build()).build().run();
        repo.write("src/B.java", "class B {}\n");
        String next = repo.commit("Add B");

        GateRunResult result = gate(policy().build()).build().run();

        assertThat(result.decision().range()).isEqualTo(CommitRange.since(passed, next));
        assertThat(result.decision().commitsInspected()).isEqualTo(1);
        assertThat(result.anchor().orElseThrow().seq()).isEqualTo(2);
    }

    @Test
    void aPullRequestLookupAddsItsEvidenceAndBarsItsAuthorFromApproving() throws Exception {
        baselineAtInitial();
        repo.write("src/A.java", "class A {}\n");
        String head = repo.commit("Refactor A");
        PullRequest agents = new PullRequest(8, "https://github.com/o/r/pull/8", "Copilot", "copilot/refactor-a",
                "Refactor A", "", List.of(), List.of());
        FakeLookup lookup = new FakeLookup(id -> CommitLookup.resolved(id, List.of(agents)));
        CallBudget budget = new CallBudget(10);

        GateRunResult result = gate(policy().build()).pullRequests(lookup, budget).build().run();

        assertThat(lookup.asked).containsExactly(head);
        assertThat(budget.used()).isEqualTo(1);
        assertThat(result.evaluation().lookups()).containsExactly(CommitLookup.resolved(head, List.of(agents)));
        assertThat(result.decision().outcome()).isEqualTo(Outcome.APPROVAL_REQUIRED);
        assertThat(result.approvalRequest().orElseThrow().pullRequestAuthors()).containsExactly("Copilot");
    }

    @Test
    void aCommitFlaggedDefinitivelyCostsNoLookup() throws Exception {
        baselineAtInitial();
        repo.write("infra/vpc.tf", "vpc {}\n");
        String ai = repo.commitAs("Alice", "alice@corp.example", AI_MESSAGE);
        FakeLookup lookup = new FakeLookup(id -> CommitLookup.resolved(id, List.of()));

        GateRunResult result = gate(policy().build()).pullRequests(lookup, new CallBudget(10)).build().run();

        assertThat(lookup.asked).isEmpty();
        assertThat(result.evaluation().lookups()).containsExactly(CommitLookup.skipped(ai));
        assertThat(result.decision().outcome()).isEqualTo(Outcome.APPROVAL_REQUIRED);
    }

    @Test
    void anUnresolvedLookupFollowsThePolicy() throws Exception {
        baselineAtInitial();
        repo.write("src/A.java", "class A {}\n");
        repo.commit("Refactor A");
        FakeLookup lookup = new FakeLookup(id -> CommitLookup.unresolved(id, UnresolvedReason.RATE_LIMITED,
                "try later", List.of()));

        GateRunResult strict = gate(policy().unresolvedPullRequest(FallbackAction.REQUIRE_APPROVAL).build())
                .pullRequests(lookup, new CallBudget(10)).build().run();

        assertThat(strict.decision().outcome()).isEqualTo(Outcome.APPROVAL_REQUIRED);
        assertThat(strict.decision().unresolvedPullRequests()).hasSize(1);
    }

    @Test
    void withoutALookupThePullRequestTheBuildIsForStillJoinsTheEvidence() throws Exception {
        baselineAtInitial();
        repo.write("src/A.java", "class A {}\n");
        repo.commit("Refactor A");
        PullRequest agents = new PullRequest(8, "https://github.com/o/r/pull/8", "Copilot", "copilot/refactor-a",
                "Refactor A", "", List.of(), List.of());

        GateRunResult plain = gate(policy().build()).build().run();
        assertThat(plain.decision().outcome()).isEqualTo(Outcome.PASS);
        baselineAtInitial();
        GateRunResult known = gate(policy().build()).knownPullRequests(List.of(agents)).build().run();

        assertThat(known.evaluation().lookups()).isEmpty();
        assertThat(known.decision().outcome()).isEqualTo(Outcome.APPROVAL_REQUIRED);
        assertThat(known.approvalRequest().orElseThrow().pullRequestAuthors()).containsExactly("Copilot");
    }

    @Test
    void anEvaluationThatCannotBeAuditedRecordsNothingElse() throws Exception {
        baselineAtInitial();
        repo.write("src/A.java", "class A {}\n");
        repo.commit("Fix typo");
        AuditSink failing = entry -> {
            throw new IOException("disk full");
        };
        GateRun run = gate(policy().build()).audit(failing, AuditOrigin.PLUGIN, e -> e).build();
        GateEvaluation evaluation = run.evaluate();

        assertThat(evaluation.decision().outcome()).isEqualTo(Outcome.PASS);
        assertThatThrownBy(() -> run.record(evaluation)).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(baselines.find(KEY).orElseThrow().head()).isEqualTo(initial);
    }

    @Test
    void aBaselineThatCannotBeRecordedLeavesTheDecisionStanding() throws Exception {
        repo.write("src/A.java", "class A {}\n");
        repo.commit("Fix typo");
        BaselineStore broken = new BaselineStore() {
            @Override
            public Optional<Baseline> find(BaselineKey key) {
                return Optional.empty();
            }

            @Override
            public void record(BaselineKey key, Baseline baseline) throws BaselineStoreException {
                throw new BaselineStoreException("read-only", null);
            }
        };

        GateRunResult result = gate(policy().unknownBaseline(FallbackAction.PASS).build())
                .baselines(broken, KEY, null).build().run();

        assertThat(result.decision().outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.anchor()).isPresent();
        assertThat(result.baseline()).isEmpty();
        assertThat(result.baselineFailure()).isPresent();
    }

    @Test
    void withoutASinkNothingIsAudited() throws Exception {
        baselineAtInitial();
        repo.write("infra/vpc.tf", "vpc {}\n");
        repo.commitAs("Alice", "alice@corp.example", AI_MESSAGE);

        GateRunResult result = GateRun.builder(policy().build(), sinceBaseline()).build().run();

        assertThat(result.decision().outcome()).isEqualTo(Outcome.APPROVAL_REQUIRED);
        assertThat(result.audited()).isEmpty();
        assertThat(result.anchor()).isEmpty();
        assertThat(received).isEmpty();
        assertThat(logFile).doesNotExist();
    }

    /** A pull-request host in process: answers each commit not skipped, one call each, within the budget. */
    private static final class FakeLookup implements PullRequestLookup {
        private final java.util.function.Function<String, CommitLookup> answer;
        private final List<String> asked = new ArrayList<>();

        FakeLookup(java.util.function.Function<String, CommitLookup> answer) {
            this.answer = answer;
        }

        @Override
        public LookupResult lookup(List<Commit> commits, Predicate<Commit> skip, CallBudget budget) {
            List<CommitLookup> outcomes = new ArrayList<>();
            for (Commit commit : commits) {
                if (skip.test(commit)) {
                    outcomes.add(CommitLookup.skipped(commit.id()));
                } else if (budget.tryAcquire()) {
                    asked.add(commit.id());
                    outcomes.add(answer.apply(commit.id()));
                } else {
                    outcomes.add(CommitLookup.unresolved(commit.id(), UnresolvedReason.BUDGET_EXHAUSTED, "spent",
                            List.of()));
                }
            }
            return new LookupResult(outcomes, asked.size());
        }
    }
}
