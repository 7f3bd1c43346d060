package io.jenkins.plugins.aigate.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.PersonIdent;
import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import io.jenkins.plugins.aigate.core.detection.Confidence;
import io.jenkins.plugins.aigate.core.detection.Evidence;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two report formats, fed directly; the scan command's tests cover them end to end over real repositories. */
class ScanReportTest {
    private static final String CLAUDE_ID = "1111111111111111111111111111111111111111";
    private static final String PLAIN_ID = "2222222222222222222222222222222222222222";
    private static final String WEAK_ID = "3333333333333333333333333333333333333333";

    private static final Evidence CLAUDE = new Evidence("CA-01", "Claude Code", Confidence.DEFINITIVE,
            "trailer:Co-authored-by", "Claude <noreply@anthropic.com>", null);
    private static final Evidence COPILOT = new Evidence("GH-02", "GitHub Copilot", Confidence.STRONG,
            "authorEmail", "198982749+Copilot@users.noreply.github.com", null);
    private static final Evidence WEAK = new Evidence("GEN-01", "unnamed AI tool", Confidence.WEAK, "message",
            "written with AI", null);

    private static Commit commit(String id, String message) {
        return Commit.builder(id).person(PersonIdent.of("Ada", "ada@example.org")).message(message).build();
    }

    private static void feed(ScanReport report) throws IOException {
        ScanTally tally = new ScanTally();
        feed(report, tally, commit(CLAUDE_ID, "Add retry\n\nCo-authored-by: Claude <noreply@anthropic.com>\n"),
                true, List.of(CLAUDE, COPILOT));
        feed(report, tally, commit(PLAIN_ID, "Fix typo\u001b[2K\u001b[31m\n"), false, List.of());
        feed(report, tally, commit(WEAK_ID, "Tidy\n\nwritten with AI\n"), false, List.of(WEAK));
        report.finish(tally);
    }

    private static void feed(ScanReport report, ScanTally tally, Commit commit, boolean flagged,
            List<Evidence> evidence) throws IOException {
        CommitAssessment assessment = new CommitAssessment(commit, evidence, Confidence.STRONG);
        assertThat(assessment.aiAssisted()).isEqualTo(flagged);
        tally.count(assessment);
        report.commit(assessment);
    }

    @Test
    void textListsOnlyFlaggedCommitsWithEvidenceAndASummary() throws IOException {
        StringWriter out = new StringWriter();
        feed(new TextScanReport(new PrintWriter(out), false));

        assertThat(out.toString()).isEqualTo(""
                + "AI 111111111111  Add retry\n"
                + "      Claude Code (definitive, CA-01) trailer:Co-authored-by: Claude <noreply@anthropic.com>\n"
                + "      GitHub Copilot (strong, GH-02) authorEmail: 198982749+Copilot@users.noreply.github.com\n"
                + "\n"
                + "3 commits read, 1 AI-assisted.\n"
                + "       1  Claude Code\n"
                + "       1  GitHub Copilot\n");
    }

    @Test
    void textWithAllListsEveryCommitAndNeutralisesCommitText() throws IOException {
        StringWriter out = new StringWriter();
        feed(new TextScanReport(new PrintWriter(out), true));

        assertThat(out.toString())
                .contains("AI 111111111111  Add retry\n")
                .contains("   222222222222  Fix typo\\x1B[2K\\x1B[31m\n")
                .contains("   333333333333  Tidy\n      unnamed AI tool (weak, GEN-01) message: written with AI\n")
                .doesNotContain("\u001b");
    }

    @Test
    void textOnEmptyRangeSaysSo() throws IOException {
        StringWriter out = new StringWriter();
        new TextScanReport(new PrintWriter(out), false).finish(new ScanTally());
        assertThat(out.toString()).isEqualTo("0 commits read, 0 AI-assisted.\n");
    }

    @Test
    void jsonFollowsTheContract() throws IOException {
        StringWriter out = new StringWriter();
        feed(new JsonScanReport(out));

        JsonNode root = new ObjectMapper().readTree(out.toString());
        JsonNode commits = root.get("commits");
        assertThat(commits).hasSize(3);
        assertThat(commits.get(0).get("id").asText()).isEqualTo(CLAUDE_ID);
        assertThat(commits.get(0).get("aiAssisted").asBoolean()).isTrue();
        JsonNode evidence = commits.get(0).get("evidence").get(0);
        assertThat(evidence.get("rule").asText()).isEqualTo("CA-01");
        assertThat(evidence.get("tool").asText()).isEqualTo("Claude Code");
        assertThat(evidence.get("confidence").asText()).isEqualTo("definitive");
        assertThat(evidence.get("field").asText()).isEqualTo("trailer:Co-authored-by");
        assertThat(evidence.get("value").asText()).isEqualTo("Claude <noreply@anthropic.com>");
        assertThat(commits.get(1).get("id").asText()).isEqualTo(PLAIN_ID);
        assertThat(commits.get(1).get("aiAssisted").asBoolean()).isFalse();
        assertThat(commits.get(1).get("evidence")).isEmpty();
        assertThat(commits.get(1).get("subject").asText()).isEqualTo("Fix typo\u001b[2K\u001b[31m");
        assertThat(commits.get(2).get("aiAssisted").asBoolean()).isFalse();
        assertThat(commits.get(2).get("evidence").get(0).get("confidence").asText()).isEqualTo("weak");

        JsonNode summary = root.get("summary");
        assertThat(summary.get("commitsRead").asLong()).isEqualTo(3);
        assertThat(summary.get("aiAssisted").asLong()).isEqualTo(1);
        assertThat(summary.get("tools").get("Claude Code").asLong()).isEqualTo(1);
        assertThat(summary.get("tools").get("GitHub Copilot").asLong()).isEqualTo(1);
        assertThat(summary.get("tools").has("unnamed AI tool")).isFalse();
    }

    @Test
    void jsonEscapesControlCharactersInStrings() throws IOException {
        StringWriter out = new StringWriter();
        feed(new JsonScanReport(out));
        assertThat(out.toString()).doesNotContain("\u001b").contains("Fix typo\\u001B[2K");
    }

    @Test
    void jsonOfAnEmptyRangeIsStillADocument() throws IOException {
        StringWriter out = new StringWriter();
        new JsonScanReport(out).finish(new ScanTally());
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("commits")).isEmpty();
        assertThat(root.get("summary").get("commitsRead").asLong()).isZero();
    }
}
