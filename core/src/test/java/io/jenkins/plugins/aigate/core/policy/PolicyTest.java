package io.jenkins.plugins.aigate.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.PersonIdent;
import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import io.jenkins.plugins.aigate.core.detection.Confidence;
import io.jenkins.plugins.aigate.core.detection.CustomRule;
import io.jenkins.plugins.aigate.core.detection.Detector;
import io.jenkins.plugins.aigate.core.detection.Evidence;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PolicyTest {
    @Test
    void defaultsAreTheDocumentedOnes() {
        Policy policy = Policy.defaults();

        assertThat(policy.schemaVersion()).isEqualTo(1);
        assertThat(policy.mode()).isEqualTo(Mode.ENFORCE);
        assertThat(policy.requiredApprovals()).isEqualTo(1);
        assertThat(policy.approvers().isEmpty()).isTrue();
        assertThat(policy.separationOfDuties()).isTrue();
        assertThat(policy.identities()).isEmpty();
        assertThat(policy.unknownBaseline()).isEqualTo(FallbackAction.REQUIRE_APPROVAL);
        assertThat(policy.maxCommits()).isEqualTo(1000);
        assertThat(policy.timeoutMinutes()).isEmpty();
        assertThat(policy.onTimeout()).isEqualTo(TimeoutAction.ABORT);
        assertThat(policy.breakGlass().isEmpty()).isTrue();
        assertThat(policy.unresolvedPullRequest()).isEqualTo(FallbackAction.REQUIRE_APPROVAL);
        assertThat(policy.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.name()).isEqualTo("pipeline-definition");
            assertThat(rule.anyCommit()).isTrue();
            assertThat(rule.exempt()).isFalse();
            assertThat(rule.matches("Jenkinsfile")).isTrue();
            assertThat(rule.matches(".jenkins/deploy.groovy")).isTrue();
            assertThat(rule.matches("src/Main.java")).isFalse();
        });
    }

    @Test
    void pipelineDefinitionRuleStaysFirstUnlessRedefinedByName() {
        Policy added = Policy.builder().rule(PathRule.builder("docs").paths("docs/**").exempt(true)).build();
        assertThat(added.rules()).extracting(PathRule::name).containsExactly("pipeline-definition", "docs");

        Policy redefined = Policy.builder()
                .rule(PathRule.builder("docs").paths("docs/**").exempt(true))
                .rule(PathRule.builder("pipeline-definition").paths("ci/Jenkinsfile").anyCommit(true)
                        .requiredApprovals(2))
                .build();
        assertThat(redefined.rules()).extracting(PathRule::name).containsExactly("docs", "pipeline-definition");
        assertThat(redefined.rules().get(1).matches("Jenkinsfile")).isFalse();
        assertThat(redefined.requiredApprovals(redefined.rules().get(1))).isEqualTo(2);
        assertThat(redefined.requiredApprovals(redefined.rules().get(0))).isEqualTo(1);
    }

    @Test
    void reportsEveryProblemAtOnceWithItsFieldPath() {
        InvalidPolicyException e = catchThrowableOfType(InvalidPolicyException.class, () -> Policy.builder()
                .schemaVersion(2)
                .requiredApprovals(0)
                .approvers(Principals.of(List.of(" "), List.of("bob ")))
                .identity(Identity.of("alice", List.of("not-an-email"), List.of()))
                .identity(Identity.of("alice", List.of(), List.of()))
                .identity(Identity.of("carol", List.of("Shared@example.org"), List.of("carol")))
                .identity(Identity.of("dave", List.of("shared@EXAMPLE.org"), List.of("CAROL")))
                .rule(PathRule.builder("docs").paths("/docs/", "docs/**", "docs/**").exempt(true).requiredApprovals(2))
                .rule(PathRule.builder("docs").anyCommit(true).exempt(true))
                .rule(PathRule.builder("").paths("x").requiredApprovals(101))
                .maxCommits(0)
                .timeoutMinutes(-5)
                .breakGlass(Principals.of(List.of(), List.of("")))
                .build());

        assertThat(e.problems()).extracting(PolicyProblem::path, PolicyProblem::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("schemaVersion", ProblemKind.UNSUPPORTED_VERSION),
                org.assertj.core.groups.Tuple.tuple("requiredApprovals", ProblemKind.OUT_OF_RANGE),
                org.assertj.core.groups.Tuple.tuple("approvers.groups", ProblemKind.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("approvers.users", ProblemKind.INVALID_VALUE),
                org.assertj.core.groups.Tuple.tuple("identities[0].emails", ProblemKind.INVALID_VALUE),
                org.assertj.core.groups.Tuple.tuple("identities[1].id", ProblemKind.DUPLICATE),
                org.assertj.core.groups.Tuple.tuple("identities[1]", ProblemKind.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("identities[3].emails", ProblemKind.DUPLICATE),
                org.assertj.core.groups.Tuple.tuple("identities[3].logins", ProblemKind.DUPLICATE),
                org.assertj.core.groups.Tuple.tuple("rules[0].paths[0]", ProblemKind.INVALID_GLOB),
                org.assertj.core.groups.Tuple.tuple("rules[0].paths[2]", ProblemKind.DUPLICATE),
                org.assertj.core.groups.Tuple.tuple("rules[0].requiredApprovals", ProblemKind.CONFLICT),
                org.assertj.core.groups.Tuple.tuple("rules[1].paths", ProblemKind.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("rules[1].anyCommit", ProblemKind.CONFLICT),
                org.assertj.core.groups.Tuple.tuple("rules[1].name", ProblemKind.DUPLICATE),
                org.assertj.core.groups.Tuple.tuple("rules[2].name", ProblemKind.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("rules[2].requiredApprovals", ProblemKind.OUT_OF_RANGE),
                org.assertj.core.groups.Tuple.tuple("maxCommits", ProblemKind.OUT_OF_RANGE),
                org.assertj.core.groups.Tuple.tuple("timeoutMinutes", ProblemKind.OUT_OF_RANGE),
                org.assertj.core.groups.Tuple.tuple("breakGlass.users", ProblemKind.REQUIRED));
        assertThat(e.getMessage()).startsWith("20 problems in the policy: schemaVersion: schema version 2 is newer");
        assertThat(e.problems().get(7).message()).isEqualTo(
                "the email 'shared@example.org' already belongs to 'carol'");
    }

    @Test
    void aFailedBuildLeavesNoPolicyAndTheBuilderCanBeFixed() {
        Policy.Builder builder = Policy.builder().requiredApprovals(3).maxCommits(-1);
        assertThatThrownBy(builder::build).isInstanceOf(InvalidPolicyException.class);

        Policy fixed = builder.maxCommits(50).build();
        assertThat(fixed.requiredApprovals()).isEqualTo(3);
        assertThat(fixed.maxCommits()).isEqualTo(50);
    }

    @Test
    void aBuiltPolicyIsNotChangedByLaterBuilderCalls() {
        Policy.Builder builder = Policy.builder().rule(PathRule.builder("infra").paths("infra/**").requiredApprovals(2));
        Policy policy = builder.build();
        String fingerprint = policy.fingerprint();

        builder.requiredApprovals(5).rule(PathRule.builder("more").paths("x/**")).clearRules();

        assertThat(policy.requiredApprovals()).isEqualTo(1);
        assertThat(policy.rules()).extracting(PathRule::name).containsExactly("pipeline-definition", "infra");
        assertThat(policy.fingerprint()).isEqualTo(fingerprint);
        assertThatThrownBy(() -> policy.rules().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void fingerprintIsStableAcrossEquivalentInputs() {
        Policy a = Policy.builder()
                .approvers(Principals.of(List.of("seniors", "leads"), List.of("zoe", "amy")))
                .identity(Identity.of("bob", List.of("Bob@Example.org"), List.of("bobgh")))
                .identity(Identity.of("amy", List.of("amy@example.org"), List.of()))
                .build();
        Policy b = Policy.builder()
                .identity(Identity.of("amy", List.of("amy@example.org"), List.of()))
                .identity(Identity.of("bob", List.of("bob@example.org"), List.of("BobGH")))
                .approvers(Principals.of(List.of("leads", "seniors", "leads"), List.of("amy", "zoe")))
                .build();

        assertThat(a.fingerprint()).isEqualTo(b.fingerprint()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.toBuilder().build().fingerprint()).isEqualTo(a.fingerprint());
        // The default policy's fingerprint is part of the contract with recorded audit logs: it must not drift.
        assertThat(Policy.defaults().canonicalForm()).isEqualTo("{\"aiLabels\":[\"ai-assisted\",\"ai-generated\"],"
                + "\"allowTokenVotes\":false,\"approvers\":{\"groups\":[],\"users\":[]},"
                + "\"breakGlass\":{\"groups\":[],\"users\":[]},\"customSignals\":[],\"disabledRules\":[],"
                + "\"flagThreshold\":\"strong\",\"identities\":[],\"maxCommits\":1000,"
                + "\"mode\":\"enforce\",\"onTimeout\":\"abort\",\"requiredApprovals\":1,\"rules\":[{\"anyCommit\":true,"
                + "\"exempt\":false,\"name\":\"pipeline-definition\",\"paths\":[\"Jenkinsfile\",\".jenkins/**\"],"
                + "\"requiredApprovals\":null}],\"schemaVersion\":1,\"separationOfDuties\":true,"
                + "\"timeoutMinutes\":null,\"unknownBaseline\":\"requireApproval\","
                + "\"unresolvedPullRequest\":\"requireApproval\"}");
    }

    @Test
    void fingerprintChangesWithEverySetting() {
        String base = Policy.defaults().fingerprint();
        List<UnaryOperator<Policy.Builder>> changes = List.of(
                b -> b.mode(Mode.OBSERVE),
                b -> b.requiredApprovals(2),
                b -> b.approvers(Principals.of(List.of("seniors"), List.of())),
                b -> b.approvers(Principals.of(List.of(), List.of("seniors"))),
                b -> b.separationOfDuties(false),
                b -> b.identity(Identity.of("amy", List.of("amy@example.org"), List.of())),
                b -> b.rule(PathRule.builder("docs").paths("docs/**").exempt(true)),
                b -> b.rule(PathRule.builder("docs").paths("docs/**")),
                b -> b.rule(PathRule.builder("docs").paths("docs/**").requiredApprovals(1)),
                b -> b.rule(PathRule.builder("pipeline-definition").paths(".jenkins/**", "Jenkinsfile")
                        .anyCommit(true)),
                b -> b.unknownBaseline(FallbackAction.PASS),
                b -> b.maxCommits(999),
                b -> b.timeoutMinutes(60),
                b -> b.onTimeout(TimeoutAction.FAIL),
                b -> b.breakGlass(Principals.of(List.of(), List.of("root"))),
                b -> b.unresolvedPullRequest(FallbackAction.PASS),
                b -> b.customSignal(new CustomRule("acme-bot", "authorEmail", "^bot@acme\\.example$", "Acme bot",
                        Confidence.STRONG)),
                b -> b.customSignal(new CustomRule("acme-bot", "authorEmail", "^bot@acme\\.example$", "Acme bot",
                        Confidence.DEFINITIVE)),
                b -> b.disabledRule("ID-18"),
                b -> b.aiLabels(List.of("ai-generated")),
                b -> b.nonAiBots(List.of("acme-helper")),
                b -> b.flagThreshold(Confidence.WEAK),
                b -> b.allowTokenVotes(true));

        List<String> fingerprints = changes.stream().map(c -> c.apply(Policy.builder()).build().fingerprint()).toList();

        assertThat(fingerprints).doesNotContain(base).doesNotHaveDuplicates();
    }

    @Test
    void canonicalFormEscapesHostileTextUnambiguously() {
        Policy quote = Policy.builder().approvers(Principals.of(List.of("a\",\"b"), List.of())).build();
        Policy two = Policy.builder().approvers(Principals.of(List.of("a", "b"), List.of())).build();

        assertThat(quote.fingerprint()).isNotEqualTo(two.fingerprint());
        assertThat(quote.canonicalForm()).contains("\"groups\":[\"a\\\",\\\"b\"]");
    }

    @Test
    void ruleBuilderValidatesAlone() {
        assertThat(PathRule.builder("ok").paths("a/**").build().matches("a/b")).isTrue();
        InvalidPolicyException e = catchThrowableOfType(InvalidPolicyException.class,
                () -> PathRule.builder("bad").build());
        assertThat(e.problems()).extracting(PolicyProblem::path).containsExactly("rule.paths");
    }

    @Test
    void aRuleMatchesWhenAnyOfItsGlobsDoes() {
        PathRule rule = PathRule.builder("infra").paths("infra/**", "**/*.tf").build();
        assertThat(rule.matches("infra/x.yaml")).isTrue();
        assertThat(rule.matches("modules/net/main.tf")).isTrue();
        assertThat(rule.matches("src/main.go")).isFalse();
    }

    @Test
    void detectionKeysValidateThroughTheDetectorWithFieldPaths() {
        InvalidPolicyException e = catchThrowableOfType(InvalidPolicyException.class, () -> Policy.builder()
                .customSignal(new CustomRule("ok", "message", "(?i)made by acme-ai", "Acme AI", Confidence.STRONG))
                .customSignal(new CustomRule("", "nosuchfield", "(unclosed", "", null))
                .customSignal(new CustomRule("OK", "message", "x", "t", Confidence.WEAK))
                .customSignal(new CustomRule("ID-01", "message", "x", "t", Confidence.WEAK))
                .disabledRule("ID-18")
                .disabledRule("NOPE-99")
                .aiLabels(List.of("ai-generated", " "))
                .build());

        assertThat(e.problems()).extracting(PolicyProblem::path, PolicyProblem::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("customSignals[1].name", ProblemKind.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("customSignals[1].field", ProblemKind.INVALID_VALUE),
                org.assertj.core.groups.Tuple.tuple("customSignals[1].pattern", ProblemKind.INVALID_PATTERN),
                org.assertj.core.groups.Tuple.tuple("customSignals[1].tool", ProblemKind.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("customSignals[1].confidence", ProblemKind.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("customSignals[2].name", ProblemKind.DUPLICATE),
                org.assertj.core.groups.Tuple.tuple("customSignals[3].name", ProblemKind.DUPLICATE),
                org.assertj.core.groups.Tuple.tuple("disabledRules[1]", ProblemKind.INVALID_VALUE),
                org.assertj.core.groups.Tuple.tuple("aiLabels[1]", ProblemKind.INVALID_VALUE));
    }

    @Test
    void thePolicyConfiguresTheDetector() {
        Policy policy = Policy.builder()
                .customSignal(new CustomRule("acme-ai", "message", "made with acme-ai", "Acme AI",
                        Confidence.DEFINITIVE))
                .disabledRule("id-01")
                .build();
        Commit commit = Commit.builder("a".repeat(40)).person(PersonIdent.of("Claude", "noreply@anthropic.com"))
                .message("Fix\n\nMade with Acme-AI\n").build();

        CommitAssessment assessment = Detector.create(policy.detectionSettings()).assess(commit);

        assertThat(policy.disabledRules()).containsExactly("ID-01");
        assertThat(assessment.evidence()).extracting(Evidence::ruleId).contains("acme-ai").doesNotContain("ID-01");
        assertThat(assessment.aiAssisted()).isTrue();
        assertThat(Policy.defaults().detectionSettings()).isEqualTo(
                io.jenkins.plugins.aigate.core.detection.DetectionSettings.builder()
                        .aiLabels(List.of("ai-assisted", "ai-generated")).build());
    }

    @Test
    void equivalentDetectionSpellingsGiveOneFingerprint() {
        Policy a = Policy.builder().disabledRule("id-18").disabledRule("ID-01")
                .aiLabels(List.of("AI-Generated", "ai-generated", "x")).build();
        Policy b = Policy.builder().disabledRule("ID-01").disabledRule("ID-18").disabledRule("ID-18")
                .aiLabels(List.of("x", "AI-Generated")).build();

        assertThat(a.fingerprint()).isEqualTo(b.fingerprint());
    }

    @Test
    void nonAiBotsReachTheDetectorAndAreChecked() {
        Policy policy = Policy.builder().nonAiBots(List.of("acme-helper[bot]", "ACME-HELPER[bot]", "release-bot"))
                .build();
        assertThat(policy.nonAiBots()).containsExactly("acme-helper[bot]", "release-bot");
        assertThat(policy.detectionSettings().nonAiBots()).containsExactly("acme-helper", "release-bot");
        Commit bot = Commit.builder("b".repeat(40)).person(PersonIdent.of("acme-helper[bot]",
                "9+acme-helper[bot]@users.noreply.github.com")).message("Regenerate\n").build();
        assertThat(Detector.withDefaults().assess(bot).evidence()).isNotEmpty();
        assertThat(Detector.create(policy.detectionSettings()).assess(bot).evidence()).isEmpty();

        InvalidPolicyException refused = catchThrowableOfType(InvalidPolicyException.class,
                () -> Policy.builder().nonAiBots(List.of("ok-bot", "not a login", "")).build());
        assertThat(refused.problems()).extracting(PolicyProblem::path)
                .containsExactly("nonAiBots[1]", "nonAiBots[2]");
    }
}
