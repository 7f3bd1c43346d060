package io.jenkins.plugins.aigate.core.audit;

import io.jenkins.plugins.aigate.core.encoding.CanonicalJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.aigate.core.approval.ApprovalProcess;
import io.jenkins.plugins.aigate.core.approval.ApprovalRequest;
import io.jenkins.plugins.aigate.core.approval.AuthMethod;
import io.jenkins.plugins.aigate.core.approval.Voter;
import io.jenkins.plugins.aigate.core.commit.ChangeType;
import io.jenkins.plugins.aigate.core.commit.ChangedPath;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.PersonIdent;
import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import io.jenkins.plugins.aigate.core.detection.Detector;
import io.jenkins.plugins.aigate.core.evaluation.ApprovalRequests;
import io.jenkins.plugins.aigate.core.evaluation.GateDecision;
import io.jenkins.plugins.aigate.core.evaluation.GateEvaluator;
import io.jenkins.plugins.aigate.core.lifecycle.GateState;
import io.jenkins.plugins.aigate.core.policy.PathRule;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.core.range.CommitRange;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real evaluation and a real approval, recorded and read back. */
class GateRecordsTest {
    @TempDir
    Path dir;

    private static CommitAssessment commit(String id, PersonIdent author, String path) {
        return Detector.withDefaults().assess(Commit.builder(id).person(author).message("change\n")
                .changedPath(ChangedPath.of(ChangeType.MODIFIED, path)).build());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Path log, int line) throws Exception {
        return (Map<String, Object>) CanonicalJson.parseObject(AuditFixtures.lines(log).get(line)).get("body");
    }

    @Test
    void anEvaluationAndTheApprovalThatEndedItAreRecordedWithEverything() throws Exception {
        CommitAssessment ai = commit("a".repeat(40), PersonIdent.of("Claude", "noreply@anthropic.com"), "infra/x.tf");
        CommitAssessment docs = commit("d".repeat(40), PersonIdent.of("Claude", "noreply@anthropic.com"), "docs/a.md");
        Policy policy = Policy.builder().approvers(io.jenkins.plugins.aigate.core.policy.Principals.of(List.of("seniors"), List.of()))
                .rule(PathRule.builder("docs").paths("docs/**").exempt(true))
                .rule(PathRule.builder("infra").paths("infra/**").requiredApprovals(2)).build();
        GateDecision decision = GateEvaluator.evaluate(policy, List.of(ai, docs),
                CommitRange.since("0".repeat(40), "f".repeat(40)));
        assertThat(decision.outcome()).isEqualTo(GateState.APPROVAL_REQUIRED);

        Path log = dir.resolve("audit.jsonl");
        AuditLog audit = AuditLog.open(log, AuditFixtures.RING);
        audit.append(GateRecords.evaluation(decision, AuditOrigin.CLI).repository("/src/shop").build());

        ApprovalRequest request = ApprovalRequests.from(policy, decision, List.of("starter"), List.of(), 0L);
        ApprovalProcess process = ApprovalProcess.start(request,
                Clock.fixed(Instant.ofEpochMilli(42_000L), ZoneOffset.UTC));
        for (String who : List.of("s1", "s2")) {
            process.approve(Voter.of(who, who.toUpperCase(), List.of("seniors", "staff"), List.of(who + "@corp.example"),
                    AuthMethod.WEB), decision.evidenceDigest(), "ok " + who);
        }
        assertThatThrownBy(() -> GateRecords.approval(decision,
                ApprovalProcess.start(request, Clock.systemUTC()).snapshot(), AuditOrigin.PLUGIN))
                .isInstanceOf(IllegalArgumentException.class);
        Anchor anchor = audit.append(GateRecords.approval(decision, process.snapshot(), AuditOrigin.PLUGIN)
                .job("shop/deploy").build("12").environment("production").build());

        assertThat(AuditVerifier.verify(log, AuditFixtures.RING, Optional.of(anchor)).intact()).isTrue();
        Map<String, Object> evaluated = body(log, 0);
        assertThat(evaluated).containsEntry("decision", "APPROVAL_REQUIRED").containsEntry("requiredApprovals", 2L)
                .containsEntry("quorumRule", "infra").containsEntry("evidenceDigest", decision.evidenceDigest())
                .containsEntry("repository", "/src/shop").containsEntry("commitsInspected", 2L);
        assertThat(evaluated.get("range").toString()).contains("baselineStatus=KNOWN").contains("truncated=false");
        assertThat(evaluated.get("policy").toString()).contains(policy.fingerprint()).contains("mode=enforce");
        List<Object> flagged = (List<Object>) evaluated.get("flaggedCommits");
        assertThat(flagged).hasSize(2);
        assertThat(flagged.get(0).toString()).contains("a".repeat(40)).contains("rules=[infra]")
                .contains("noreply@anthropic.com");
        assertThat(flagged.get(1).toString()).contains("d".repeat(40)).contains("exempt=true");
        assertThat(evaluated.get("reasons").toString()).contains("AI_ASSISTED_COMMITS");

        Map<String, Object> approved = body(log, 1);
        assertThat(approved).containsEntry("decision", "APPROVED").containsEntry("decidedAt", 42_000L)
                .containsEntry("job", "shop/deploy").containsEntry("environment", "production");
        List<Object> approvers = (List<Object>) approved.get("approvers");
        assertThat(approvers).hasSize(2);
        assertThat(approvers.get(1).toString()).contains("userId=s2").contains("groups=[seniors, staff]")
                .contains("authMethod=WEB").contains("comment=ok s2").contains("time=42000");
    }
}
