package io.jenkins.plugins.aigate.core.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Identities that are tools, recognised without a list of every tool, on real commits. */
class BotIdentityTest {
    private static final Detector DETECTOR = Detector.withDefaults();
    private static final String NOREPLY = "@users.noreply.github.com";

    @RegisterExtension
    static final ScratchRepository REPO = new ScratchRepository();

    private static String commitAs(String name, String email, String message) {
        return REPO.commitAs(name, email, message);
    }

    private static CommitAssessment assess(Detector detector, String id) {
        return RepositoryCommits.assess(detector, REPO.repo(), id);
    }

    @Test
    void aiNamedBotsAreAiAssisted() {
        // an AI reviewer's suggestion committed as a co-author, an unknown agent's app as author
        CommitAssessment reviewer = assess(DETECTOR, commitAs("Ada", "ada@lovelace.dev", "Apply suggestion\n\n"
                + "Co-authored-by: acme-code-review[bot] <4242+acme-code-review[bot]" + NOREPLY + ">\n"));
        assertThat(reviewer.evidence()).extracting(Evidence::ruleId, Evidence::confidence)
                .containsExactly(tuple("BT-01", Confidence.STRONG));
        assertThat(reviewer.aiAssisted()).isTrue();
        CommitAssessment agent = assess(DETECTOR, commitAs("nimbus-agent[bot]", "777+nimbus-agent[bot]" + NOREPLY,
                "Implement task\n"));
        assertThat(agent.evidence()).extracting(Evidence::ruleId).containsExactly("BT-01");
        CommitAssessment rabbit = assess(DETECTOR, commitAs("coderabbitai[bot]", "136622811+coderabbitai[bot]"
                + NOREPLY, "Docstrings\n"));
        assertThat(rabbit.evidence()).extracting(Evidence::ruleId).containsExactly("BT-01");
    }

    @Test
    void unknownBotsAreWeakAndKnownAutomationIsNothing() {
        CommitAssessment unknown = assess(DETECTOR, commitAs("acme-helper[bot]", "99+acme-helper[bot]" + NOREPLY,
                "Regenerate files\n"));
        assertThat(unknown.evidence()).extracting(Evidence::ruleId, Evidence::confidence)
                .containsExactly(tuple("ID-19", Confidence.WEAK));
        assertThat(unknown.aiAssisted()).isFalse();
        for (String login : List.of("dependabot", "renovate", "github-actions", "autofix-ci", "pre-commit-ci")) {
            assertThat(assess(DETECTOR, commitAs(login + "[bot]", "1+" + login + "[bot]" + NOREPLY, "Bump x\n"))
                    .evidence()).as(login).isEmpty();
        }
        // "mail" holds "ai" but is no word of AI vocabulary
        assertThat(assess(DETECTOR, commitAs("mail-sync[bot]", "5+mail-sync[bot]" + NOREPLY, "Sync\n")).evidence())
                .extracting(Evidence::ruleId).containsExactly("ID-19");
    }

    @Test
    void administratorsExtendTheNonAiList() {
        String id = commitAs("acme-helper[bot]", "99+acme-helper[bot]" + NOREPLY, "Regenerate files\n\n"
                + "Co-authored-by: acme-helper[bot] <99+acme-helper[bot]" + NOREPLY + ">\n");
        assertThat(assess(DETECTOR, id).evidence()).isNotEmpty();
        Detector extended = Detector.create(DetectionSettings.builder().nonAiBots(List.of("acme-helper[bot]", " "))
                .build());
        assertThat(extended.settings().nonAiBots()).containsExactly("acme-helper");
        assertThat(assess(extended, id).evidence()).isEmpty();
        // an AI-named bot the administrator declares non-AI is no longer reported either
        String review = commitAs("acme-review[bot]", "98+acme-review[bot]" + NOREPLY, "Fix\n");
        assertThat(assess(Detector.create(DetectionSettings.builder().nonAiBots(List.of("acme-review")).build()),
                review).evidence()).isEmpty();
    }

    @Test
    void vendorNoReplyAddresses() {
        CommitAssessment vendor = assess(DETECTOR, commitAs("Ada", "ada@lovelace.dev", "Fix\n\n"
                + "Co-authored-by: Kimi <noreply@moonshot.ai>\n"));
        assertThat(vendor.evidence()).extracting(Evidence::ruleId).containsExactly("BT-03");
        assertThat(vendor.aiAssisted()).isTrue();
        CommitAssessment unknown = assess(DETECTOR, commitAs("Nightly", "noreply@acme.example", "Regenerate\n"));
        assertThat(unknown.evidence()).extracting(Evidence::ruleId, Evidence::confidence)
                .containsExactly(tuple("BT-04", Confidence.WEAK));
        // GitHub's own web-flow committer is not a tool
        REPO.repo().write("file.txt", "by hand\n");
        String web = REPO.repo().commitAs("Ada", "ada@lovelace.dev", "GitHub", "noreply@github.com", "Squash (#3)\n");
        assertThat(assess(DETECTOR, web).evidence()).isEmpty();
    }

    @Test
    void namesWithAModelOrAProductRole() {
        assertThat(assess(DETECTOR, commitAs("Bob Dev (gpt-5.1-codex)", "bob@acme.example", "Fix\n")).evidence())
                .extracting(Evidence::ruleId, Evidence::confidence).containsExactly(tuple("BT-05", Confidence.STRONG));
        assertThat(assess(DETECTOR, commitAs("Ada", "ada@lovelace.dev", "Fix\n\nCo-authored-by: Ada Bot "
                + "(claude-sonnet-4-20250514) <ada-bot@acme.example>\n")).evidence()).extracting(Evidence::ruleId)
                .containsExactly("BT-05");
        assertThat(assess(DETECTOR, commitAs("GitHub Copilot", "copilot@acme.dev", "Fix\n")).evidence())
                .extracting(Evidence::ruleId).containsExactly("BT-06");
        assertThat(assess(DETECTOR, commitAs("Gemini CLI", "gem@acme.dev", "Fix\n")).evidence())
                .extracting(Evidence::ruleId).containsExactly("BT-06");
        assertThat(assess(DETECTOR, commitAs("Nimbus Agent", "nimbus@acme.example", "Fix\n")).evidence())
                .extracting(Evidence::ruleId, Evidence::confidence).containsExactly(tuple("BT-07", Confidence.WEAK));
        // people and automation that only look like it
        for (String name : List.of("Amar Sood (tekacs)", "Release Agent", "Build Agent", "Devin Nusbaum",
                "Claude Warren", "Jenkins Assistant")) {
            assertThat(assess(DETECTOR, commitAs(name, "person@acme.example", "Fix\n")).evidence()).as(name)
                    .isEmpty();
        }
    }

    @Test
    void aidersCommitterMarkIsStrongAndSaysWhy() {
        REPO.repo().write("file.txt", "by hand\n");
        String id = REPO.repo().commitAs("Paul Gauthier", "paul@aider.chat", "Paul Gauthier (aider)", "paul@aider.chat",
                "wip: user edits\n");
        CommitAssessment assessment = assess(DETECTOR, id);
        assertThat(assessment.evidence()).extracting(Evidence::ruleId, Evidence::confidence)
                .containsExactly(tuple("ID-16", Confidence.STRONG));
        assertThat(assessment.evidence().get(0).tool()).contains("cannot tell whose content").contains("fails closed");
        assertThat(assessment.aiAssisted()).isTrue();
    }
}
