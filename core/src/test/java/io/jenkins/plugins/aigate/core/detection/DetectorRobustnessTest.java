package io.jenkins.plugins.aigate.core.detection;

import static io.jenkins.plugins.aigate.core.detection.Commits.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jenkins.plugins.aigate.core.commit.ChangeType;
import io.jenkins.plugins.aigate.core.commit.ChangedPath;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.PersonIdent;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DetectorRobustnessTest {
    private static final Detector DETECTOR = Detector.withDefaults();

    @Test
    void fiveMebibyteMessage() {
        StringBuilder body = new StringBuilder("Regenerate fixtures\n\n");
        while (body.length() < 5 * 1024 * 1024) {
            body.append("Line of generated fixture text with claude cursor copilot words: value ").append(body.length())
                    .append('\n');
        }
        String plain = body.toString();
        String marked = plain + "\nCo-Authored-By: Claude <noreply@anthropic.com>\n";
        String lookAlike = plain.replace("Line", "L\u0456ne") + "\n\uD83E\uDD16 Generated with [\u0421laude Code]\n";
        CommitAssessment[] results = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new CommitAssessment[] {
            DETECTOR.assess(message(plain)), DETECTOR.assess(message(marked)), DETECTOR.assess(message(lookAlike))});
        assertThat(results[0].evidence()).isEmpty();
        assertThat(results[1].evidence()).extracting(Evidence::ruleId).containsExactly("CA-01");
        assertThat(results[2].evidence()).extracting(Evidence::ruleId).containsExactly("BD-01",
                Detector.EVASION_RULE_ID);
        assertThat(results[2].evidence().get(0).value()).contains("\u0421laude Code").hasSizeLessThan(400);
    }

    @Test
    void hugeSingleLineValueIsClipped() {
        String longLine = "x".repeat(1_000_000) + " Co-authored-by: Claude <noreply@anthropic.com> " + "y".repeat(1_000_000);
        CommitAssessment assessment = DETECTOR.assess(message(longLine));
        assertThat(assessment.evidence()).extracting(Evidence::ruleId).containsExactly("CA-01");
        assertThat(assessment.evidence().get(0).value()).hasSizeLessThan(400);
    }

    @Test
    void pullRequestCommitsRunThroughCommitRules() {
        Commit squash = message("Add cache (#43)\n");
        Commit agentCommit = Commit.builder(Commits.nextId())
                .author(PersonIdent.of("Devin AI", "158243242+devin-ai-integration[bot]@users.noreply.github.com"))
                .committer(PersonIdent.of("Ada", "ada@example.org")).message("Add cache\n").build();
        Commit humanCommit = message("Tweak\n");
        PullRequest pr = Commits.pullRequestWithCommits(List.of(humanCommit, agentCommit, squash));
        CommitAssessment assessment = DETECTOR.assess(squash, List.of(pr));
        assertThat(assessment.evidence()).extracting(Evidence::ruleId).containsExactly("ID-07");
        assertThat(assessment.evidence().get(0).provenance()).contains(pr.provenance() + ", commit "
                + agentCommit.shortId());
        assertThat(assessment.aiAssisted()).isTrue();
        assertThat(assessment.tools()).containsExactly("Devin");
        assertThat(assessment.commit()).isSameAs(squash);
    }

    @Test
    void pathsIncludeRenameSources() {
        Commit renamed = Commit.builder(Commits.nextId()).person(PersonIdent.of("Ada", "ada@example.org"))
                .message("Move traces").changedPath(new ChangedPath(ChangeType.RENAMED, "old/traces.jsonl",
                        ".agent-trace/traces.jsonl")).build();
        assertThat(DETECTOR.assess(renamed).evidence()).extracting(Evidence::ruleId).containsExactly("TR-01");
    }

    @Test
    void sharedDetectorIsThreadSafe() throws Exception {
        List<Commit> commits = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            commits.add(i % 2 == 0 ? message("Fix " + i + "\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n")
                    : message("Fix " + i + "\n\nCo-authored-by: Ada <ada@example.org>\n"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (Commit commit : commits) {
                results.add(pool.submit(() -> DETECTOR.assess(commit).aiAssisted()));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).as("commit %d", i).isEqualTo(i % 2 == 0);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Property(tries = 200)
    void neverThrowsOnArbitraryText(@ForAll String name, @ForAll String email, @ForAll String text,
            @ForAll String branch) {
        Commit commit = Commit.builder(Commits.nextId()).author(PersonIdent.of(name, email))
                .committer(PersonIdent.of(email, name)).message(text + "\n\n" + branch + ": " + text)
                .changedPath(ChangedPath.of(ChangeType.MODIFIED, text)).build();
        PullRequest pr = new PullRequest(1, "u", name, branch, text, text + name, List.of(branch, text),
                List.of(commit));
        CommitAssessment assessment = DETECTOR.assess(commit, List.of(pr));
        assertThat(assessment.evidence()).allSatisfy(e -> assertThat(e.value().length()).isLessThan(400));
        assertThat(DETECTOR.assess(message("Merge branch '" + branch + "' into " + text)).evidence()).isNotNull();
    }
}
