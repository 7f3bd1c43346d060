package io.jenkins.plugins.aigate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.aigate.core.policy.Mode;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.core.policy.PolicySchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The settings are one value named as core's schema names the keys, and files saved before it still load. */
@WithJenkins
class PolicySettingsTest {

    /** A configuration file as the plugin wrote it when the keys were fields of the configuration itself. */
    private static final String SAVED_BEFORE = """
            <?xml version='1.1' encoding='UTF-8'?>
            <io.jenkins.plugins.aigate.config.AiGateConfiguration>
              <mode>observe</mode>
              <requiredApprovals>2</requiredApprovals>
              <approvers>
                <groups>
                  <string>seniors</string>
                </groups>
                <users/>
              </approvers>
              <rules>
                <io.jenkins.plugins.aigate.config.RuleSettings>
                  <name>infra</name>
                  <paths>
                    <string>infra/**</string>
                  </paths>
                  <requiredApprovals>3</requiredApprovals>
                  <exempt>false</exempt>
                  <anyCommit>false</anyCommit>
                </io.jenkins.plugins.aigate.config.RuleSettings>
              </rules>
              <timeoutMinutes>60</timeoutMinutes>
              <nonAiBots>
                <string>release-bot[bot]</string>
              </nonAiBots>
              <githubApiUrl>https://ghe.example.com/api/v3</githubApiUrl>
            </io.jenkins.plugins.aigate.config.AiGateConfiguration>
            """;

    @Test
    void everySchemaKeyHasASetting(JenkinsRule j) {
        for (String key : PolicySchema.names()) {
            try {
                PolicySettings.class.getDeclaredField(key);
            } catch (NoSuchFieldException e) {
                throw new AssertionError("PolicySettings has no field for the policy key " + key, e);
            }
        }
        assertEquals(Policy.defaults(), PolicyCompilation.of(PolicySettings.none()).getPolicy());
    }

    @Test
    void aFileSavedBeforeTheSettingsWereOneValueLoadsAndKeepsItsFormat(JenkinsRule j) throws Exception {
        Path file = j.jenkins.getRootDir().toPath().resolve(AiGateConfiguration.class.getName() + ".xml");
        Files.writeString(file, SAVED_BEFORE, StandardCharsets.UTF_8);

        AiGateConfiguration loaded = new AiGateConfiguration();

        Policy policy = loaded.getEffectivePolicy().orElseThrow();
        assertEquals(Mode.OBSERVE, policy.mode());
        assertEquals(2, policy.requiredApprovals());
        assertEquals(List.of("seniors"), policy.approvers().groups());
        assertEquals(3, policy.requiredApprovals(policy.rules().get(1)));
        assertEquals(60, policy.timeoutMinutes().getAsInt());
        assertEquals(List.of("release-bot[bot]"), policy.nonAiBots());
        assertEquals("https://ghe.example.com/api/v3", loaded.getGithubApiUrl());
        assertNull(loaded.getMaxCommits());

        loaded.setMaxCommits(500);
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(saved.contains("<io.jenkins.plugins.aigate.config.AiGateConfiguration>"), saved);
        assertTrue(saved.contains("<maxCommits>500</maxCommits>"), saved);
        assertTrue(saved.contains("<mode>observe</mode>"), saved);
        assertFalse(saved.contains("PolicySettings"), saved);
        assertEquals(500, new AiGateConfiguration().getEffectivePolicy().orElseThrow().maxCommits());
    }

    @Test
    void aRefusedChangeLeavesTheSettingsInForceUntouched(JenkinsRule j) {
        AiGateConfiguration c = AiGateConfiguration.get();
        c.setRequiredApprovals(2);
        String before = c.getEffectivePolicy().orElseThrow().fingerprint();

        c.setRequiredApprovals(0);

        assertEquals(Integer.valueOf(2), c.getRequiredApprovals());
        assertEquals(before, c.getEffectivePolicy().orElseThrow().fingerprint());
        assertFalse(c.getStatus().isValid());
        assertTrue(c.getStatus().getSummary().contains("requiredApprovals"), c.getStatus().getSummary());
    }
}
