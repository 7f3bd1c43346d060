package io.jenkins.plugins.aigate.gate;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Run;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * What a gate saves in {@code build.xml} goes through Jenkins' own XStream (with its class filter): values handed in
 * as immutable JDK collections must be saved as plain lists and maps and load back whole.
 */
@WithJenkins
class GatePersistenceTest {
    private JenkinsRule j;

    @BeforeEach
    void setUpJenkins(JenkinsRule rule) {
        j = rule;
    }

    @Test
    void aGateBuiltFromImmutableCollectionsSavesPlainOnesAndLoadsBack() {
        ApprovalTerms terms = ApprovalTerms.builder()
                .requiredApprovals(2)
                .approvers(List.of("seniors"), List.of("alice"))
                .breakGlass(List.of("sre"), List.of("breaker"))
                .commitEmails(List.of("dev@example.com"))
                .buildStarters(List.of("bob"))
                .identity("alice", List.of("alice@example.com"), List.of("alice-gh"))
                .build();
        GateRecord gate = new GateRecord("gate-1", "3", "deploy", "prod", 1_000L);
        gate.describeRange("https://example.com/repo.git", "a".repeat(40), "b".repeat(40), true, 2);
        gate.describeEvaluation("enforce", "fp", "digest", 1, "all", List.of("AI_SIGNAL"), terms, 5_000L, "abort",
                null);
        gate.addVote(new VoteEntry(VoteType.APPROVE, "carol", "Carol", List.of("seniors"),
                List.of("carol@example.com"), "WEB", "fine", 2_000L, "digest"));

        String xml = Run.XSTREAM2.toXML(gate);

        assertThat(xml).doesNotContain("ImmutableCollections");
        assertThat(xml).doesNotContain("java.util.Collections");
        assertThat(xml).doesNotContain("Instant");
        GateRecord loaded = (GateRecord) Run.XSTREAM2.fromXML(xml);
        assertThat(loaded.getTerms().getApproverGroups()).isEqualTo(List.of("seniors"));
        assertThat(loaded.getTerms().getBreakGlassUsers()).isEqualTo(List.of("breaker"));
        assertThat(loaded.getTerms().getIdentityLogins().get("alice")).isEqualTo(List.of("alice-gh"));
        assertThat(loaded.getTerms().getRequiredApprovals()).isEqualTo(2);
        assertThat(loaded.getVotes().get(0).getGroups()).isEqualTo(List.of("seniors"));
        assertThat(loaded.getHeadCommit()).isEqualTo("b".repeat(40));
    }
}
