package io.jenkins.plugins.aigate.core.detection;

import static io.jenkins.plugins.aigate.core.detection.Commits.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/** Trailers git does not report (mid-body, flattened) still count, one confidence level lower. */
class LooseTrailerTest {
    private static final Detector DETECTOR = Detector.withDefaults();

    @Test
    void flattenedOneLineMessage() {
        CommitAssessment assessment = DETECTOR.assess(message("Fix retry handling Co-authored-by: Claude "
                + "<noreply@anthropic.com> Claude-Session: https://claude.ai/code/session_01AbC"));
        assertThat(assessment.evidence()).extracting(Evidence::ruleId, Evidence::confidence, Evidence::field)
                .contains(tuple("CA-01", Confidence.STRONG, "message"), tuple("TK-01", Confidence.STRONG, "message"));
        assertThat(assessment.aiAssisted()).isTrue();
        assertThat(assessment.evidence().get(0).value()).startsWith("Fix retry handling Co-authored-by");
    }

    @Test
    void midBodyTrailerFollowedByProseKeepsItsConfidence() {
        CommitAssessment assessment = DETECTOR.assess(message("Add cache\n\nCo-authored-by: Cursor "
                + "<cursoragent@cursor.com>\n\nThe cache expires after a minute.\nMore prose here.\n"));
        assertThat(assessment.evidence()).extracting(Evidence::ruleId, Evidence::confidence)
                .containsExactly(tuple("CA-08", Confidence.DEFINITIVE));
    }

    @Test
    void midBodyTrailerAtALineStartCountsAsInTheBlock() {
        CommitAssessment assessment = DETECTOR.assess(message("Fix lint\n\nMade-with: Cursor\n\nTrailing prose.\n"));
        assertThat(assessment.evidence()).extracting(Evidence::ruleId, Evidence::confidence)
                .containsExactly(tuple("TK-09", Confidence.STRONG));
        assertThat(assessment.aiAssisted()).isTrue();
    }

    @Test
    void keyAfterOtherTextOnItsLineStaysOneLevelLower() {
        CommitAssessment assessment = DETECTOR.assess(message("Fix lint\n\nSee notes. Made-with: Cursor\n\nMore.\n"));
        assertThat(assessment.evidence()).extracting(Evidence::ruleId, Evidence::confidence)
                .containsExactly(tuple("TK-09", Confidence.WEAK));
        assertThat(assessment.aiAssisted()).isFalse();
    }

    @Test
    void squashBodyWithInnerTrailersCountsOncePerRule() {
        CommitAssessment assessment = DETECTOR.assess(message("Add abort support (#26595)\n\n"
                + "* Add abort support\n\n* Update FormFieldValidatorTest.java\n\nCo-authored-by: Copilot "
                + "<175728472+Copilot@users.noreply.github.com>\n\n---------\n\n"
                + "Co-authored-by: Kevin <kevin@Kevins-MacBook-Pro-3.local>\n"
                + "Co-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>\n"
                + "Co-authored-by: Tim Jacomb <timjacomb1@gmail.com>\n"));
        assertThat(assessment.evidence()).extracting(Evidence::ruleId, Evidence::confidence, Evidence::field)
                .containsExactly(tuple("CA-05", Confidence.DEFINITIVE, "coAuthorEmail"));
    }

    @Test
    void mentionedNameAndEmailComeFromTheSameLine() {
        // Goose needs its name and the Block address on one co-author line
        assertThat(DETECTOR.assess(message("x\n\nCo-authored-by: Ada <opensource@block.xyz>\nmore prose\n"
                + "Co-authored-by: Goose <goose@example.org>\n\ntrailing\n")).evidence()).extracting(Evidence::ruleId)
                .doesNotContain("CA-21d");
        assertThat(DETECTOR.assess(message("x\n\nCo-authored-by: Goose <opensource@block.xyz>\n\ntrailing\n"))
                .evidence()).extracting(Evidence::ruleId).contains("CA-21d");
    }

    @Test
    void coDevelopedByIsReadLikeCoAuthoredBy() {
        CommitAssessment assessment = DETECTOR.assess(message("mm: fix\n\nCo-developed-by: Claude "
                + "<noreply@anthropic.com>\nSigned-off-by: Ada <ada@kernel.example>\n"));
        assertThat(assessment.evidence()).extracting(Evidence::ruleId, Evidence::value)
                .contains(tuple("CA-01", "Co-developed-by: Claude <noreply@anthropic.com>"));
        assertThat(DETECTOR.assess(message("mm: fix\n\nCo-developed-by: Ada <ada@kernel.example>\n"
                + "Signed-off-by: Ada <ada@kernel.example>\n")).evidence()).isEmpty();
    }

    @Test
    void declarationsThatSayNoAreNotEvidence() {
        assertThat(DETECTOR.assess(message("x\n\nAi-assisted: false\nAssisted-by: none\n")).evidence()).isEmpty();
        assertThat(DETECTOR.assess(message("x\n\nAi-assisted: true\n")).evidence()).extracting(Evidence::ruleId)
                .containsExactly("DA-01");
        assertThat(DETECTOR.assess(message("x\n\nGenerated-by: PostHog Desktop\n")).evidence())
                .extracting(Evidence::ruleId).containsExactly("TK-08");
    }
}
