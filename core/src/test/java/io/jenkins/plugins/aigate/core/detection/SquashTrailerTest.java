package io.jenkins.plugins.aigate.core.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Squash-merge bodies (GitHub's {@code * subject}, body, trailers, then the next commit) made as real commits: a
 * trailer-shaped line of a squashed commit counts as much as one in the final block, except in code, quotes and
 * reverted-commit quotes.
 */
class SquashTrailerTest {
    private static final Detector DETECTOR = Detector.withDefaults();

    @RegisterExtension
    static final ScratchRepository REPO = new ScratchRepository();

    private static CommitAssessment commit(String message) {
        return REPO.commit(DETECTOR, message);
    }

    /** @return the rule ids and confidences of the evidence in {@code message}, committed and read back */
    private static List<Tuple> evidence(String message) {
        return commit(message).evidence().stream().map(e -> tuple(e.ruleId(), e.confidence())).toList();
    }

    @Test
    void githubSquashBodyKeepsEachCommitsTrailers() {
        CommitAssessment assessment = commit("Add exporter (#311)\n\n* Add exporter\n\nMade-with: Cursor\n\n"
                + "* Cover the empty case\n\nGenerated-By: PostHog Desktop\n\n* Fix lint\n\n---------\n\n"
                + "Co-authored-by: Ada <ada@lovelace.dev>\n");
        assertThat(assessment.evidence()).extracting(Evidence::ruleId, Evidence::confidence, Evidence::field)
                .contains(tuple("TK-09", Confidence.STRONG, "message"), tuple("TK-08", Confidence.STRONG, "message"));
        assertThat(assessment.aiAssisted()).isTrue();
    }

    @Test
    void gitlabAndGerritStyleBodies() {
        // GitLab: the squashed messages one after another, no list markers
        CommitAssessment gitlab = commit("Resolve \"Slow search\"\n\nAdd index\n\n"
                + "Co-authored-by: Claude <noreply@anthropic.com>\n\nTune query\n\nSee merge request acme/app!7\n");
        assertThat(gitlab.evidence()).extracting(Evidence::ruleId, Evidence::confidence)
                .contains(tuple("CA-01", Confidence.DEFINITIVE));
        // Gerrit: Change-Id blocks per squashed change
        CommitAssessment gerrit = commit("Squash: parser fixes\n\nFix lexer\n\nAssisted-by: Claude:claude-opus-4\n"
                + "Change-Id: I1234\n\nFix parser\n\nChange-Id: I5678\n");
        assertThat(gerrit.evidence()).extracting(Evidence::ruleId, Evidence::confidence)
                .contains(tuple("TK-07", Confidence.STRONG));
    }

    @Test
    void codeQuotesAndRevertedCommitsAreNotTrailers() {
        assertThat(commit("Document trailers\n\n```\nMade-with: Cursor\n```\n\nMore text.\n").evidence()).isEmpty();
        assertThat(commit("Document trailers\n\nExample:\n\n    Made-with: Cursor\n\nMore text.\n").evidence())
                .isEmpty();
        assertThat(commit("Reply to review\n\n> Made-with: Cursor\n> is that allowed?\n\nYes.\n").evidence())
                .isEmpty();
    }

    @Test
    void revertedCommitQuoteIsReadOneLevelLower() {
        CommitAssessment revert = commit("Revert exporter (#312)\n\n* Revert \"Add exporter\"\n\n"
                + "This reverts commit 0123456789abcdef0123456789abcdef01234567.\n\nOriginal commit message:\n"
                + "Add exporter\n\nMade-with: Cursor\n\n* Keep the docs\n\n---------\n\n"
                + "Co-authored-by: Ada <ada@lovelace.dev>\n");
        assertThat(revert.evidence()).extracting(Evidence::ruleId, Evidence::confidence)
                .containsExactly(tuple("TK-09", Confidence.WEAK));
        assertThat(revert.aiAssisted()).isFalse();
        // the next squashed commit after the quote is read in full again
        assertThat(evidence("Two changes (#313)\n\n* Revert \"Add exporter\"\n\n"
                + "This reverts commit 0123456789abcdef0123456789abcdef01234567.\n\nOriginal commit message:\n"
                + "Add exporter\n\n* Add importer\n\nMade-with: Cursor\n\n---------\n\n"
                + "Co-authored-by: Ada <ada@lovelace.dev>\n")).containsExactly(tuple("TK-09", Confidence.STRONG));
    }

    @Test
    void aRevertsOwnMarkerIsTheReverters() {
        assertThat(evidence("Revert \"Add exporter\"\n\n"
                + "This reverts commit 0123456789abcdef0123456789abcdef01234567.\n\nMade-with: Cursor\n\n"
                + "The exporter broke the nightly build.\n")).containsExactly(tuple("TK-09", Confidence.STRONG));
    }

    @Test
    void flattenedMentionStaysWeaker() {
        assertThat(evidence("Fix lint Made-with: Cursor and more")).containsExactly(tuple("TK-09", Confidence.WEAK));
    }
}
