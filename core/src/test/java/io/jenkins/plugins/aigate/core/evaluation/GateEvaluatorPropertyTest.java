package io.jenkins.plugins.aigate.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.core.commit.ChangeType;
import io.jenkins.plugins.aigate.core.commit.ChangedPath;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.PersonIdent;
import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import io.jenkins.plugins.aigate.core.detection.Confidence;
import io.jenkins.plugins.aigate.core.detection.Evidence;
import io.jenkins.plugins.aigate.core.lifecycle.GateState;
import io.jenkins.plugins.aigate.core.policy.PathRule;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.core.range.CommitRange;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the evaluation over random ranges of AI-assisted and human commits. */
class GateEvaluatorPropertyTest {
    private static final List<String> PATHS = List.of("src/A.java", "docs/a.md", "README.md", "infra/x.tf",
            "db/schema/u.sql", "Jenkinsfile", ".jenkins/lib.groovy");
    private static final Policy POLICY = Policy.builder()
            .rule(PathRule.builder("docs").paths("docs/**", "*.md").exempt(true))
            .rule(PathRule.builder("infra").paths("infra/**").requiredApprovals(2))
            .rule(PathRule.builder("db").paths("db/**").requiredApprovals(3))
            .build();
    private static final CommitRange RANGE = CommitRange.since("0".repeat(40), "f".repeat(40));

    @Property(tries = 300)
    void decisionsHoldTheirInvariants(@ForAll("ranges") List<CommitAssessment> commits) {
        GateDecision decision = GateEvaluator.evaluate(POLICY, commits, RANGE);

        assertThat(decision.outcome() == GateState.PASS).isEqualTo(decision.reasons().isEmpty());
        int expectedQuorum = 0;
        if (!decision.reasons().isEmpty()) {
            expectedQuorum = POLICY.requiredApprovals();
            for (GatedCommit gated : decision.gatedCommits()) {
                for (PathRule rule : POLICY.rules()) {
                    if (gated.rules().contains(rule.name())) {
                        expectedQuorum = Math.max(expectedQuorum, POLICY.requiredApprovals(rule));
                    }
                }
            }
        }
        assertThat(decision.requiredApprovals()).isEqualTo(expectedQuorum);
        for (CommitAssessment commit : commits) {
            long inGated = decision.gatedCommits().stream().filter(g -> g.assessment() == commit).count();
            long inExempt = decision.exemptCommits().stream().filter(g -> g.assessment() == commit).count();
            boolean protectedPath = touches(commit, "Jenkinsfile", ".jenkins/lib.groovy");
            if (commit.aiAssisted()) {
                assertThat(inGated + inExempt).isEqualTo(1);
                boolean allExempt = commit.commit().pathsKnown() && !commit.commit().changedPaths().isEmpty()
                        && commit.commit().changedPaths().stream()
                                .allMatch(p -> p.path().startsWith("docs/") || p.path().equals("README.md"));
                assertThat(inExempt == 1).as(commit.toString()).isEqualTo(allExempt);
            } else {
                assertThat(inExempt).isZero();
                assertThat(inGated == 1).isEqualTo(protectedPath);
            }
        }
    }

    @Property(tries = 200)
    void anUnprotectedHumanCommitChangesNothing(@ForAll("ranges") List<CommitAssessment> commits,
            @ForAll("humanCommit") CommitAssessment human) {
        GateDecision before = GateEvaluator.evaluate(POLICY, commits, RANGE);
        List<CommitAssessment> more = new ArrayList<>(commits);
        more.add(human);
        GateDecision after = GateEvaluator.evaluate(POLICY, more, RANGE);

        assertThat(after.outcome()).isEqualTo(before.outcome());
        assertThat(after.requiredApprovals()).isEqualTo(before.requiredApprovals());
        assertThat(after.evidenceDigest()).isEqualTo(before.evidenceDigest());
    }

    private static boolean touches(CommitAssessment commit, String... paths) {
        return commit.commit().changedPaths().stream().anyMatch(p -> List.of(paths).contains(p.path()));
    }

    @Provide
    Arbitrary<List<CommitAssessment>> ranges() {
        return commit().list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<CommitAssessment> humanCommit() {
        return Arbitraries.of("src/A.java", "infra/x.tf", "db/schema/u.sql", "docs/a.md").list().ofMinSize(1)
                .ofMaxSize(3).map(paths -> assessment(false, true, paths));
    }

    private Arbitrary<CommitAssessment> commit() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, true, true, false),
                Arbitraries.of(PATHS).list().ofMaxSize(3).uniqueElements())
                .as(GateEvaluatorPropertyTest::assessment);
    }

    private static int counter;

    private static CommitAssessment assessment(boolean ai, boolean pathsKnown, List<String> paths) {
        Commit.Builder builder = Commit.builder(String.format("%040x", ++counter))
                .person(PersonIdent.of("P", "p@example.org")).message("m").pathsKnown(pathsKnown);
        if (pathsKnown) {
            paths.forEach(path -> builder.changedPath(ChangedPath.of(ChangeType.MODIFIED, path)));
        }
        List<Evidence> evidence = ai ? List.of(new Evidence("ID-01", "Claude Code", Confidence.DEFINITIVE,
                "authorEmail", "noreply@anthropic.com", null)) : List.of();
        return new CommitAssessment(builder.build(), evidence, Confidence.STRONG);
    }
}
