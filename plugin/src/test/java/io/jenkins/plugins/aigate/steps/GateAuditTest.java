package io.jenkins.plugins.aigate.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import io.jenkins.plugins.aigate.audit.AiGateAuditLog;
import io.jenkins.plugins.aigate.config.GatePolicies;
import io.jenkins.plugins.aigate.gate.GateRecord;
import io.jenkins.plugins.aigate.gate.GateStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** A decided gate is audited as the state its saved record is in. */
@WithJenkins
class GateAuditTest {

    /** Earlier versions wrote {@code ABORTED} for a gate that had failed closed (settled after a restart). */
    @Test
    void aGateThatFailedClosedIsAuditedAsFailedClosed(JenkinsRule j) throws Exception {
        GateFixture.auditKey();
        FreeStyleBuild run = j.buildAndAssertSuccess(j.createFreeStyleProject("deploy"));
        GateRecord record = new GateRecord("gate-1", "3", "deploy", "prod", 1_000L);
        record.failClosed("the commits could not be read", 2_000L);

        GateAudit.append(run, record, List.of());

        String log = Files.readString(AiGateAuditLog.get().file(), StandardCharsets.UTF_8);
        assertThat(log).contains("\"decision\":\"FAILED_CLOSED\"").doesNotContain("\"decision\":\"ABORTED\"");
        assertThat(AiGateAuditLog.get().verify(GatePolicies.auditKeyCredentialsId()).isIntact()).isTrue();
    }

    @Test
    void everyDecidedStatusIsAuditedByItsCoreName(JenkinsRule j) throws Exception {
        GateFixture.auditKey();
        FreeStyleBuild run = j.buildAndAssertSuccess(j.createFreeStyleProject("deploy"));
        for (GateStatus status : GateStatus.values()) {
            if (!status.isDecided()) {
                continue;
            }
            GateRecord record = new GateRecord("gate-1", "3", "deploy", "prod", 1_000L);
            record.decide(status, 2_000L, null);

            GateAudit.append(run, record, List.of());

            List<String> lines = Files.readAllLines(AiGateAuditLog.get().file(), StandardCharsets.UTF_8);
            assertThat(lines.get(lines.size() - 1)).as(status.name())
                    .contains("\"decision\":\"" + status.state().name() + "\"");
        }
    }
}
