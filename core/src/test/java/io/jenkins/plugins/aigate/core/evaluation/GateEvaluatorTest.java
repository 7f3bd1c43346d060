package io.jenkins.plugins.aigate.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.core.commit.ChangeType;
import io.jenkins.plugins.aigate.core.commit.ChangedPath;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.PersonIdent;
import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import io.jenkins.plugins.aigate.core.detection.Confidence;
import io.jenkins.plugins.aigate.core.detection.Detector;
import io.jenkins.plugins.aigate.core.detection.Evidence;
import io.jenkins.plugins.aigate.core.lifecycle.GateState;
import io.jenkins.plugins.aigate.core.policy.FallbackAction;
import io.jenkins.plugins.aigate.core.policy.Mode;
import io.jenkins.plugins.aigate.core.policy.PathRule;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.core.pullrequest.CommitLookup;
import io.jenkins.plugins.aigate.core.pullrequest.UnresolvedReason;
import io.jenkins.plugins.aigate.core.range.BaselineStatus;
import io.jenkins.plugins.aigate.core.range.CommitRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class GateEvaluatorTest {
    private static final Detector DETECTOR = Detector.withDefaults();
    private static final PersonIdent HUMAN = PersonIdent.of("Ada Example", "ada@example.org");
    private static final PersonIdent CLAUDE = PersonIdent.of("Claude", "noreply@anthropic.com");
    private static final CommitRange KNOWN = CommitRange.since("0".repeat(40), "f".repeat(40));

    private static int counter;

    /** A commit changing {@code paths}, assessed by the real detector. */
    private static CommitAssessment commit(PersonIdent author, String... paths) {
        Commit.Builder builder = Commit.builder(String.format("%040x", ++counter)).person(author)
                .message("change " + counter + "\n");
        for (String path : paths) {
            builder.changedPath(ChangedPath.of(ChangeType.MODIFIED, path));
        }
        return DETECTOR.assess(builder.build());
    }

    private static CommitAssessment ai(String... paths) {
        CommitAssessment assessment = commit(CLAUDE, paths);
        assertThat(assessment.aiAssisted()).as("the detector flags Claude's address").isTrue();
        return assessment;
    }

    private static CommitAssessment human(String... paths) {
        CommitAssessment assessment = commit(HUMAN, paths);
        assertThat(assessment.evidence()).isEmpty();
        return assessment;
    }

    private static Policy.Builder policy() {
        return Policy.builder()
                .rule(PathRule.builder("docs").paths("docs/**", "**/*.md").exempt(true))
                .rule(PathRule.builder("infra").paths("infra/**").requiredApprovals(2))
                .rule(PathRule.builder("database").paths("db/**").requiredApprovals(3))
                .rule(PathRule.builder("schemas").paths("db/schema/**").requiredApprovals(3));
    }

    @Test
    void humanOnlyChangesPass() {
        GateDecision decision = GateEvaluator.evaluate(policy().build(), List.of(human("src/A.java"),
                human("README.md")), KNOWN);

        assertThat(decision.outcome()).isEqualTo(GateState.PASS);
        assertThat(decision.requiresApproval()).isFalse();
        assertThat(decision.requiredApprovals()).isZero();
        assertThat(decision.reasons()).isEmpty();
        assertThat(decision.gatedCommits()).isEmpty();
        assertThat(decision.commitsInspected()).isEqualTo(2);
        assertThat(decision.evidenceDigest()).matches("[0-9a-f]{64}");
    }

    @Test
    void anAiAssistedCommitRequiresTheQuorumWithItsEvidence() {
        CommitAssessment flagged = ai("src/A.java");
        Policy policy = policy().build();

        GateDecision decision = GateEvaluator.evaluate(policy, List.of(human("src/B.java"), flagged), KNOWN);

        assertThat(decision.outcome()).isEqualTo(GateState.APPROVAL_REQUIRED);
        assertThat(decision.requiresApproval()).isTrue();
        assertThat(decision.requiredApprovals()).isEqualTo(1);
        assertThat(decision.quorumRule()).isEmpty();
        assertThat(decision.reasons()).containsExactly(Reason.AI_ASSISTED_COMMITS);
        assertThat(decision.policyFingerprint()).isEqualTo(policy.fingerprint());
        assertThat(decision.gatedCommits()).singleElement().satisfies(gated -> {
            assertThat(gated.commit()).isEqualTo(flagged.commit());
            assertThat(gated.aiAssisted()).isTrue();
            assertThat(gated.exempt()).isFalse();
            assertThat(gated.rules()).isEmpty();
            assertThat(gated.evidence()).extracting(Evidence::ruleId).contains("ID-01");
        });
    }

    @Test
    void observeModeRecordsWhatWouldHaveBeenRequired() {
        GateDecision decision = GateEvaluator.evaluate(policy().mode(Mode.OBSERVE).build(),
                List.of(ai("infra/main.tf")), KNOWN);

        assertThat(decision.outcome()).isEqualTo(GateState.OBSERVED);
        assertThat(decision.requiresApproval()).isFalse();
        assertThat(decision.mode()).isEqualTo(Mode.OBSERVE);
        assertThat(decision.requiredApprovals()).isEqualTo(2);
        assertThat(decision.quorumRule()).contains("infra");
        assertThat(decision.reasons()).containsExactly(Reason.AI_ASSISTED_COMMITS);
    }

    @Test
    void observeModeWithNothingToApprovePasses() {
        GateDecision decision = GateEvaluator.evaluate(policy().mode(Mode.OBSERVE).build(),
                List.of(human("src/A.java")), KNOWN);

        assertThat(decision.outcome()).isEqualTo(GateState.PASS);
        assertThat(decision.mode()).isEqualTo(Mode.OBSERVE);
    }

    @Test
    void offModeEvaluatesNothing() {
        GateDecision decision = GateEvaluator.evaluate(policy().mode(Mode.OFF).build(),
                List.of(ai("src/A.java"), human("Jenkinsfile")), CommitRange.withoutBaseline("f".repeat(40),
                        BaselineStatus.NONE, null));

        assertThat(decision.outcome()).isEqualTo(GateState.OFF);
        assertThat(decision.requiredApprovals()).isZero();
        assertThat(decision.reasons()).isEmpty();
        assertThat(decision.gatedCommits()).isEmpty();
        assertThat(decision.commitsInspected()).isEqualTo(2);
    }

    @Test
    void aCommitWhoseEveryPathIsExemptDoesNotCount() {
        CommitAssessment docsOnly = ai("docs/guide.md", "src/README.md");

        GateDecision decision = GateEvaluator.evaluate(policy().build(), List.of(docsOnly), KNOWN);

        assertThat(decision.outcome()).isEqualTo(GateState.PASS);
        assertThat(decision.exemptCommits()).singleElement().satisfies(exempt -> {
            assertThat(exempt.exempt()).isTrue();
            assertThat(exempt.rules()).containsExactly("docs");
            assertThat(exempt.commit()).isEqualTo(docsOnly.commit());
        });
        assertThat(decision.gatedCommits()).isEmpty();
    }

    @Test
    void exemptionNeedsEveryPathCoveredAndKnown() {
        Policy policy = policy().build();
        Commit unknownPaths = Commit.builder("a".repeat(40)).person(CLAUDE).message("paths not listed").build();
        Commit noPaths = Commit.builder("b".repeat(40)).person(CLAUDE).message("empty").pathsKnown(true).build();
        Commit renamedOutOfSrc = Commit.builder("c".repeat(40)).person(CLAUDE).message("move")
                .changedPath(new ChangedPath(ChangeType.RENAMED, "docs/Main.java.md", "src/Main.java")).build();
        List<CommitAssessment> commits = List.of(ai("docs/a.md", "src/A.java"), DETECTOR.assess(unknownPaths),
                DETECTOR.assess(noPaths), DETECTOR.assess(renamedOutOfSrc));

        GateDecision decision = GateEvaluator.evaluate(policy, commits, KNOWN);

        assertThat(decision.outcome()).isEqualTo(GateState.APPROVAL_REQUIRED);
        assertThat(decision.exemptCommits()).isEmpty();
        assertThat(decision.gatedCommits()).extracting(GatedCommit::commit)
                .containsExactlyElementsOf(commits.stream().map(CommitAssessment::commit).toList());
    }

    @Test
    void aNonExemptRuleOverlappingAnExemptOneWins() {
        Policy policy = policy().rule(PathRule.builder("runbooks").paths("docs/runbooks/**").requiredApprovals(2))
                .build();

        GateDecision decision = GateEvaluator.evaluate(policy, List.of(ai("docs/runbooks/restore.md")), KNOWN);

        assertThat(decision.outcome()).isEqualTo(GateState.APPROVAL_REQUIRED);
        assertThat(decision.requiredApprovals()).isEqualTo(2);
        assertThat(decision.quorumRule()).contains("runbooks");
        assertThat(decision.gatedCommits()).singleElement()
                .satisfies(gated -> assertThat(gated.rules()).containsExactly("runbooks"));
    }

    @Test
    void theHighestRuleWinsAndTheFirstInPolicyOrderIsNamed() {
        GateDecision decision = GateEvaluator.evaluate(policy().build(),
                List.of(ai("infra/vpc.tf"), ai("db/schema/users.sql")), KNOWN);

        assertThat(decision.requiredApprovals()).isEqualTo(3);
        assertThat(decision.quorumRule()).contains("database");
        assertThat(decision.gatedCommits()).extracting(GatedCommit::rules)
                .containsExactly(List.of("infra"), List.of("database", "schemas"));
    }

    @Test
    void aRuleBelowThePolicysOwnNumberNeverLowersTheQuorum() {
        Policy policy = policy().requiredApprovals(4).build();

        GateDecision decision = GateEvaluator.evaluate(policy, List.of(ai("infra/vpc.tf")), KNOWN);

        assertThat(decision.requiredApprovals()).isEqualTo(4);
        assertThat(decision.quorumRule()).isEmpty();
    }

    @Test
    void pathRulesIgnoreHumanCommitsUnlessTheyApplyToAnyCommit() {
        GateDecision infra = GateEvaluator.evaluate(policy().build(), List.of(human("db/schema/x.sql")), KNOWN);
        assertThat(infra.outcome()).isEqualTo(GateState.PASS);

        CommitAssessment pipeline = human("Jenkinsfile");
        GateDecision decision = GateEvaluator.evaluate(policy().build(), List.of(pipeline), KNOWN);

        assertThat(decision.outcome()).isEqualTo(GateState.APPROVAL_REQUIRED);
        assertThat(decision.reasons()).containsExactly(Reason.PROTECTED_PATHS);
        assertThat(decision.requiredApprovals()).isEqualTo(1);
        assertThat(decision.gatedCommits()).singleElement().satisfies(gated -> {
            assertThat(gated.aiAssisted()).isFalse();
            assertThat(gated.rules()).containsExactly("pipeline-definition");
        });
    }

    @Test
    void anAnyCommitRuleCannotBeExemptedAndCanRaiseTheQuorum() {
        Policy policy = policy()
                .rule(PathRule.builder("everything-docs").paths("**").exempt(true))
                .rule(PathRule.builder("pipeline-definition").paths("Jenkinsfile", ".jenkins/**").anyCommit(true)
                        .requiredApprovals(2))
                .build();

        GateDecision decision = GateEvaluator.evaluate(policy, List.of(ai(".jenkins/deploy.groovy")), KNOWN);

        assertThat(decision.reasons()).containsExactly(Reason.AI_ASSISTED_COMMITS, Reason.PROTECTED_PATHS);
        assertThat(decision.requiredApprovals()).isEqualTo(2);
        assertThat(decision.quorumRule()).contains("pipeline-definition");
        assertThat(decision.exemptCommits()).isEmpty();
    }

    @Test
    void aRangeWithoutBaselineFollowsUnknownBaseline() {
        for (BaselineStatus status : List.of(BaselineStatus.NONE, BaselineStatus.NOT_ANCESTOR,
                BaselineStatus.UNCHECKABLE, BaselineStatus.UNREADABLE)) {
            CommitRange range = CommitRange.withoutBaseline("f".repeat(40), status, null);

            GateDecision strict = GateEvaluator.evaluate(policy().build(), List.of(human("src/A.java")), range);
            assertThat(strict.outcome()).as(status.name()).isEqualTo(GateState.APPROVAL_REQUIRED);
            assertThat(strict.reasons()).containsExactly(Reason.UNKNOWN_BASELINE);
            assertThat(strict.requiredApprovals()).isEqualTo(1);
            assertThat(strict.range().status()).isEqualTo(status);

            GateDecision lenient = GateEvaluator.evaluate(policy().unknownBaseline(FallbackAction.PASS).build(),
                    List.of(human("src/A.java")), range);
            assertThat(lenient.outcome()).isEqualTo(GateState.PASS);
            // approvers and records still see that the range had no baseline
            assertThat(lenient.range().status()).isEqualTo(status);
        }
    }

    @Test
    void aTruncatedRangeFollowsUnknownBaselineToo() {
        CommitRange truncated = KNOWN.truncated(true);

        assertThat(GateEvaluator.evaluate(policy().build(), List.of(human("a")), truncated).reasons())
                .containsExactly(Reason.RANGE_TRUNCATED);
        assertThat(GateEvaluator.evaluate(policy().unknownBaseline(FallbackAction.PASS).build(),
                List.of(human("a")), truncated).outcome()).isEqualTo(GateState.PASS);
        CommitRange both = CommitRange.withoutBaseline("f".repeat(40), BaselineStatus.NONE, null).truncated(true);
        assertThat(GateEvaluator.evaluate(policy().build(), List.of(), both).reasons())
                .containsExactly(Reason.UNKNOWN_BASELINE, Reason.RANGE_TRUNCATED);
    }

    @Test
    void unresolvedPullRequestsFollowThePolicy() {
        CommitAssessment commit = human("src/A.java");
        List<CommitLookup> lookups = List.of(CommitLookup.resolved("1".repeat(40), List.of()),
                CommitLookup.unresolved(commit.commit().id(), UnresolvedReason.TIMEOUT, "timed out", List.of()));

        GateDecision strict = GateEvaluator.evaluate(policy().build(), List.of(commit), KNOWN, lookups);
        assertThat(strict.outcome()).isEqualTo(GateState.APPROVAL_REQUIRED);
        assertThat(strict.reasons()).containsExactly(Reason.UNRESOLVED_PULL_REQUESTS);
        assertThat(strict.unresolvedPullRequests()).extracting(CommitLookup::commitId)
                .containsExactly(commit.commit().id());

        GateDecision lenient = GateEvaluator.evaluate(policy().unresolvedPullRequest(FallbackAction.PASS).build(),
                List.of(commit), KNOWN, lookups);
        assertThat(lenient.outcome()).isEqualTo(GateState.PASS);
        assertThat(lenient.unresolvedPullRequests()).hasSize(1);
    }

    @Test
    void weakEvidenceIsShownButNeverCounts() {
        // an unknown GitHub App bot is weak evidence (Aider's committer mark, once the example here, is now strong)
        Commit bot = Commit.builder("d".repeat(40)).author(PersonIdent.of("acme-helper[bot]",
                "99+acme-helper[bot]@users.noreply.github.com")).committer(HUMAN).message("edit")
                .changedPath(ChangedPath.of(ChangeType.MODIFIED, "src/A.java")).build();
        CommitAssessment weak = DETECTOR.assess(bot);
        assertThat(weak.evidence()).isNotEmpty();
        assertThat(weak.aiAssisted()).isFalse();

        GateDecision decision = GateEvaluator.evaluate(policy().build(), List.of(weak), KNOWN);

        assertThat(decision.outcome()).isEqualTo(GateState.PASS);
        assertThat(decision.weakEvidenceCommits()).containsExactly(weak);
    }

    @Test
    void anEmptyRangePasses() {
        GateDecision decision = GateEvaluator.evaluate(policy().build(), List.of(),
                CommitRange.since("a".repeat(40), "a".repeat(40)));

        assertThat(decision.outcome()).isEqualTo(GateState.PASS);
        assertThat(decision.range().isEmpty()).isTrue();
    }

    @Test
    void theDigestIsDeterministicAndBindsEvidenceAndPolicy() {
        Policy policy = policy().build();
        Commit commit = Commit.builder("e".repeat(40)).person(HUMAN).message("x")
                .changedPath(ChangedPath.of(ChangeType.MODIFIED, "src/A.java")).build();
        Evidence evidence = new Evidence("CA-01", "Claude Code", Confidence.DEFINITIVE, "trailer:Co-authored-by",
                "Claude <noreply@anthropic.com>", null);
        CommitAssessment flagged = new CommitAssessment(commit, List.of(evidence), Confidence.STRONG);
        String digest = GateEvaluator.evaluate(policy, List.of(flagged), KNOWN).evidenceDigest();

        assertThat(GateEvaluator.evaluate(policy, List.of(flagged), KNOWN).evidenceDigest()).isEqualTo(digest);
        // other evidence, another policy, another commit, an extra flagged commit: another digest
        CommitAssessment otherValue = new CommitAssessment(commit, List.of(new Evidence("CA-01", "Claude Code",
                Confidence.DEFINITIVE, "trailer:Co-authored-by", "Claude <noreply@anthropic.com> ", null)),
                Confidence.STRONG);
        CommitAssessment withProvenance = new CommitAssessment(commit, List.of(new Evidence("CA-01", "Claude Code",
                Confidence.DEFINITIVE, "trailer:Co-authored-by", "Claude <noreply@anthropic.com>", "PR #4")),
                Confidence.STRONG);
        Commit otherId = Commit.builder("9".repeat(40)).person(HUMAN).message("x")
                .changedPath(ChangedPath.of(ChangeType.MODIFIED, "src/A.java")).build();
        List<String> others = List.of(
                GateEvaluator.evaluate(policy, List.of(otherValue), KNOWN).evidenceDigest(),
                GateEvaluator.evaluate(policy, List.of(withProvenance), KNOWN).evidenceDigest(),
                GateEvaluator.evaluate(policy.toBuilder().requiredApprovals(2).build(), List.of(flagged), KNOWN)
                        .evidenceDigest(),
                GateEvaluator.evaluate(policy, List.of(new CommitAssessment(otherId, List.of(evidence),
                        Confidence.STRONG)), KNOWN).evidenceDigest(),
                GateEvaluator.evaluate(policy, List.of(flagged, ai("src/B.java")), KNOWN).evidenceDigest(),
                GateEvaluator.evaluate(policy, List.of(flagged), KNOWN.truncated(true)).evidenceDigest());
        assertThat(others).doesNotContain(digest).doesNotHaveDuplicates();
        // commits that do not count and are not shown as exempt do not change what approvers decide on
        assertThat(GateEvaluator.evaluate(policy, List.of(human("src/C.java"), flagged), KNOWN).evidenceDigest())
                .isEqualTo(digest);
    }

    @Test
    void anUnreadableCommitRequiresApprovalEvenOnExemptPaths() {
        Commit hidden = Commit.builder("e".repeat(40)).person(HUMAN).message("docs\n")
                .changedPath(ChangedPath.of(ChangeType.MODIFIED, "docs/a.md"))
                .unreadable("the commit object holds a NUL byte").build();
        GateDecision decision = GateEvaluator.evaluate(policy().build(), List.of(DETECTOR.assess(hidden)), KNOWN);
        assertThat(decision.outcome()).isEqualTo(GateState.APPROVAL_REQUIRED);
        assertThat(decision.reasons()).containsExactly(Reason.UNREADABLE_COMMIT);
        assertThat(decision.gatedCommits()).singleElement()
                .satisfies(g -> assertThat(g.commit().id()).isEqualTo(hidden.id()));
    }

    @Test
    void anOversizedCommitRequiresApprovalAndIsNeverSkipped() {
        StringBuilder many = new StringBuilder("many co-authors\n\n");
        for (int i = 0; i <= io.jenkins.plugins.aigate.core.commit.CommitBounds.MAX_TRAILER_LINES; i++) {
            many.append("Co-authored-by: P").append(i).append(" <p").append(i).append("@x.org>\n");
        }
        Commit trailers = Commit.builder("d".repeat(40)).person(HUMAN).message(many.toString()).build();
        Commit huge = Commit.builder("c".repeat(40)).person(HUMAN)
                .message("big\n\n" + "x".repeat(io.jenkins.plugins.aigate.core.commit.CommitBounds.MAX_MESSAGE_CHARS))
                .build();
        Commit fine = Commit.builder("b".repeat(40)).person(HUMAN).message(many.substring(0, 2000)).build();
        for (Commit commit : List.of(trailers, huge)) {
            GateDecision decision = GateEvaluator.evaluate(policy().build(), List.of(DETECTOR.assess(commit)), KNOWN);
            assertThat(decision.reasons()).as(commit.id()).contains(Reason.OVERSIZED_COMMIT);
            assertThat(decision.outcome()).isEqualTo(GateState.APPROVAL_REQUIRED);
        }
        assertThat(GateEvaluator.evaluate(policy().build(), List.of(DETECTOR.assess(fine)), KNOWN).reasons())
                .isEmpty();
    }
}
