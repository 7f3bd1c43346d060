package io.jenkins.plugins.aigate.gate;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Run;
import io.jenkins.plugins.aigate.core.approval.ApprovalRequest;
import io.jenkins.plugins.aigate.core.approval.AuthMethod;
import io.jenkins.plugins.aigate.core.approval.PersonAliases;
import io.jenkins.plugins.aigate.core.approval.RecordedVote;
import io.jenkins.plugins.aigate.core.approval.TimeoutOutcome;
import io.jenkins.plugins.aigate.core.approval.VoteKind;
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
        ApprovalTerms terms = ApprovalTerms.from(ApprovalRequest.builder("digest")
                .requiredApprovals(2)
                .approverGroups(List.of("seniors"))
                .approverUsers(List.of("alice"))
                .breakGlassGroups(List.of("sre"))
                .breakGlassUsers(List.of("breaker"))
                .commitEmails(List.of("dev@example.com"))
                .buildStarters(List.of("bob"))
                .identity("alice", new PersonAliases(List.of("alice@example.com"), List.of("alice-gh")))
                .build());
        GateRecord gate = new GateRecord("gate-1", "3", "deploy", "prod", 1_000L);
        gate.describeRange("https://example.com/repo.git", "a".repeat(40), "b".repeat(40), true, 2);
        gate.describeEvaluation("enforce", "fp", "digest", 1, "all", List.of("AI_SIGNAL"), terms, 5_000L, "abort",
                null);
        gate.addVote(VoteEntry.of(new RecordedVote(VoteKind.APPROVE, "carol", "Carol", List.of("seniors"),
                List.of("carol@example.com"), AuthMethod.WEB, "fine", 2_000L, "digest")));

        String xml = Run.XSTREAM2.toXML(gate);

        assertThat(xml).doesNotContain("ImmutableCollections");
        assertThat(xml).doesNotContain("java.util.Collections");
        assertThat(xml).doesNotContain("Instant");
        GateRecord loaded = (GateRecord) Run.XSTREAM2.fromXML(xml);
        ApprovalRequest request = loaded.getTerms().toRequest("digest", 5_000L, TimeoutOutcome.ABORT);
        assertThat(request.approverGroups()).isEqualTo(List.of("seniors"));
        assertThat(request.breakGlassUsers()).isEqualTo(List.of("breaker"));
        assertThat(request.identities().get("alice").logins()).isEqualTo(List.of("alice-gh"));
        assertThat(request.requiredApprovals()).isEqualTo(2);
        assertThat(loaded.getTerms().getRequiredApprovals()).isEqualTo(2);
        assertThat(loaded.getVotes().get(0).getGroups()).isEqualTo(List.of("seniors"));
        assertThat(loaded.getVotes().get(0).toRecordedVote()).isEqualTo(gate.getVotes().get(0).toRecordedVote());
        assertThat(loaded.getHeadCommit()).isEqualTo("b".repeat(40));
    }

    /** A record as earlier versions saved it (the vote's kind was then the plugin's own enum) loads, status and all. */
    @Test
    void aRecordSavedByAnEarlierVersionLoadsWithEveryStatus() {
        for (GateStatus status : GateStatus.values()) {
            GateRecord loaded = (GateRecord) Run.XSTREAM2.fromXML(OLD_RECORD.replace("@STATUS@", status.name()));

            assertThat(loaded.getStatus()).isSameAs(status);
            assertThat(loaded.getApprovalCount()).isEqualTo(1);
            RecordedVote vote = loaded.getVotes().get(0).toRecordedVote();
            assertThat(vote.kind()).isSameAs(VoteKind.APPROVE);
            assertThat(vote.authMethod()).isSameAs(AuthMethod.WEB);
            assertThat(vote.emails()).containsExactly("carol@example.com");
            ApprovalRequest request = loaded.getTerms().toRequest("digest", null, TimeoutOutcome.ABORT);
            assertThat(request.identities().get("alice").emails()).containsExactly("alice@example.com");
            assertThat(request.commitEmails()).containsExactly("dev@example.com");
        }
    }

    private static final String OLD_RECORD = """
            <io.jenkins.plugins.aigate.gate.GateRecord>
              <id>gate-1</id>
              <flowNodeId>3</flowNodeId>
              <message>deploy</message>
              <environment>prod</environment>
              <startedMillis>1000</startedMillis>
              <repository>https://example.com/repo.git</repository>
              <baseCommit>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</baseCommit>
              <headCommit>bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb</headCommit>
              <baselineKnown>true</baselineKnown>
              <commitCount>2</commitCount>
              <flaggedCount>1</flaggedCount>
              <mode>enforce</mode>
              <policyFingerprint>fp</policyFingerprint>
              <evidenceDigest>digest</evidenceDigest>
              <quorumRule>all</quorumRule>
              <reasons>
                <string>AI_SIGNAL</string>
              </reasons>
              <terms>
                <requiredApprovals>2</requiredApprovals>
                <approverGroups>
                  <string>seniors</string>
                </approverGroups>
                <approverUsers>
                  <string>alice</string>
                </approverUsers>
                <breakGlassGroups/>
                <breakGlassUsers/>
                <separationOfDuties>true</separationOfDuties>
                <tokenVotesAllowed>true</tokenVotesAllowed>
                <commitEmails>
                  <string>dev@example.com</string>
                </commitEmails>
                <pullRequestAuthors/>
                <buildStarters>
                  <string>bob</string>
                </buildStarters>
                <identityEmails>
                  <entry>
                    <string>alice</string>
                    <list>
                      <string>alice@example.com</string>
                    </list>
                  </entry>
                </identityEmails>
                <identityLogins>
                  <entry>
                    <string>alice</string>
                    <list>
                      <string>alice-gh</string>
                    </list>
                  </entry>
                </identityLogins>
              </terms>
              <deadlineMillis>5000</deadlineMillis>
              <onTimeout>abort</onTimeout>
              <status>@STATUS@</status>
              <votes>
                <io.jenkins.plugins.aigate.gate.VoteEntry>
                  <type>APPROVE</type>
                  <userId>carol</userId>
                  <displayName>Carol</displayName>
                  <groups>
                    <string>seniors</string>
                  </groups>
                  <emails>
                    <string>carol@example.com</string>
                  </emails>
                  <authMethod>WEB</authMethod>
                  <comment>fine</comment>
                  <epochMillis>2000</epochMillis>
                  <evidenceDigest>digest</evidenceDigest>
                </io.jenkins.plugins.aigate.gate.VoteEntry>
              </votes>
              <decidedMillis>0</decidedMillis>
              <auditSequence>-1</auditSequence>
            </io.jenkins.plugins.aigate.gate.GateRecord>
            """;
}
