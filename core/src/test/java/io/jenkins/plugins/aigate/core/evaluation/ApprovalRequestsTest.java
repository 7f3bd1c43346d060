package io.jenkins.plugins.aigate.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.aigate.core.approval.ApprovalProcess;
import io.jenkins.plugins.aigate.core.approval.ApprovalRequest;
import io.jenkins.plugins.aigate.core.approval.AuthMethod;
import io.jenkins.plugins.aigate.core.approval.PersonAliases;
import io.jenkins.plugins.aigate.core.approval.TimeoutOutcome;
import io.jenkins.plugins.aigate.core.approval.VoteCode;
import io.jenkins.plugins.aigate.core.approval.Voter;
import io.jenkins.plugins.aigate.core.commit.ChangeType;
import io.jenkins.plugins.aigate.core.commit.ChangedPath;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.PersonIdent;
import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import io.jenkins.plugins.aigate.core.detection.Detector;
import io.jenkins.plugins.aigate.core.lifecycle.GateState;
import io.jenkins.plugins.aigate.core.policy.Identity;
import io.jenkins.plugins.aigate.core.policy.Mode;
import io.jenkins.plugins.aigate.core.policy.PathRule;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.core.policy.Principals;
import io.jenkins.plugins.aigate.core.policy.TimeoutAction;
import io.jenkins.plugins.aigate.core.range.BaselineStatus;
import io.jenkins.plugins.aigate.core.range.CommitRange;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalRequestsTest {
    private static final Detector DETECTOR = Detector.withDefaults();
    private static final CommitRange KNOWN = CommitRange.since("0".repeat(40), "f".repeat(40));
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1_000_000L), ZoneOffset.UTC);

    private final Policy policy = Policy.builder()
            .requiredApprovals(1)
            .approvers(Principals.of(List.of("seniors"), List.of("carol")))
            .breakGlass(Principals.of(List.of("sre-leads"), List.of()))
            .identity(Identity.of("alice", List.of("alice@corp.example", "alice@users.noreply.github.com"),
                    List.of("alice-gh")))
            .rule(PathRule.builder("infra").paths("infra/**").requiredApprovals(2))
            .timeoutMinutes(90)
            .onTimeout(TimeoutAction.FAIL)
            .build();

    private static CommitAssessment commit(String id, String name, String email, String message, String path) {
        return DETECTOR.assess(Commit.builder(id).person(PersonIdent.of(name, email)).message(message)
                .changedPath(ChangedPath.of(ChangeType.MODIFIED, path)).build());
    }

    /** Alice (under her noreply address) committed with Claude as co-author; Bob wrote a human change. */
    private final CommitAssessment aliceWithClaude = commit("a".repeat(40), "Alice", "alice@users.noreply.github.com",
            "Add VPC\n\nCo-authored-by: Claude <noreply@anthropic.com>\nCo-authored-by: Dan <dan@corp.example>\n",
            "infra/vpc.tf");
    private final CommitAssessment bobHuman = commit("b".repeat(40), "Bob", "bob@corp.example", "Fix typo\n",
            "src/A.java");

    private static Voter senior(String id, String... emails) {
        return Voter.of(id, id, List.of("seniors"), List.of(emails), AuthMethod.WEB);
    }

    @Test
    void copiesThePolicySnapshotAndTheDecisionIntoTheRequest() {
        GateDecision decision = GateEvaluator.evaluate(policy, List.of(bobHuman, aliceWithClaude), KNOWN);

        ApprovalRequest request = ApprovalRequests.from(policy, decision, List.of("starter"), List.of("alice-gh"),
                1_000L);

        assertThat(request.requiredApprovals()).isEqualTo(2);
        assertThat(request.approverGroups()).containsExactly("seniors");
        assertThat(request.approverUsers()).containsExactly("carol");
        assertThat(request.breakGlassGroups()).containsExactly("sre-leads");
        assertThat(request.separationOfDuties()).isTrue();
        assertThat(request.tokenVotesAllowed()).isFalse();
        assertThat(request.evidenceDigest()).isEqualTo(decision.evidenceDigest());
        assertThat(request.deadlineMillis()).contains(1_000L + 90 * 60_000L);
        assertThat(request.onTimeout()).isEqualTo(TimeoutOutcome.FAIL);
        assertThat(request.buildStarters()).containsExactly("starter");
        assertThat(request.pullRequestAuthors()).containsExactly("alice-gh");
        assertThat(request.identities()).containsEntry("alice", new PersonAliases(
                List.of("alice@corp.example", "alice@users.noreply.github.com"), List.of("alice-gh")));
        // only the gated commit's people: its author/committer and both co-authors; Bob's human change is not gated
        assertThat(request.commitEmails()).containsExactly("alice@users.noreply.github.com", "noreply@anthropic.com",
                "dan@corp.example");
    }

    @Test
    void separationOfDutiesRefusesTheAuthorThroughTheIdentitiesMapAndCoAuthors() {
        GateDecision decision = GateEvaluator.evaluate(policy, List.of(bobHuman, aliceWithClaude), KNOWN);
        ApprovalProcess process = ApprovalProcess.start(
                ApprovalRequests.from(policy, decision, List.of(), List.of(), 0L), CLOCK);
        String digest = decision.evidenceDigest();

        // Alice signs in with her corporate address; the identities map ties it to the noreply author
        assertThat(process.approve(senior("alice", "alice@corp.example"), digest, "ok").code())
                .isEqualTo(VoteCode.SELF_APPROVAL);
        assertThat(process.approve(senior("dan", "dan@corp.example"), digest, "ok").code())
                .isEqualTo(VoteCode.SELF_APPROVAL);
        assertThat(process.approve(senior("bob", "bob@corp.example"), digest, "ok").code())
                .isEqualTo(VoteCode.ACCEPTED);
        assertThat(process.approve(senior("erin", "erin@corp.example"), digest, "ok").code())
                .isEqualTo(VoteCode.APPROVED);
        assertThat(process.state()).isEqualTo(GateState.APPROVED);
    }

    @Test
    void aRangeInQuestionBarsEveryAuthorInIt() {
        CommitRange noBaseline = CommitRange.withoutBaseline("f".repeat(40), BaselineStatus.NOT_ANCESTOR, null);
        GateDecision decision = GateEvaluator.evaluate(policy, List.of(bobHuman, aliceWithClaude), noBaseline);
        assertThat(decision.rangeInQuestion()).isTrue();

        ApprovalRequest request = ApprovalRequests.from(policy, decision, List.of(), List.of(), 0L);
        assertThat(request.commitEmails()).contains("bob@corp.example", "alice@users.noreply.github.com");

        ApprovalProcess process = ApprovalProcess.start(request, CLOCK);
        assertThat(process.approve(senior("bob", "bob@corp.example"), decision.evidenceDigest(), "ok").code())
                .isEqualTo(VoteCode.SELF_APPROVAL);
    }

    @Test
    void aVoteForOtherEvidenceDoesNotCount() {
        GateDecision decision = GateEvaluator.evaluate(policy, List.of(aliceWithClaude), KNOWN);
        GateDecision later = GateEvaluator.evaluate(policy, List.of(aliceWithClaude, commit("c".repeat(40), "Claude",
                "noreply@anthropic.com", "More\n", "src/B.java")), KNOWN);
        ApprovalProcess process = ApprovalProcess.start(ApprovalRequests.from(policy, later, List.of(), List.of(), 0L),
                CLOCK);

        assertThat(process.approve(senior("erin", "erin@corp.example"), decision.evidenceDigest(), "ok").code())
                .isEqualTo(VoteCode.EVIDENCE_CHANGED);
    }

    @Test
    void noTimeoutMeansNoDeadlineAndTokenVotesFollowThePolicy() {
        Policy open = policy.toBuilder().timeoutMinutes(null).allowTokenVotes(true).onTimeout(TimeoutAction.ABORT)
                .build();
        GateDecision decision = GateEvaluator.evaluate(open, List.of(aliceWithClaude), KNOWN);

        ApprovalRequest request = ApprovalRequests.from(open, decision, List.of(), List.of(), 5L);

        assertThat(request.deadlineMillis()).isEmpty();
        assertThat(request.tokenVotesAllowed()).isTrue();
        assertThat(request.onTimeout()).isEqualTo(TimeoutOutcome.ABORT);
    }

    @Test
    void refusesDecisionsWithNothingToApproveOrFromAnotherPolicy() {
        GateDecision pass = GateEvaluator.evaluate(policy, List.of(bobHuman), KNOWN);
        GateDecision observed = GateEvaluator.evaluate(policy.toBuilder().mode(Mode.OBSERVE).build(),
                List.of(aliceWithClaude), KNOWN);
        GateDecision other = GateEvaluator.evaluate(policy.toBuilder().requiredApprovals(3).build(),
                List.of(aliceWithClaude), KNOWN);

        assertThatThrownBy(() -> ApprovalRequests.from(policy, pass, List.of(), List.of(), 0L))
                .hasMessageContaining("PASS");
        assertThatThrownBy(() -> ApprovalRequests.from(policy, observed, List.of(), List.of(), 0L))
                .hasMessageContaining("OBSERVED");
        assertThatThrownBy(() -> ApprovalRequests.from(policy, other, List.of(), List.of(), 0L))
                .hasMessageContaining("was made under policy");
    }
}
