package io.jenkins.plugins.aigate.core.detection;

import static io.jenkins.plugins.aigate.core.detection.Commits.by;
import static io.jenkins.plugins.aigate.core.detection.Commits.message;
import static io.jenkins.plugins.aigate.core.detection.Commits.pullRequest;
import static io.jenkins.plugins.aigate.core.detection.Commits.touching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.jenkins.plugins.aigate.core.commit.Commit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomRuleTest {
    private static Detector with(CustomRule... rules) {
        return Detector.create(DetectionSettings.builder().customRules(List.of(rules)).build());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "authorName|^Robo Dev$", "authorEmail|@robots\\.acme\\.test$", "committerName|^Robo Dev$",
        "committerEmail|@robots\\.acme\\.test$", "subject|^Merge branch 'robo/", "message|(?m)^Robo-Run: \\d+$",
        "trailer:Robo-Run|^\\d+$", "coAuthorName|^Robo Dev$", "coAuthorEmail|^robo@robots\\.acme\\.test$",
        "mergedBranch|^robo/", "path|^generated/robo/"})
    void customRuleReadsEachCommitField(String field, String pattern) {
        Detector detector = with(new CustomRule("acme-robo", field, pattern, "Acme Robo", Confidence.STRONG));
        Commit commit = Commits.touching("x", "generated/robo/A.java");
        Commit robo = io.jenkins.plugins.aigate.core.commit.Commit.builder(Commits.nextId())
                .person(io.jenkins.plugins.aigate.core.commit.PersonIdent.of("Robo Dev", "robo@robots.acme.test"))
                .message("Merge branch 'robo/task-1'\n\nrobo: task\n\nRobo-Run: 17\n"
                        + "Co-authored-by: Robo Dev <robo@robots.acme.test>\n")
                .changedPath(io.jenkins.plugins.aigate.core.commit.ChangedPath.of(
                        io.jenkins.plugins.aigate.core.commit.ChangeType.ADDED, "generated/robo/A.java"))
                .build();
        CommitAssessment assessment = detector.assess(field.equals("path") ? commit : robo);
        assertThat(assessment.evidence()).extracting(Evidence::ruleId, Evidence::tool, Evidence::confidence,
                Evidence::field).contains(tuple("acme-robo", "Acme Robo", Confidence.STRONG,
                        Field.parse(field).name()));
        assertThat(detector.assess(message("plain human change\n")).evidence()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"prAuthor|^acme-robo\\[bot\\]$", "prHeadBranch|^robo/",
        "prTitle|^\\[robo\\]", "prBody|Run by Acme Robo", "prLabel|^robo$"})
    void customRuleReadsEachPullRequestField(String field, String pattern) {
        Detector detector = with(new CustomRule("acme-robo-pr", field, pattern, "Acme Robo", Confidence.DEFINITIVE));
        CommitAssessment assessment = detector.assess(message("x (#42)"), List.of(pullRequest("acme-robo[bot]",
                "robo/task", "[robo] task", "Run by Acme Robo", List.of("robo"))));
        assertThat(assessment.evidence()).extracting(Evidence::ruleId, Evidence::field)
                .containsExactly(tuple("acme-robo-pr", field));
        assertThat(assessment.evidence().get(0).provenance()).contains("pull request #42 "
                + "https://github.com/acme/app/pull/42");
    }

    @Test
    void customTrailerRuleAlsoReadsLooseMentions() {
        Detector detector = with(new CustomRule("robo-run", "trailer:Robo-Run", "\\d", "Acme Robo",
                Confidence.DEFINITIVE));
        CommitAssessment assessment = detector.assess(message("Fix Robo-Run: 12 and more text"));
        assertThat(assessment.evidence()).extracting(Evidence::ruleId, Evidence::confidence, Evidence::field)
                .containsExactly(tuple("robo-run", Confidence.STRONG, "message"));
    }

    @Test
    void validateReportsEveryProblem() {
        assertThat(new CustomRule("", "", "", "", null).validate()).extracting(RuleProblem::code).containsExactly(
                RuleProblem.Code.MISSING_NAME, RuleProblem.Code.MISSING_FIELD, RuleProblem.Code.MISSING_PATTERN,
                RuleProblem.Code.MISSING_TOOL, RuleProblem.Code.MISSING_CONFIDENCE);
        List<RuleProblem> problems = new CustomRule("bad name", "authormail", "a(b", "T", Confidence.WEAK).validate();
        assertThat(problems).extracting(RuleProblem::code).containsExactly(RuleProblem.Code.INVALID_NAME,
                RuleProblem.Code.UNKNOWN_FIELD, RuleProblem.Code.INVALID_PATTERN);
        assertThat(problems.get(1).message()).contains("authormail", "authorEmail");
        assertThat(problems.get(2).message()).contains("bad name", "invalid regular expression", "a(b");
        assertThat(new CustomRule("x", "trailer:Bad Key", "a", "T", Confidence.WEAK).validate().get(0).message())
                .contains("Invalid trailer key");
        // RE2/J refuses backreferences and lookarounds outright instead of compiling a slow matcher
        assertThat(new CustomRule("x", "message", "(a)\\1", "T", Confidence.WEAK).validate())
                .extracting(RuleProblem::code).containsExactly(RuleProblem.Code.INVALID_PATTERN);
        assertThat(new CustomRule("x", "message", "a(?=b)", "T", Confidence.WEAK).validate())
                .extracting(RuleProblem::code).containsExactly(RuleProblem.Code.INVALID_PATTERN);
        assertThat(new CustomRule("ok-rule", "message", "(?-i)Robo", "T", Confidence.WEAK).validate()).isEmpty();
    }

    @Test
    void settingsValidationFindsClashesAndUnknownIds() {
        DetectionSettings settings = DetectionSettings.builder()
                .customRule(new CustomRule("CA-01", "message", "x", "T", Confidence.WEAK))
                .customRule(new CustomRule("mine", "message", "x", "T", Confidence.WEAK))
                .customRule(new CustomRule("MINE", "message", "y", "T", Confidence.WEAK))
                .disable("ID-01").disable("NOPE-1").aiLabels(List.of("ai", " ")).build();
        assertThat(settings.validate()).extracting(RuleProblem::code, RuleProblem::rule).containsExactly(
                tuple(RuleProblem.Code.DUPLICATE_NAME, "CA-01"), tuple(RuleProblem.Code.DUPLICATE_NAME, "MINE"),
                tuple(RuleProblem.Code.UNKNOWN_DISABLED_RULE, ""), tuple(RuleProblem.Code.BLANK_LABEL, ""));
        assertThatThrownBy(() -> Detector.create(settings)).isInstanceOf(DetectionSettingsException.class)
                .hasMessageContaining("NOPE-1");
        assertThat(DetectionSettings.defaults().validate()).isEmpty();
        assertThat(DetectionSettings.defaults().toBuilder().build()).isEqualTo(DetectionSettings.defaults());
    }

    @Test
    void hostilePatternsRunInLinearTime() {
        // catastrophic for a backtracking engine: (a*)*b on a long run of a's with no b
        Detector detector = with(new CustomRule("hostile", "message", "(a*)*b", "T", Confidence.STRONG),
                new CustomRule("hostile2", "authorName", "^(a|aa)+$x", "T", Confidence.STRONG),
                new CustomRule("hostile3", "message", "(x+x+)+y", "T", Confidence.STRONG));
        String as = "a".repeat(1_000_000);
        CommitAssessment assessment = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(30), () -> detector.assess(by(as, "a@example.org", as + "\n" + "x".repeat(100_000))));
        assertThat(assessment.evidence()).isEmpty();
        assertThat(detector.assess(message("aaab")).evidence()).extracting(Evidence::ruleId)
                .containsExactly("hostile");
    }

    @Test
    void thresholdAndDisabledRules() {
        Commit weakOnly = touching("docs", "CLAUDE.md");
        Commit strong = message("x\n\nMade-with: Cursor\n");
        Commit definitive = message("x\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n");
        Detector definitiveOnly = Detector.create(DetectionSettings.builder()
                .flagThreshold(Confidence.DEFINITIVE).build());
        assertThat(definitiveOnly.assess(strong).aiAssisted()).isFalse();
        assertThat(definitiveOnly.assess(definitive).aiAssisted()).isTrue();
        Detector weak = Detector.create(DetectionSettings.builder().flagThreshold(Confidence.WEAK).build());
        assertThat(weak.assess(weakOnly).aiAssisted()).isTrue();
        assertThat(Detector.withDefaults().assess(weakOnly).aiAssisted()).isFalse();
        assertThat(Detector.withDefaults().assess(weakOnly).evidence()).isNotEmpty();
        Detector noClaude = Detector.create(DetectionSettings.builder().disable("ca-01").disable("CA-22")
                .disable("CA-22V").build());
        assertThat(noClaude.assess(definitive).evidence()).isEmpty();
    }

    @Test
    void fieldVocabulary() {
        assertThat(Field.parse("trailer:co-authored-by")).isEqualTo(Field.parse("trailer:Co-Authored-By"));
        assertThat(Field.parse(" prLabel ").kind()).isEqualTo(Field.Kind.PR_LABEL);
        assertThat(Field.names()).contains("authorName", "authorEmail", "committerName", "committerEmail",
                "message", "trailer:<Key>", "mergedBranch", "path", "prAuthor", "prHeadBranch", "prTitle", "prBody",
                "prLabel");
        assertThatThrownBy(() -> Field.parse("branch")).hasMessageContaining("Unknown field 'branch'")
                .hasMessageContaining("mergedBranch");
        assertThatThrownBy(() -> Field.parse("AUTHORNAME")).hasMessageContaining("did you mean 'authorName'");
        assertThatThrownBy(() -> Field.parse("trailer:")).hasMessageContaining("Invalid trailer key");
        assertThatThrownBy(() -> Field.parse(null)).hasMessageContaining("Missing field");
    }
}
