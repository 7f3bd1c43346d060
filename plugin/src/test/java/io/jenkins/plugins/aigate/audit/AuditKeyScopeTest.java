package io.jenkins.plugins.aigate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import hudson.ExtensionList;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import io.jenkins.plugins.aigate.admin.AuditKeyMonitor;
import io.jenkins.plugins.aigate.admin.InvalidPolicyMonitor;
import io.jenkins.plugins.aigate.config.AiGateConfiguration;
import io.jenkins.plugins.aigate.core.audit.KeyRing;
import io.jenkins.plugins.casc.ConfigurationAsCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The audit key must be a SYSTEM-scoped Secret Text credential; a GLOBAL one is refused at configuration. */
@WithJenkins
class AuditKeyScopeTest {

    private JenkinsRule j;

    @BeforeEach
    void credentials(JenkinsRule rule) throws Exception {
        j = rule;
        add(new StringCredentialsImpl(CredentialsScope.SYSTEM, "system-key", "", Secret.fromString(KEY)));
        add(new StringCredentialsImpl(CredentialsScope.GLOBAL, "global-key", "", Secret.fromString(KEY)));
        add(new StringCredentialsImpl(CredentialsScope.SYSTEM, "short-key", "", Secret.fromString("s3cret")));
        add(new StringCredentialsImpl(CredentialsScope.SYSTEM, "ring-key", "", Secret.fromString(
                "# rotated on 2026-11-01\nold=" + base64("0123456789abcdef") + "\nnew=" + base64("fedcba9876543210")
                        + "\n")));
        add(new UsernamePasswordCredentialsImpl(CredentialsScope.SYSTEM, "user-pass", "", "u", "a-long-enough-password"));
    }

    @Test
    void resolverNamesEachReason() throws Exception {
        assertEquals(AuditKeyStatus.OK, AuditKeyResolver.status("system-key"));
        assertEquals(AuditKeyStatus.NOT_SYSTEM_SCOPE, AuditKeyResolver.status("global-key"));
        assertEquals(AuditKeyStatus.WEAK_SECRET, AuditKeyResolver.status("short-key"));
        assertEquals(AuditKeyStatus.NOT_SECRET_TEXT, AuditKeyResolver.status("user-pass"));
        assertEquals(AuditKeyStatus.NOT_FOUND, AuditKeyResolver.status("missing"));
        assertEquals(AuditKeyStatus.NOT_CONFIGURED, AuditKeyResolver.status(null));
        assertEquals("system-key", AuditKeyResolver.keyRing("system-key").currentKeyId());
        KeyRing ring = AuditKeyResolver.keyRing("ring-key");
        assertEquals("new", ring.currentKeyId());
        assertTrue(ring.contains("old"));
        AuditKeyException e = assertThrows(AuditKeyException.class, () -> AuditKeyResolver.keyRing("global-key"));
        assertEquals(AuditKeyStatus.NOT_SYSTEM_SCOPE, e.getStatus());
    }

    @Test
    void globalKeyIsRefusedAndSystemKeyAccepted() {
        AiGateConfiguration c = AiGateConfiguration.get();
        assertTrue(keyMonitor().isActivated());

        c.setAuditKeyCredentialsId("global-key");
        assertNull(c.getAuditKeyCredentialsId());
        assertFalse(c.getStatus().isValid());
        assertTrue(c.getStatus().getSummary().contains("global-key"), c.getStatus().getSummary());
        assertTrue(ExtensionList.lookupSingleton(InvalidPolicyMonitor.class).isActivated());
        assertTrue(keyMonitor().isActivated());

        c.setAuditKeyCredentialsId("system-key");
        assertEquals("system-key", c.getAuditKeyCredentialsId());
        assertTrue(c.getStatus().isValid());
        assertFalse(keyMonitor().isActivated());
    }

    @Test
    void globalKeyInJcascIsRefused() throws Exception {
        Path file = Files.createTempFile("casc", ".yml");
        Files.writeString(file, "unclassified:\n  aiGate:\n    auditKeyCredentialsId: global-key\n");
        ConfigurationAsCode.get().configure(file.toString());
        Files.delete(file);

        AiGateConfiguration c = AiGateConfiguration.get();
        assertNull(c.getAuditKeyCredentialsId());
        assertFalse(c.getStatus().isValid());
    }

    @Test
    void missingKeyIsAcceptedButRaisesTheMonitor() {
        AiGateConfiguration c = AiGateConfiguration.get();
        c.setAuditKeyCredentialsId("created-later");
        assertEquals("created-later", c.getAuditKeyCredentialsId());
        assertTrue(c.getStatus().isValid());
        assertTrue(keyMonitor().isActivated());
        assertTrue(keyMonitor().getReason().contains("created-later"));
    }

    @Test
    void keyListOffersOnlySystemSecretText() {
        List<String> ids = new ArrayList<>();
        for (ListBoxModel.Option o : AiGateConfiguration.get().doFillAuditKeyCredentialsIdItems("")) {
            ids.add(o.value);
        }
        assertTrue(ids.contains("system-key"), ids.toString());
        assertFalse(ids.contains("global-key"), ids.toString());
        assertFalse(ids.contains("user-pass"), ids.toString());
    }

    @Test
    void shortSecretIsRefused() {
        AiGateConfiguration c = AiGateConfiguration.get();
        c.setAuditKeyCredentialsId("short-key");
        assertNull(c.getAuditKeyCredentialsId());
        assertFalse(c.getStatus().isValid());
    }

    private static final String KEY = "an audit key of some length";

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static AuditKeyMonitor keyMonitor() {
        return ExtensionList.lookupSingleton(AuditKeyMonitor.class);
    }

    private static void add(Credentials c) throws Exception {
        SystemCredentialsProvider.getInstance().getCredentials().add(c);
        SystemCredentialsProvider.getInstance().save();
    }
}
