package io.jenkins.plugins.aigate.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.core.testing.TestRepository;
import io.jenkins.plugins.aigate.gate.GateRecord;
import io.jenkins.plugins.aigate.gate.GateStatus;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.htmlunit.WebResponse;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/** A quorum of two, with one vote before and one after a graceful controller restart. */
class AiGateRestartTest {

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @TempDir
    private Path dir;

    @Test
    void aQuorumOfTwoSurvivesARestartAndCountsEachPersonOnce() throws Throwable {
        TestRepository repo = GateFixture.repository(dir);
        sessions.then(j -> {
            GateFixture.aiCommit(repo, "feature.txt");
            GateFixture.secure(j);
            WorkflowJob p = GateFixture.job(j, repo, "deploy", "requiredApprovals: 2");
            WorkflowRun b = p.scheduleBuild2(0).waitForStart();
            GateRecord gate = GateFixture.awaitPending(j, b);
            assertThat(gate.getRequiredApprovals()).isEqualTo(2);

            assertThat(GateFixture.vote(j, b, "senior", "approve", "first look").getStatusCode()).isEqualTo(302);

            GateRecord afterOne = GateFixture.gate(b);
            assertThat(afterOne.getStatus()).isEqualTo(GateStatus.PENDING);
            assertThat(afterOne.getApprovalCount()).isEqualTo(1);
        });
        sessions.then(j -> {
            GateFixture.secure(j);
            WorkflowJob p = j.jenkins.getItemByFullName("deploy", WorkflowJob.class);
            WorkflowRun b = p.getBuildByNumber(1);
            assertThat(b.isBuilding()).isTrue();
            GateRecord gate = GateFixture.gate(b);
            assertThat(gate.getStatus()).isEqualTo(GateStatus.PENDING);
            assertThat(gate.getApprovalCount()).isEqualTo(1);
            // the live execution is pickled with the program, never in build.xml
            String buildXml = Files.readString(new File(b.getRootDir(), "build.xml").toPath(),
                    StandardCharsets.UTF_8);
            assertThat(buildXml).doesNotContain("AiGateStepExecution");

            WebResponse again = GateFixture.vote(j, b, "senior", "approve", "still fine");
            assertThat(again.getStatusCode()).isEqualTo(403);
            assertThat(again.getContentAsString()).contains("already voted");

            assertThat(GateFixture.vote(j, b, "senior2", "approve", "second look").getStatusCode()).isEqualTo(302);

            j.assertBuildStatusSuccess(j.waitForCompletion(b));
            j.assertLogContains("approvers=[senior, senior2]", b);
            assertThat(GateFixture.gate(b).getStatus()).isEqualTo(GateStatus.APPROVED);
        });
    }
}
