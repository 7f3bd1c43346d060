package io.jenkins.plugins.aigate.core.detection;

import static io.jenkins.plugins.aigate.core.detection.Commits.by;
import static io.jenkins.plugins.aigate.core.detection.Commits.message;
import static io.jenkins.plugins.aigate.core.detection.Commits.pullRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Look-alike letters and invisible characters must not hide a marker, and hiding one is itself evidence. */
class EvasionTest {
    private static final Detector DETECTOR = Detector.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cyrillic a in the domain|Co-Authored-By: Claude <noreply@\u0430nthropic.com>|CA-01|DEFINITIVE|coAuthorEmail",
        "Cyrillic o in the local part|Co-Authored-By: Claude <n\u043Ereply@anthropic.com>|CA-01|DEFINITIVE|coAuthorEmail",
        "Greek omicron|Co-authored-by: Cursor <cursoragent@curs\u03BFr.com>|CA-08|DEFINITIVE|coAuthorEmail",
        "fullwidth letters|Co-authored-by: Codex <\uFF4Eoreply@openai.com>|CA-09|DEFINITIVE|coAuthorEmail",
        "fullwidth brackets|Co-authored-by: Codex \uFF1Cnoreply@openai.com\uFF1E|CA-09|DEFINITIVE|coAuthorEmail",
        "soft hyphen in the email|Co-authored-by: Amp <amp@amp\u00ADcode.com>|CA-11|DEFINITIVE|coAuthorEmail",
        "zero-width space in the key|Co\u200B-authored-by: Claude <noreply@anthropic.com>|CA-01|STRONG|message",
        "non-breaking hyphens in the key|Co\u2011Authored\u2011By: Claude <noreply@anthropic.com>|CA-01|STRONG|message",
        "fullwidth colon|Co-authored-by\uFF1A Claude <noreply@anthropic.com>|CA-01|STRONG|message",
        "zero-width joiner in the value|Made-with: Cur\u200Dsor|TK-09|STRONG|trailer:Made-with"})
    void hiddenMarkersStillFireAndAddEvasionEvidence(String name, String trailer, String rule, Confidence confidence,
            String field) {
        CommitAssessment assessment = DETECTOR.assess(message("Fix the parser\n\nSome detail.\n\n" + trailer + "\n"));
        assertThat(assessment.evidence()).as(assessment.toString())
                .extracting(Evidence::ruleId, Evidence::confidence, Evidence::field)
                .contains(tuple(rule, confidence, field), tuple(Detector.EVASION_RULE_ID, Confidence.STRONG, field));
        assertThat(assessment.aiAssisted()).isTrue();
        assertThat(assessment.evidence()).filteredOn(e -> e.ruleId().equals(rule)).first()
                .satisfies(e -> assertThat(e.value()).as("evidence shows the text as found").contains(trailer.strip()
                        .substring(trailer.indexOf(':') + 1).strip().substring(0, 3)));
    }

    @Test
    void lookAlikeIdentityAndBodyMarker() {
        CommitAssessment identity = DETECTOR.assess(by("Claude", "noreply@anthr\u043Epic.com", "Add page\n"));
        assertThat(identity.evidence()).extracting(Evidence::ruleId).containsExactly("ID-01",
                Detector.EVASION_RULE_ID);
        assertThat(identity.evidence().get(0).value()).isEqualTo("noreply@anthr\u043Epic.com");
        CommitAssessment body = DETECTOR.assess(message("Add flags\n\n\uD83E\uDD16 Generated with [\u0421laude Code]"
                + "(https://claude.ai/code)\n"));
        assertThat(body.evidence()).extracting(Evidence::ruleId).containsExactly("BD-01", Detector.EVASION_RULE_ID);
        assertThat(body.evidence().get(0).value()).contains("\u0421laude Code");
    }

    @Test
    void lookAlikeBranchAndPullRequestAuthor() {
        CommitAssessment assessment = DETECTOR.assess(message("Fix (#9)"), List.of(pullRequest("\u0421opilot",
                "c\u043Epilot/fix-9", "Fix", "", List.of())));
        assertThat(assessment.evidence()).extracting(Evidence::ruleId).contains("PR-01", "BR-01",
                Detector.EVASION_RULE_ID);
    }

    @Test
    void plainNonAsciiTextIsNotEvasion() {
        assertThat(DETECTOR.assess(message("修复：缓存失效\n\n说明：见文档。\n\n审核：张三\n")).evidence()).isEmpty();
        assertThat(DETECTOR.assess(by("Zoë Ångström", "zoe@example.se", "Ünïcödé ✓ naïve café\n")).evidence())
                .isEmpty();
        CommitAssessment emoji = DETECTOR.assess(message("Add flags\n\n\uD83E\uDD16 Generated with [Claude Code]"
                + "(https://claude.com/claude-code)\n"));
        assertThat(emoji.evidence()).extracting(Evidence::ruleId).containsExactly("BD-01");
    }

    @Test
    void caseOnlyDifferencesRespectCaseSensitiveRules() {
        // branch rules are case-sensitive; an upper-case variant is neither a match nor evasion
        assertThat(DETECTOR.assess(message("Merge pull request #3 from acme/COPILOT/fix\n")).evidence()).isEmpty();
        assertThat(DETECTOR.assess(by("Paul (AIDER)", "paul@example.org", "x")).evidence()).isEmpty();
    }

    @Test
    void evasionEvidenceCanBeDisabled() {
        Detector detector = Detector.create(DetectionSettings.builder().disable(Detector.EVASION_RULE_ID).build());
        assertThat(detector.assess(by("Claude", "noreply@anthr\u043Epic.com", "x")).evidence())
                .extracting(Evidence::ruleId).containsExactly("ID-01");
    }

    @Test
    void normalizerHandlesEachClass() {
        assertThat(TextNormalizer.normalize("\u0421laude")).isEqualTo("Claude");
        assertThat(TextNormalizer.normalize("Cl\u200Baude")).isEqualTo("Claude");
        assertThat(TextNormalizer.normalize("\uFF23laude")).isEqualTo("Claude");
        assertThat(TextNormalizer.normalize("\uD835\uDC02laude")).isEqualTo("Claude");
        assertThat(TextNormalizer.normalize("Co\u2011Authored\u2011By")).isEqualTo("Co-Authored-By");
        assertThat(TextNormalizer.normalize("ab\u00ADc")).isEqualTo("abc");
        String ascii = "plain ascii";
        assertThat(TextNormalizer.normalize(ascii)).isSameAs(ascii);
        assertThat(TextNormalizer.confusableCount()).isBetween(300, 3000);
    }
}
