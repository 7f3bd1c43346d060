package io.jenkins.plugins.aigate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.util.Secret;
import io.jenkins.plugins.aigate.config.AiGateConfiguration;
import io.jenkins.plugins.aigate.config.GatePolicies;
import io.jenkins.plugins.aigate.core.audit.AuditEntry;
import io.jenkins.plugins.aigate.core.audit.AuditOrigin;
import io.jenkins.plugins.aigate.core.lifecycle.GateState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Policy changes and gate records reach core's chained log under JENKINS_HOME, and tampering is found. */
@WithJenkins
class AiGateAuditLogTest {

    @Test
    void policyChangesAreAuditedAndVerify(JenkinsRule j) throws Exception {
        configureKey();
        AiGateConfiguration c = AiGateConfiguration.get();
        String before = c.getEffectivePolicy().orElseThrow().fingerprint();
        c.setRequiredApprovals(2);
        String after = c.getEffectivePolicy().orElseThrow().fingerprint();

        AiGateAuditLog log = AiGateAuditLog.get();
        assertTrue(log.file().startsWith(j.jenkins.getRootDir().toPath()));
        List<AuditSummary> recent = log.recent(10);
        assertEquals(2, recent.size(), recent.toString());
        assertEquals(Messages.AuditTail_PolicyChange(), recent.get(0).getKind());
        assertTrue(recent.get(0).getSubject().startsWith(before.substring(0, 12)), recent.get(0).getSubject());
        assertTrue(recent.get(0).getSubject().endsWith(after.substring(0, 12)), recent.get(0).getSubject());
        assertTrue(recent.get(0).getSequence() > recent.get(1).getSequence());

        VerificationReport report = log.verify(GatePolicies.auditKeyCredentialsId());
        assertTrue(report.isIntact(), report.getDetail());
        assertEquals(2, report.getRecords());
    }

    @Test
    void gateRecordsAppendAndShowTheirDecision(JenkinsRule j) throws Exception {
        configureKey();
        AuditEntry entry = AuditEntry.gateDecision(AuditOrigin.PLUGIN).job("deploy").build("7")
                .environment("production").policy(fingerprint(), "enforce").decision(GateState.PASS)
                .startedAt(1000L).decidedAt(1000L).build();

        assertNotNull(AiGateAuditLog.get().append(entry, GatePolicies.auditKeyCredentialsId()));

        AuditSummary newest = AiGateAuditLog.get().recent(1).get(0);
        assertEquals("deploy #7 (production)", newest.getSubject());
        assertEquals("PASS", newest.getOutcome());
    }

    @Test
    void editedRecordIsNamed(JenkinsRule j) throws Exception {
        configureKey();
        AiGateConfiguration.get().setRequiredApprovals(2);
        Path file = AiGateAuditLog.get().file();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines.set(0, lines.get(0).replace("\"source\":\"", "\"source\":\"x"));
        Files.write(file, lines, StandardCharsets.UTF_8);

        VerificationReport report = AiGateAuditLog.get().verify(GatePolicies.auditKeyCredentialsId());
        assertFalse(report.isIntact());
        assertNotNull(report.getFirstBadRecord());
        assertTrue(report.getDetail().contains(Messages.TamperReason_EDITED()), report.getDetail());
    }

    @Test
    void cutTailIsFoundThroughTheKeptAnchor(JenkinsRule j) throws Exception {
        configureKey();
        AiGateConfiguration.get().setRequiredApprovals(2);
        Path file = AiGateAuditLog.get().file();
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.remove(lines.size() - 1);
        Files.write(file, lines, StandardCharsets.UTF_8);

        VerificationReport report = AiGateAuditLog.get().verify(GatePolicies.auditKeyCredentialsId());
        assertFalse(report.isIntact());
        assertTrue(report.getDetail().contains(Messages.TamperReason_TRUNCATED()), report.getDetail());
    }

    @Test
    void noKeyNoRecord(JenkinsRule j) {
        AuditEntry entry = AuditEntry.gateDecision(AuditOrigin.PLUGIN).job("deploy").build("7")
                .policy(fingerprint(), "enforce").decision(GateState.PASS).build();

        AuditKeyException e = assertThrows(AuditKeyException.class, () -> AiGateAuditLog.get().append(entry, GatePolicies.auditKeyCredentialsId()));
        assertEquals(AuditKeyStatus.NOT_CONFIGURED, e.getStatus());
        assertFalse(AiGateAuditLog.get().verify(GatePolicies.auditKeyCredentialsId()).isIntact());
    }

    private static String fingerprint() {
        return AiGateConfiguration.get().getEffectivePolicy().orElseThrow().fingerprint();
    }

    /** Adds a SYSTEM key and names it, which is itself the first audited change. */
    static void configureKey() throws Exception {
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(
                CredentialsScope.SYSTEM, "audit-key", "", Secret.fromString("a test audit key, long enough")));
        SystemCredentialsProvider.getInstance().save();
        AiGateConfiguration.get().setAuditKeyCredentialsId("audit-key");
    }
}
