package io.jenkins.plugins.aigate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.ExtensionList;
import io.jenkins.plugins.aigate.admin.InvalidPolicyMonitor;
import io.jenkins.plugins.aigate.core.policy.Mode;
import io.jenkins.plugins.aigate.core.policy.Policy;
import java.util.OptionalInt;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Applying a policy is atomic: an invalid one, from JCasC or a script, changes nothing and raises the monitor. */
@WithJenkins
class PolicyApplyTest {

    @Test
    void withNothingConfiguredCoreDefaultsAreInForce(JenkinsRule j) {
        AiGateConfiguration c = AiGateConfiguration.get();
        assertEquals(Policy.defaults().fingerprint(), c.getEffectivePolicy().orElseThrow().fingerprint());
        assertFalse(monitor().isActivated());
    }

    @Test
    void invalidImportKeepsThePreviousPolicyAndRollsBackEveryKey(JenkinsRule j) throws Exception {
        Casc.applySample();
        String before = fingerprint();

        // requiredApprovals alone would be valid; the mis-cased mode makes the whole import invalid
        Casc.apply("unclassified:\n  aiGate:\n    requiredApprovals: 2\n    mode: Enforce\n");

        AiGateConfiguration c = AiGateConfiguration.get();
        assertEquals(before, fingerprint());
        assertEquals(Integer.valueOf(1), c.getRequiredApprovals());
        assertEquals("enforce", c.getMode());
        assertFalse(c.getStatus().isValid());
        assertTrue(c.getStatus().getSummary().contains("mode"), c.getStatus().getSummary());
        assertEquals("SYSTEM", c.getStatus().getRefusedFor());
        assertTrue(monitor().isActivated());

        Casc.apply("unclassified:\n  aiGate:\n    requiredApprovals: 2\n    mode: observe\n");
        assertTrue(c.getStatus().isValid());
        assertFalse(monitor().isActivated());
        Policy after = c.getEffectivePolicy().orElseThrow();
        assertEquals(2, after.requiredApprovals());
        assertEquals(Mode.OBSERVE, after.mode());
    }

    @Test
    void badRuleGlobRefusesTheOtherKeysOfTheSameImport(JenkinsRule j) throws Exception {
        Casc.apply("unclassified:\n  aiGate:\n    timeoutMinutes: 30\n    rules:\n"
                + "      - name: infra\n        paths:\n          - \"/infra/**\"\n");

        AiGateConfiguration c = AiGateConfiguration.get();
        assertNull(c.getTimeoutMinutes());
        assertEquals(OptionalInt.empty(), c.getEffectivePolicy().orElseThrow().timeoutMinutes());
        assertTrue(c.getStatus().getSummary().contains("rules[0].paths"), c.getStatus().getSummary());
        assertTrue(monitor().isActivated());
    }

    @Test
    void invalidWebFormIsRefusedWithItsReason(JenkinsRule j) throws Exception {
        String before = fingerprint();
        JenkinsRule.WebClient wc = j.createWebClient();
        wc.setThrowExceptionOnFailingStatusCode(false);
        HtmlForm form = wc.goTo("configure").getFormByName("config");
        HtmlInput approvals = form.getInputByName("_.requiredApprovals");
        approvals.setValue("0");

        HtmlPage result = j.submit(form);

        assertTrue(result.asNormalizedText().contains("was not applied"), result.asNormalizedText());
        AiGateConfiguration c = AiGateConfiguration.get();
        assertEquals(before, fingerprint());
        assertNull(c.getRequiredApprovals());
        assertTrue(monitor().isActivated());
    }

    @Test
    void scriptSetterIsAppliedAtomicallyToo(JenkinsRule j) {
        AiGateConfiguration c = AiGateConfiguration.get();
        c.setRequiredApprovals(0);

        assertNull(c.getRequiredApprovals());
        assertEquals(1, c.getEffectivePolicy().orElseThrow().requiredApprovals());
        assertTrue(c.getStatus().getSummary().contains("requiredApprovals"), c.getStatus().getSummary());
        assertTrue(monitor().isActivated());
    }

    @Test
    void savedPolicyIsInForceAfterReload(JenkinsRule j) throws Exception {
        Casc.applySample();
        String before = fingerprint();

        AiGateConfiguration reloaded = new AiGateConfiguration();

        assertEquals(before, reloaded.getEffectivePolicy().orElseThrow().fingerprint());
        assertEquals("deploy/.*", reloaded.getJobIncludePattern());
    }

    private static String fingerprint() {
        return AiGateConfiguration.get().getEffectivePolicy().orElseThrow().fingerprint();
    }

    private static InvalidPolicyMonitor monitor() {
        return ExtensionList.lookupSingleton(InvalidPolicyMonitor.class);
    }
}
