package io.jenkins.plugins.aigate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.aigate.core.detection.Confidence;
import io.jenkins.plugins.aigate.core.detection.CustomRule;
import io.jenkins.plugins.aigate.core.detection.DetectionSettings;
import io.jenkins.plugins.aigate.core.policy.FallbackAction;
import io.jenkins.plugins.aigate.core.policy.Identity;
import io.jenkins.plugins.aigate.core.policy.Mode;
import io.jenkins.plugins.aigate.core.policy.PathRule;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.core.policy.TimeoutAction;
import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.Util;
import io.jenkins.plugins.casc.model.CNode;
import io.jenkins.plugins.casc.model.Mapping;
import io.jenkins.plugins.casc.yaml.YamlSource;
import io.jenkins.plugins.casc.yaml.YamlUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The sample controller configuration in {@code docs/examples/jenkins-casc.yaml} (also read by the CLI) imports through JCasC into exactly the
 * policy it describes, exports back to the same keys and spellings, and survives the web form unchanged.
 */
@WithJenkins
class AiGateConfigurationCascTest {

    @Test
    void sampleImportsIntoTheEffectivePolicy(JenkinsRule j) throws Exception {
        Casc.applySample();

        AiGateConfiguration c = AiGateConfiguration.get();
        assertTrue(c.getStatus().isValid(), c.getStatus().getSummary());
        Policy p = c.getEffectivePolicy().orElseThrow();
        assertEquals(Mode.ENFORCE, p.mode());
        assertEquals(1, p.requiredApprovals());
        assertEquals(List.of("senior-engineers"), p.approvers().groups());
        assertEquals(List.of("cto"), p.approvers().users());
        assertTrue(p.separationOfDuties());
        assertEquals(Identity.of("alice", List.of("alice@example.com", "1234567+alice@users.noreply.github.com"),
                List.of("alice-gh")), p.identities().get(0));
        assertEquals(List.of("pipeline-definition", "infrastructure", "payments", "documentation"), names(p.rules()));
        assertTrue(p.rules().get(0).anyCommit());
        assertEquals(2, p.requiredApprovals(p.rules().get(1)));
        assertTrue(p.rules().get(3).exempt());
        assertEquals(FallbackAction.REQUIRE_APPROVAL, p.unknownBaseline());
        assertEquals(1000, p.maxCommits());
        assertEquals(OptionalInt.of(1440), p.timeoutMinutes());
        assertEquals(TimeoutAction.ABORT, p.onTimeout());
        assertEquals(List.of("sre-leads"), p.breakGlass().groups());
        assertEquals(FallbackAction.REQUIRE_APPROVAL, p.unresolvedPullRequest());
        assertEquals(List.of(new CustomRule("acme-assistant", "trailer:X-Acme-Assistant", ".+",
                "Acme internal assistant", Confidence.STRONG)), p.customSignals());
        assertEquals(Confidence.STRONG, p.flagThreshold());
        assertFalse(p.allowTokenVotes());

        DetectionSettings d = c.getEffectiveDetection().orElseThrow();
        assertEquals(p.customSignals(), d.customRules());

        assertEquals("ai-gate-audit-key", c.getAuditKeyCredentialsId());
        assertEquals("https://api.github.com", c.getGithubApiUrl());
        assertEquals("github-ai-gate-token", c.getGithubCredentialsId());
        assertTrue(c.includesJob("deploy/prod"));
        assertFalse(c.includesJob("build/app"));
    }

    @Test
    void exportUsesTheSampleKeysAndReimportsToTheSameFingerprint(JenkinsRule j) throws Exception {
        Casc.applySample();
        String fingerprint = fingerprint();

        ConfigurationContext context = new ConfigurationContext(ConfiguratorRegistry.get());
        CNode exported = Util.getUnclassifiedRoot(context).get("aiGate");
        Mapping sample = YamlUtils.loadFrom(List.of(YamlSource.of(Casc.sample())), context)
                .get("unclassified").asMapping().get("aiGate").asMapping();
        assertEquals(plain(sample), plain(exported));

        AiGateConfiguration.get().setRequiredApprovals(3);
        assertNotEquals(fingerprint, fingerprint());

        Mapping unclassified = new Mapping();
        unclassified.put("aiGate", exported);
        Mapping root = new Mapping();
        root.put("unclassified", unclassified);
        Casc.apply(Util.toYamlString(root));
        assertEquals(fingerprint, fingerprint());
    }

    @Test
    void webFormRoundTripKeepsThePolicy(JenkinsRule j) throws Exception {
        Casc.applySample();
        String fingerprint = fingerprint();

        j.configRoundtrip();

        AiGateConfiguration c = AiGateConfiguration.get();
        assertTrue(c.getStatus().isValid(), c.getStatus().getSummary());
        assertEquals(fingerprint, fingerprint());
        assertEquals(List.of("senior-engineers"), c.getApprovers().getGroups());
        assertEquals(List.of("terraform/**", "k8s/**"), c.getRules().get(1).getPaths());
        assertEquals("deploy/.*", c.getJobIncludePattern());
        // the credentials do not exist yet; saving the page must not drop their ids
        assertEquals("ai-gate-audit-key", c.getAuditKeyCredentialsId());
        assertEquals("github-ai-gate-token", c.getGithubCredentialsId());
    }

    @Test
    void nonAiBotsReachTheEffectivePolicyAndSurviveTheWebForm(JenkinsRule j) throws Exception {
        Casc.applySample();
        String before = fingerprint();
        AiGateConfiguration.get().setNonAiBots(List.of("acme-release[bot]", "  ", "ACME-Release[bot]"));

        Policy policy = AiGateConfiguration.get().getEffectivePolicy().orElseThrow();
        assertEquals(List.of("acme-release[bot]"), policy.nonAiBots());
        assertNotEquals(before, policy.fingerprint());
        j.configRoundtrip();
        assertEquals(policy.fingerprint(), fingerprint());

        // a login that cannot be a bot's is refused, and the policy in force stays
        AiGateConfiguration.get().setNonAiBots(List.of("not a login!"));
        assertFalse(AiGateConfiguration.get().getStatus().isValid());
        assertEquals(policy.fingerprint(), fingerprint());
    }

    private static String fingerprint() {
        return AiGateConfiguration.get().getEffectivePolicy().orElseThrow().fingerprint();
    }

    private static List<String> names(List<PathRule> rules) {
        List<String> names = new ArrayList<>();
        for (PathRule rule : rules) {
            names.add(rule.name());
        }
        return names;
    }

    /**
     * A JCasC tree as plain values for comparison; entries JCasC leaves out when at their default (false, empty
     * lists) are left out on both sides.
     */
    static Object plain(CNode node) throws Exception {
        switch (node.getType()) {
            case MAPPING:
                Map<String, Object> map = new TreeMap<>();
                for (Map.Entry<String, CNode> e : node.asMapping().entrySet()) {
                    Object value = plain(e.getValue());
                    if (!"false".equals(value) && !(value instanceof List && ((List<?>) value).isEmpty())) {
                        map.put(e.getKey(), value);
                    }
                }
                return map;
            case SEQUENCE:
                List<Object> list = new ArrayList<>();
                for (CNode item : node.asSequence()) {
                    list.add(plain(item));
                }
                return list;
            default:
                return node.asScalar().getValue();
        }
    }
}
