package io.jenkins.plugins.aigate.core.detection;

import static io.jenkins.plugins.aigate.core.detection.Commits.authorCommitter;
import static io.jenkins.plugins.aigate.core.detection.Commits.by;
import static io.jenkins.plugins.aigate.core.detection.Commits.message;
import static io.jenkins.plugins.aigate.core.detection.Commits.pullRequest;
import static io.jenkins.plugins.aigate.core.detection.Commits.touching;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.core.commit.Commit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The false-positive traps of the signal catalogue: a gate that cries wolf on people gets switched off. */
class FalsePositiveTrapsTest {
    private static final Detector DETECTOR = Detector.withDefaults();

    private static List<Evidence> evidence(Commit commit) {
        return DETECTOR.assess(commit).evidence();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Devin Nusbaum <dwnusbaum@users.noreply.github.com>", "Devin Nusbaum <dnusbaum@cloudbees.com>",
        "Claude Warren <claude@apache.org>", "Claude Shannon <shannon@bell-labs.example>",
        "Jules Yzerd <newtonlormont@gmail.com>", "Cody Kociemba <cody@kociemba.org>", "Cody <cody@dkdc.dev>",
        "Claude Monet <monet@giverny.fr>", "Cursor Johnson <cj@example.net>", "Amp Kumar <amp@kumar.in>",
        "Gemini Rivera <gemini@rivera.es>", "Kiro Tanaka <kiro@tanaka.jp>"})
    void humansWithProductNamesAreNobody(String identity) {
        String name = identity.substring(0, identity.indexOf(" <"));
        String email = identity.substring(identity.indexOf('<') + 1, identity.length() - 1);
        assertThat(evidence(by(name, email, "Fix the CPS transformer\n\nCo-authored-by: " + identity + "\n")))
                .isEmpty();
        assertThat(evidence(message("Fix\n\nCo-authored-by: " + identity + "\nSigned-off-by: " + identity + "\n")))
                .isEmpty();
    }

    @Test
    void onlyTheExactAiderSuffixCounts() {
        assertThat(evidence(by("Amar Sood (tekacs)", "pkg@tekacs.com", "Add completion\n"))).isEmpty();
        assertThat(evidence(by("Paul Gauthier (aider) Jr", "paul@example.org", "x"))).isEmpty();
        assertThat(evidence(by("Paul Gauthier (aider)", "paul@aider.chat", "x"))).extracting(Evidence::ruleId)
                .containsExactly("ID-15");
    }

    @Test
    void ordinaryWordsAreNotMarkers() {
        assertThat(evidence(message("Fix cursor pagination in the codex loader\n\nThe gemini protocol handler "
                + "escaped &amp; twice; jules are energy units; copilot mode for the autopilot; devin is a name.\n")))
                .isEmpty();
        assertThat(evidence(message("Merge pull request #88 from github/copilot-toolset-refactor\n"))).isEmpty();
        assertThat(evidence(message("Merge pull request #89 from acme/cursor-pagination-fix\n"))).isEmpty();
        assertThat(evidence(message("Merge branch 'codexfix' into main\n"))).isEmpty();
        assertThat(evidence(message("Merge pull request #90 from acme/Copilot/upper-case\n"))).isEmpty();
    }

    @Test
    void aiToolingFilesAreOnlyWeak() {
        CommitAssessment assessment = DETECTOR.assess(touching("Update contributor guide\n", "CLAUDE.md",
                "AGENTS.md", ".cursor/rules/style.mdc"));
        assertThat(assessment.evidence()).extracting(Evidence::ruleId).containsExactly("TR-02");
        assertThat(assessment.aiAssisted()).isFalse();
        assertThat(evidence(touching("Docs\n", "docs/claude-shannon.md", "src/cursor/Pager.java"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"- ", "> ", "* ", "+ ", "1. ", "2) ", ">> ", "> > ", "    ", "\t", "| "})
    void quotedListedAndCodeTrailersAreIgnored(String prefix) {
        String message = "Document attribution\n\nOur AGENTS.md tells agents to add:\n\n" + prefix
                + "Co-Authored-By: Claude <noreply@anthropic.com>\n\nSee the guide.\n";
        assertThat(evidence(message(message))).isEmpty();
        String last = "Document attribution\n\n" + prefix + "Co-Authored-By: Claude <noreply@anthropic.com>\n";
        assertThat(evidence(message(last))).isEmpty();
    }

    @Test
    void fencedCodeAndInlineCodeAreIgnored() {
        assertThat(evidence(message("Docs\n\n```\nCo-Authored-By: Claude <noreply@anthropic.com>\n```\n\nDone.\n")))
                .isEmpty();
        assertThat(evidence(message("Docs\n\n~~~text\nCo-authored-by: Cursor <cursoragent@cursor.com>\n~~~\n")))
                .isEmpty();
        assertThat(evidence(message("Docs: explain `Co-authored-by: Codex <noreply@openai.com>` lines\n\nMore.\n")))
                .isEmpty();
    }

    @Test
    void cherryPickedAiCommitStillCounts() {
        CommitAssessment assessment = DETECTOR.assess(message("Fix overflow\n\nLonger explanation.\n\n"
                + "Co-Authored-By: Claude <noreply@anthropic.com>\n"
                + "(cherry picked from commit 0123456789abcdef0123456789abcdef01234567)\n"));
        assertThat(assessment.evidence()).extracting(Evidence::ruleId, Evidence::confidence)
                .contains(org.assertj.core.groups.Tuple.tuple("CA-01", Confidence.DEFINITIVE));
    }

    @Test
    void revertsOfAiCommitsCarryNoMarkers() {
        assertThat(evidence(message("Revert \"Add flags\"\n\nThis reverts commit "
                + "0123456789abcdef0123456789abcdef01234567.\n"))).isEmpty();
        assertThat(evidence(message("Revert \"Add flags (#12)\"\n\nReverts acme/app#12\n"))).isEmpty();
        // a revert an agent opened is still the agent's change
        CommitAssessment agentRevert = DETECTOR.assess(message("Revert \"Add flags (#12)\" (#13)\n\nReverts acme/app#12\n"),
                List.of(pullRequest("Copilot", "copilot/revert-12", "Revert \"Add flags\"", "", List.of())));
        assertThat(agentRevert.aiAssisted()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Co-Authored-By: Claude <noreply@anthropic.com>", "co-authored-by: claude <NOREPLY@ANTHROPIC.COM>",
        "Co-authored-By: Claude <noreply@anthropic.com>", "Co-authored-by : Claude <noreply@anthropic.com>",
        "Co-authored-by:\tClaude\t<noreply@anthropic.com>", "Co-authored-by: Claude noreply@anthropic.com",
        "Co-authored-by: Co-authored-by: Claude <noreply@anthropic.com>", "CO-AUTHORED-BY:Claude<noreply@anthropic.com>"})
    void caseAndWhitespaceVariantsStillMatchWithoutEvasion(String trailer) {
        CommitAssessment assessment = DETECTOR.assess(message("Fix\n\n" + trailer + "\n"));
        assertThat(assessment.aiAssisted()).as(assessment.toString()).isTrue();
        assertThat(assessment.evidence()).extracting(Evidence::ruleId).contains("CA-01")
                .doesNotContain(Detector.EVASION_RULE_ID);
    }

    @Test
    void missingAngleBracketsFromOpenHands() {
        assertThat(evidence(message("Fix\n\nCo-authored-by: OpenHands-GPT-5 openhands@all-hands.dev\n")))
                .extracting(Evidence::ruleId).contains("CA-12");
    }

    @Test
    void selfDeclaredIdentitiesAreStrongNotDefinitive() {
        for (String[] identity : new String[][] {{"Claude AGI", "claude-agi@example.com"},
            {"Claude Code Developer", "developer@example.com"}, {"Codex", "codex@local"},
            {"Gemini CLI", "bot@moonmind.test"}}) {
            CommitAssessment assessment = DETECTOR.assess(by(identity[0], identity[1], "Implement plan\n"));
            assertThat(assessment.evidence()).as(identity[0]).extracting(Evidence::ruleId, Evidence::confidence)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ID-18", Confidence.STRONG));
        }
        assertThat(evidence(by("Ada Example", "ada@example.org", "x"))).isEmpty();
        assertThat(evidence(by("Claude Warren", "claude@example.com", "x"))).isEmpty();
    }

    @Test
    void humansCoAuthoredByAgentsAreNotEvidence() {
        CommitAssessment agent = DETECTOR.assess(authorCommitter("copilot-swe-agent[bot]",
                "198982749+Copilot@users.noreply.github.com", "GitHub", "noreply@github.com",
                "Fix login\n\nCo-authored-by: GoodshytGroup <271941481+GoodshytGroup@users.noreply.github.com>\n"));
        assertThat(agent.evidence()).extracting(Evidence::ruleId).containsExactly("ID-04");
        assertThat(evidence(message("Fix\n\nCo-authored-by: GoodshytGroup "
                + "<271941481+GoodshytGroup@users.noreply.github.com>\n"))).isEmpty();
        assertThat(evidence(by("claude[bot]", "41898282+claude[bot]@users.noreply.github.com",
                "Fix\n\nCo-authored-by: Ada <1234+ada@users.noreply.github.com>\n"))).extracting(Evidence::ruleId)
                .containsExactly("ID-02");
    }

    @Test
    void aiReviewsAreNotAuthorship() {
        assertThat(evidence(message("Address review comments from copilot-pull-request-reviewer[bot]\n\n"
                + "Thanks @gemini-code-assist[bot] and @coderabbitai[bot] for the review.\n\n"
                + "Reviewed-by: Copilot <175728472+Copilot@users.noreply.github.com>\n"))).isEmpty();
    }

    @Test
    void nonAiBotsAreNotAi() {
        assertThat(evidence(by("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com",
                "Bump junit from 5.10 to 5.11\n\nSigned-off-by: dependabot[bot] <support@github.com>\n"))).isEmpty();
        assertThat(evidence(by("renovate[bot]", "29139614+renovate[bot]@users.noreply.github.com", "Update deps")))
                .isEmpty();
        assertThat(evidence(by("github-actions[bot]", "41898282+github-actions[bot]@users.noreply.github.com",
                "Update changelog"))).isEmpty();
        assertThat(evidence(by("github-actions[bot]", "github-actions[bot]@users.noreply.github.com", "x")))
                .isEmpty();
        assertThat(evidence(by("gemini-cli-robot", "gemini-cli-robot@google.com", "chore(release): v1.2.3")))
                .isEmpty();
        // the same numeric id with claude-code-action's slug is the agent
        assertThat(evidence(by("claude[bot]", "41898282+claude[bot]@users.noreply.github.com", "x")))
                .extracting(Evidence::ruleId).containsExactly("ID-02");
    }

    @Test
    void weakEvidenceIsReportedButDoesNotFlag() {
        CommitAssessment assessment = DETECTOR.assess(message("Fix\n\nCo-authored-by: Claude <claude@personal.example>\n"));
        assertThat(assessment.evidence()).extracting(Evidence::ruleId, Evidence::confidence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CA-22", Confidence.WEAK));
        assertThat(assessment.aiAssisted()).isFalse();
        Detector strict = Detector.create(DetectionSettings.builder().flagThreshold(Confidence.WEAK).build());
        assertThat(strict.assess(assessment.commit()).aiAssisted()).isTrue();
    }
}
