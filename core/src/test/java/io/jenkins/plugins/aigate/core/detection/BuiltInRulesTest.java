package io.jenkins.plugins.aigate.core.detection;

import static io.jenkins.plugins.aigate.core.detection.Commits.HUMAN;
import static io.jenkins.plugins.aigate.core.detection.Commits.HUMAN_EMAIL;
import static io.jenkins.plugins.aigate.core.detection.Commits.authorCommitter;
import static io.jenkins.plugins.aigate.core.detection.Commits.by;
import static io.jenkins.plugins.aigate.core.detection.Commits.message;
import static io.jenkins.plugins.aigate.core.detection.Commits.pullRequest;
import static io.jenkins.plugins.aigate.core.detection.Commits.touching;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One realistic positive case for every row of the built-in table. */
class BuiltInRulesTest {
    private static final Detector DETECTOR = Detector.withDefaults();
    private static final Map<String, Example> EXAMPLES = new LinkedHashMap<>();

    /** A commit (and maybe a pull request) on which a rule must fire, reporting {@code field}. */
    private static final class Example {
        final Commit commit;
        final PullRequest pullRequest;
        final String field;

        Example(Commit commit, PullRequest pullRequest, String field) {
            this.commit = commit;
            this.pullRequest = pullRequest;
            this.field = field;
        }
    }

    private static void commit(String id, String field, Commit commit) {
        EXAMPLES.put(id, new Example(commit, null, field));
    }

    private static void pr(String id, String field, PullRequest pullRequest) {
        EXAMPLES.put(id, new Example(message("Squashed change (#42)"), pullRequest, field));
    }

    private static String coAuthored(String trailer) {
        return "Improve retry handling\n\nRetries now back off exponentially.\n\nCo-authored-by: " + trailer + "\n";
    }

    static {
        commit("ID-01", "authorEmail", by("Claude", "noreply@anthropic.com", "Add webpage\n"));
        commit("ID-02", "authorEmail", by("claude[bot]", "41898282+claude[bot]@users.noreply.github.com",
                "Fix flaky test\n\nCo-authored-by: ada <123+ada@users.noreply.github.com>\n"));
        commit("ID-03", "authorEmail", authorCommitter("anthropic-code-agent[bot]",
                "242468646+Claude@users.noreply.github.com", "GitHub", "noreply@github.com",
                "Refactor parser\n\nAgent-Logs-Url: https://github.com/o/r/sessions/not-a-uuid\n"));
        commit("ID-04", "authorEmail", authorCommitter("copilot-swe-agent[bot]",
                "198982749+Copilot@users.noreply.github.com", "GitHub", "noreply@github.com", "Fix the bug\n"));
        commit("ID-05", "authorEmail", by("Cursor Agent", "cursoragent@cursor.com", "Summarise pull request\n"));
        commit("ID-06", "authorEmail", authorCommitter("google-labs-jules[bot]",
                "161369871+google-labs-jules[bot]@users.noreply.github.com", HUMAN, HUMAN_EMAIL, "⚡ Optimize loop\n"));
        commit("ID-07", "authorEmail", by("Devin AI", "158243242+devin-ai-integration[bot]@users.noreply.github.com",
                "Speed up rebase hooks\n"));
        commit("ID-08", "authorEmail", authorCommitter("amazon-q-developer[bot]",
                "208079219+amazon-q-developer[bot]@users.noreply.github.com", "GitHub", "noreply@github.com",
                "Fix issue 3\n"));
        commit("ID-09", "authorEmail", by("Kiro Agent", "244629292+kiro-agent@users.noreply.github.com",
                "Implement spec\n"));
        commit("ID-10", "authorEmail", by("factory-droid[bot]",
                "138933559+factory-droid[bot]@users.noreply.github.com", "Add CI step\n"));
        commit("ID-11", "authorEmail", by("gemini-cli[bot]", "218312386+gemini-cli[bot]@users.noreply.github.com",
                "Metrics updates\n"));
        commit("ID-12", "authorEmail", by("openhands", "openhands@all-hands.dev", "Fix the resolver\n"));
        commit("ID-13", "committerEmail", authorCommitter(HUMAN, HUMAN_EMAIL, "Codex", "codex@openai.com",
                "Add feature flag\n"));
        commit("ID-14", "authorEmail", by("Codex Snapshot", "snapshot@codex.local", "codex snapshot"));
        commit("ID-15", "authorName", by("Paul Gauthier (aider)", "paul@aider.chat", "Add --dry-run\n"));
        commit("ID-16", "committerName", authorCommitter("Paul Gauthier", "paul@aider.chat",
                "Paul Gauthier (aider)", "paul@aider.chat", "wip: user edits\n"));
        pr("ID-17", "prAuthor", pullRequest("sweep-ai[bot]", "sweep/fix-readme", "Fix README", "", List.of()));
        commit("ID-18", "authorName", by("Claude AGI", "claude-agi@example.com", "Implement the plan\n"));
        commit("ID-19", "authorEmail", by("acme-helper[bot]", "99999+acme-helper[bot]@users.noreply.github.com",
                "Regenerate files\n"));
        commit("CA-01", "coAuthorEmail", message(coAuthored("Claude Sonnet 5 <noreply@anthropic.com>")));
        commit("CA-02", "coAuthorEmail", message(coAuthored("aider (gpt-5.4) <aider@aider.chat>")));
        commit("CA-02N", "coAuthorName", message(coAuthored("aider (gemini/gemini-2.5-pro) <ada@example.org>")));
        commit("CA-03", "coAuthorEmail", message(coAuthored("Copilot App <223556219+Copilot@users.noreply.github.com>")));
        commit("CA-04", "coAuthorEmail", message(coAuthored("Copilot <198982749+Copilot@users.noreply.github.com>")));
        commit("CA-05", "coAuthorEmail", message("Apply suggestion\n\nCo-authored-by: Copilot "
                + "<175728472+Copilot@users.noreply.github.com>\n"));
        commit("CA-06", "coAuthorEmail", message("Potential fix for code scanning alert no. 12: Log injection\n\n"
                + "Co-authored-by: Copilot Autofix powered by AI "
                + "<62310815+github-advanced-security[bot]@users.noreply.github.com>\n"));
        commit("CA-07", "coAuthorEmail", message(coAuthored("Copilot <copilot@github.com>")));
        commit("CA-08", "coAuthorEmail", message(coAuthored("Cursor <cursoragent@cursor.com>")));
        commit("CA-09", "coAuthorEmail", message(coAuthored("Codex <noreply@openai.com>")));
        commit("CA-10", "coAuthorEmail", message(coAuthored("Codex <codex@openai.com>")));
        commit("CA-11", "coAuthorEmail", message("Add cache\n\nCo-authored-by: Amp <amp@ampcode.com>\n"
                + "Amp-Thread-ID: https://ampcode.com/threads/T-5f0b1b1e-0000-4000-8000-000000000000\n"));
        commit("CA-12", "coAuthorEmail", message(coAuthored("openhands <openhands@all-hands.dev>")));
        commit("CA-13", "coAuthorEmail", message(coAuthored(
                "google-labs-jules[bot] <161369871+google-labs-jules[bot]@users.noreply.github.com>")));
        commit("CA-14", "coAuthorEmail", message(coAuthored(
                "devin-ai-integration[bot] <158243242+devin-ai-integration[bot]@users.noreply.github.com>")));
        commit("CA-15", "coAuthorEmail", message("Apply suggestion from @gemini-code-assist[bot]\n\n"
                + "Co-authored-by: gemini-code-assist[bot] "
                + "<176961590+gemini-code-assist[bot]@users.noreply.github.com>\n"));
        commit("CA-16", "coAuthorEmail", message(coAuthored("Qwen-Coder <qwen-coder@alibabacloud.com>")));
        commit("CA-17", "coAuthorEmail", message(coAuthored(
                "factory-droid[bot] <138933559+factory-droid[bot]@users.noreply.github.com>")));
        commit("CA-18", "coAuthorEmail", message(coAuthored("Kiro Agent <244629292+kiro-agent@users.noreply.github.com>")));
        commit("CA-19", "coAuthorEmail", message("Fix layout\n\nCo-Authored-By: Firebender <help@firebender.com>\n"));
        commit("CA-20", "coAuthorEmail", message(coAuthored("Roomote <roomote@roocode.com>")));
        commit("CA-21a", "coAuthorEmail", message(coAuthored("Junie <junie@jetbrains.com>")));
        commit("CA-21b", "coAuthorEmail", message(coAuthored("Windsurf <noreply@codeium.com>")));
        commit("CA-21c", "coAuthorEmail", message(coAuthored("Cline <noreply@cline.bot>")));
        commit("CA-21d", "coAuthorEmail", message(coAuthored("Goose <opensource@block.xyz>")));
        commit("CA-21e", "coAuthorEmail", message(coAuthored("Amazon Q Developer <noreply@amazon.com>")));
        commit("CA-21f", "coAuthorEmail", message(coAuthored("Gemini CLI Agent <gemini-cli-agent@google.com>")));
        commit("CA-21g", "coAuthorEmail", message(coAuthored("opencode <noreply@opencode.ai>")));
        commit("CA-21h", "coAuthorEmail", message(coAuthored("Pi <noreply@pi.dev>")));
        commit("CA-22", "coAuthorName", message(coAuthored("Gemini CLI <bot@moonmind.test>")));
        commit("CA-22V", "coAuthorName", message(coAuthored("GPT-5 Codex <gpt@openai.com>")));
        commit("TK-01", "trailer:Claude-Session", message("Add tool docs\n\n"
                + "Co-Authored-By: Claude Fable 5 <noreply@anthropic.com>\n"
                + "Claude-Session: https://claude.ai/code/session_01Ff8YDXkcySZpDBVbHkEtu5\n"));
        commit("TK-02", "message", message("Fix permission mode casing\n\n"
                + "https://claude.ai/code/session_013tSqR2D9mABudqw9vTJ6Uo\n"));
        commit("TK-03", "trailer:Agent-Logs-Url", message("Fix typo\n\nAgent-Logs-Url: https://github.com/acme/app/"
                + "sessions/2abfa615-1c2d-4e5f-8a9b-0c1d2e3f4a5b\n\nCo-authored-by: ada <1+ada@users.noreply.github.com>"
                .replace("\n\nCo-authored-by", "\nCo-authored-by")));
        commit("TK-04", "trailer:Copilot-Session", message("Tidy imports\n\n"
                + "Copilot-Session: 6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f\n"));
        commit("BT-01", "coAuthorEmail", message(coAuthored(
                "acme-code-review[bot] <4242+acme-code-review[bot]@users.noreply.github.com>")));
        commit("BT-02", "authorName", by("coderabbitai[bot]", "robot@example.net", "Apply review suggestions\n"));
        commit("BT-03", "coAuthorEmail", message(coAuthored("Kimi <noreply@moonshot.ai>")));
        commit("BT-04", "authorEmail", by("Nightly", "noreply@acme.example", "Update generated sources\n"));
        commit("BT-05", "authorName", by("Bob Dev (gpt-5.1-codex)", "bob@acme.example", "Fix parser\n"));
        commit("BT-06", "committerName", authorCommitter(HUMAN, HUMAN_EMAIL, "Qwen Code Agent", "qa@acme.example",
                "Refactor store\n"));
        commit("BT-07", "authorName", by("Nimbus Agent", "nimbus@acme.example", "Implement task 12\n"));
        commit("DA-01", "message", message("Add cache\n\nAI-Tool: in-house-agent 2.1\nReviewed-by: Ada\n\nMore text\n"));
        commit("DA-02", "message", message("Add retry\n\nThe retry loop was implemented with an AI loop and"
                + " reviewed by hand.\n"));
        commit("DA-03", "message", message("Port the parser\n\nDone with some help from Gemini 2.5 Pro.\n"));
        pr("DA-04", "prBody", pullRequest("ada", "feature/p", "Parser", "Claude wrote this, I reviewed it.",
                List.of()));
        commit("DA-05", "message", message("Rewrite lexer\n\nI let Opus write the code, then trimmed it.\n"));
        pr("DA-06", "prBody", pullRequest("ada", "feature/q", "Q", "## Checklist\n- [x] Tests pass\n"
                + "- [x] This PR contains AI-generated code\n", List.of()));
        commit("DA-07", "message", message("Add exporter\n\nThis change was largely AI-generated.\n"));
        commit("DA-08", "message", message("Add exporter\n\n\uD83E\uDD16 Generated with [Nimbus](https://nimbus.example)\n"));
        commit("DA-09", "message", message("Add exporter\n\nGenerated with Nimbus\n"));
        commit("TK-05", "trailer:Amp-Thread-ID", message("Fix build\n\n"
                + "Amp-Thread-ID: https://ampcode.com/threads/T-0a1b2c3d-0000-4000-8000-000000000000\n"));
        commit("TK-06", "trailer:Replit-Commit-Author", message("Published your App\n\n"
                + "Replit-Commit-Author: Agent\nReplit-Commit-Session-Id: 0f1e2d3c-0000-4000-8000-000000000000\n"));
        commit("TK-07", "trailer:Assisted-by", message("mm: fix race in page cache\n\nThe lock was taken late.\n\n"
                + "Assisted-by: Claude:claude-3-opus coccinelle sparse\nSigned-off-by: Ada <ada@kernel.example>\n"));
        commit("TK-08", "trailer:Generated-by", message("Add settings page\n\nGenerated-By: PostHog Desktop\n"
                + "Task-Id: 3b2a1c0d-0000-4000-8000-000000000000\n"));
        commit("TK-09", "trailer:Made-with", message("Fix lint\n\nMade-with: Cursor\n"));
        commit("TK-11", "trailer:Entire-Checkpoint", message("Checkpoint\n\nEntire-Checkpoint: 7d3f\n"));
        commit("BD-01", "message", message("Add flags\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)"
                + "\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n"));
        commit("BD-02", "message", message("Add hooks\n\nGenerated with [Devin](https://cli.devin.ai/docs)\n"));
        commit("BD-03", "message", message("feat: cache parts-engine queries (#839)\n\n## Summary\n- cache\n\n"
                + "------\nhttps://chatgpt.com/codex/tasks/task_e_68a1b2c3d4e5f60718293a4b5c6d7e8f\n"));
        commit("BD-04", "message", message("Flight controller (#4)\n\n"
                + "Link to Devin run: https://app.devin.ai/sessions/0123456789abcdef0123456789abcdef\n"
                + "Requested by: Ada (@ada)\n"));
        pr("BD-05", "prBody", pullRequest("ada", "cursor/pull-request-426-summary-80e6", "Summary",
                "Adds a summary.\n\n<a href=\"https://cursor.com/background-agent?bcId=bc-1234\">Open in Cursor</a>",
                List.of()));
        pr("BD-06", "prBody", pullRequest("ada", "fix/ui", "Fix UI", "Fixes the UI.\n\nMade with [Cursor](https://cursor.com)",
                List.of()));
        commit("BD-07", "subject", authorCommitter("Copilot", "198982749+Copilot@users.noreply.github.com", "GitHub",
                "noreply@github.com", "Initial plan"));
        commit("BD-08", "subject", message("Potential fix for pull request finding\n\n"
                + "Co-authored-by: Ada <ada@lovelace.dev>\n"));
        commit("BD-09", "subject", message("aider: chore: bump version\n"));
        pr("BD-10", "prBody", pullRequest("ada", "docs", "Docs", "### <samp>🤖 Generated by Copilot at 1a2b3c4</samp>\n"
                + "Summary of changes", List.of()));
        commit("BD-11", "trailer:Replit-Commit-Session-Id", message("Saved progress\n\n"
                + "Replit-Commit-Session-Id: 0f1e2d3c-0000-4000-8000-000000000000\n"
                + "Replit-Commit-Checkpoint-Type: full_checkpoint\n"));
        commit("BD-12", "message", message("Apply suggestion from @Copilot\n\n"
                + "Co-authored-by: Ada <ada@lovelace.dev>\n"));
        pr("BD-13", "prBody", pullRequest("ada", "fix", "Fix", "Thread: https://ampcode.com/threads/T-abc", List.of()));
        commit("BR-01", "mergedBranch", message("Merge pull request #12 from acme/copilot/fix-login\n\nFix login\n"));
        pr("BR-02", "prHeadBranch", pullRequest("ada", "claude/issue-123-20250612-1530", "Fix #123", "", List.of()));
        pr("BR-03", "prHeadBranch", pullRequest("ada", "claude/add-joke-readme-3T29K", "Add joke", "", List.of()));
        commit("BR-04", "mergedBranch", message("Merge pull request #839 from tscircuit/codex/add-caching-support\n"));
        pr("BR-05", "prHeadBranch", pullRequest("ada", "cursor/pull-request-426-summary-80e6", "Summary", "",
                List.of()));
        commit("BR-06", "mergedBranch", message("Merge pull request #4 from Eshaank08/devin/1787422507-flight-controller"
                + "\n"));
        pr("BR-07", "prHeadBranch", pullRequest("ada", "openhands-fix-issue-77-try2", "Fix #77", "", List.of()));
        pr("BR-08", "prHeadBranch", pullRequest("ada", "Q-DEV-issue-5-1735600000", "Fix 5", "", List.of()));
        commit("BR-09", "mergedBranch", message("Merge branch 'kiro/spec-tasks'\n"));
        pr("PR-01", "prAuthor", pullRequest("Copilot", "copilot/fix-1", "Fix crash", "", List.of()));
        pr("PR-03", "prTitle", pullRequest("copilot-swe-agent[bot]", "feature/x", "[WIP] Fix crash", "", List.of()));
        pr("PR-06", "prLabel", pullRequest("ada", "feature/y", "Add y", "", List.of("enhancement", "AI-Generated")));
        pr("PR-07", "prLabel", pullRequest("ada", "feature/z", "Add z", "", List.of("codex")));
        commit("TR-01", "path", touching("Record traces\n", ".agent-trace/traces.jsonl", "src/Main.java"));
        commit("TR-02", "path", touching("Update agent instructions\n", "docs/guide.md", "CLAUDE.md"));
    }

    static Stream<Arguments> rules() {
        return BuiltInRules.all().stream().map(rule -> Arguments.of(rule.id(), rule));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void firesOnItsExample(String id, BuiltInRule rule) {
        Example example = EXAMPLES.get(id);
        assertThat(example).as("every built-in rule needs an example here").isNotNull();
        CommitAssessment assessment = assess(DETECTOR, example);
        assertThat(assessment.evidence()).as(assessment.toString())
                .anySatisfy(e -> {
                    assertThat(e.ruleId()).isEqualTo(id);
                    assertThat(e.confidence()).isEqualTo(rule.confidence());
                    assertThat(e.tool()).isEqualTo(rule.tool());
                    assertThat(e.field()).isEqualTo(example.field);
                    assertThat(e.provenance().isPresent()).isEqualTo(example.pullRequest != null);
                });
        assertThat(assessment.evidence()).as("no look-alike evasion in plain examples")
                .noneMatch(e -> e.ruleId().equals(Detector.EVASION_RULE_ID));
        assertThat(assessment.aiAssisted()).isEqualTo(assessment.evidence().stream()
                .anyMatch(e -> e.confidence() != Confidence.WEAK));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void disablingTheRuleSilencesIt(String id, BuiltInRule rule) {
        Detector detector = Detector.create(DetectionSettings.builder().disable(id).build());
        assertThat(assess(detector, EXAMPLES.get(id)).evidence()).extracting(Evidence::ruleId).doesNotContain(id);
    }

    @Test
    void everyExampleNamesARule() {
        Set<String> ids = new HashSet<>();
        BuiltInRules.all().forEach(rule -> ids.add(rule.id()));
        assertThat(ids).containsAll(EXAMPLES.keySet());
    }

    @Test
    void tableCoversEverySectionOfTheCatalogue() {
        List<String> prefixes = new ArrayList<>();
        BuiltInRules.all().forEach(rule -> prefixes.add(rule.id().substring(0, 3)));
        assertThat(prefixes).contains("ID-", "CA-", "TK-", "BD-", "BR-", "PR-", "TR-");
        assertThat(BuiltInRules.all()).hasSizeGreaterThan(80);
    }

    @Test
    void customLabelsReplaceTheDefaults() {
        Detector detector = Detector.create(DetectionSettings.builder().aiLabels(List.of("robot-made")).build());
        PullRequest labelled = pullRequest("ada", "feature/y", "Add y", "", List.of("Robot-Made"));
        PullRequest defaultLabel = pullRequest("ada", "feature/y", "Add y", "", List.of("ai-generated"));
        assertThat(detector.assess(message("x"), List.of(labelled)).evidence()).extracting(Evidence::ruleId)
                .containsExactly("PR-06");
        assertThat(detector.assess(message("x"), List.of(defaultLabel)).evidence()).isEmpty();
        Detector noLabels = Detector.create(DetectionSettings.builder().aiLabels(List.of()).build());
        assertThat(noLabels.assess(message("x"), List.of(defaultLabel)).evidence()).isEmpty();
    }

    private static CommitAssessment assess(Detector detector, Example example) {
        return example.pullRequest == null ? detector.assess(example.commit)
                : detector.assess(example.commit, List.of(example.pullRequest));
    }
}
