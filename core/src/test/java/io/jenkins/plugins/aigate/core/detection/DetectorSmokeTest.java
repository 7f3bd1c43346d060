package io.jenkins.plugins.aigate.core.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.PersonIdent;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectorSmokeTest {
    private static final Detector DETECTOR = Detector.withDefaults();

    private static Commit commit(String name, String email, String message) {
        return Commit.builder("0123456789abcdef0123456789abcdef01234567").person(PersonIdent.of(name, email))
                .message(message).build();
    }

    @Test
    void claudeCoAuthorTrailerIsDefinitive() {
        CommitAssessment assessment = DETECTOR.assess(commit("Ada", "ada@example.org",
                "Fix it\n\nCo-Authored-By: Claude Opus 4.6 (1M context) <noreply@anthropic.com>\n"));
        assertThat(assessment.aiAssisted()).isTrue();
        assertThat(assessment.evidence()).extracting(Evidence::ruleId).contains("CA-01");
        assertThat(assessment.evidence().get(0).field()).isEqualTo("coAuthorEmail");
    }

    @Test
    void humanNamedDevinIsNotFlagged() {
        CommitAssessment assessment = DETECTOR.assess(commit("Devin Nusbaum", "dwnusbaum@users.noreply.github.com",
                "Fix it\n\nCo-authored-by: Claude Warren <claude@apache.org>\n"));
        assertThat(assessment.evidence()).isEmpty();
    }

    @Test
    void pullRequestEvidenceCarriesProvenance() {
        PullRequest pr = new PullRequest(7, "https://example.invalid/pr/7", "Copilot", "copilot/fix-1", "Fix",
                "", List.of(), List.of());
        CommitAssessment assessment = DETECTOR.assess(commit("Ada", "ada@example.org", "Fix (#7)"), List.of(pr));
        assertThat(assessment.aiAssisted()).isTrue();
        assertThat(assessment.evidence()).allSatisfy(e -> assertThat(e.provenance()).contains(pr.provenance()));
        assertThat(assessment.evidence()).extracting(Evidence::ruleId).contains("PR-01", "BR-01");
    }

    @Test
    void invalidCustomRuleIsRejectedWithEveryProblem() {
        DetectionSettings settings = DetectionSettings.builder()
                .customRule(new CustomRule("bad", "authorMail", "(unclosed", "", null)).disable("XX-99").build();
        assertThatThrownBy(() -> Detector.create(settings)).isInstanceOf(DetectionSettingsException.class)
                .satisfies(e -> assertThat(((DetectionSettingsException) e).problems())
                        .extracting(RuleProblem::code)
                        .containsExactlyInAnyOrder(RuleProblem.Code.UNKNOWN_FIELD, RuleProblem.Code.INVALID_PATTERN,
                                RuleProblem.Code.MISSING_TOOL, RuleProblem.Code.MISSING_CONFIDENCE,
                                RuleProblem.Code.UNKNOWN_DISABLED_RULE));
    }
}
