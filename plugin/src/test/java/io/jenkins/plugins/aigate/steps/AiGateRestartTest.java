package io.jenkins.plugins.aigate.steps;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.jenkins.plugins.aigate.gate.GateRecord;
import io.jenkins.plugins.aigate.gate.GateStatus;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import jenkins.plugins.git.GitSampleRepoRule;
import org.htmlunit.WebResponse;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.JenkinsSessionRule;

/** A quorum of two, with one vote before and one after a controller restart. */
public class AiGateRestartTest {

    @Rule
    public JenkinsSessionRule sessions = new JenkinsSessionRule();

    @Rule
    public GitSampleRepoRule repo = new GitSampleRepoRule();

    @Test
    public void aQuorumOfTwoSurvivesARestartAndCountsEachPersonOnce() throws Throwable {
        sessions.then(j -> {
            repo.init();
            GateFixture.aiCommit(repo, "feature.txt");
            GateFixture.secure(j);
            WorkflowJob p = GateFixture.job(j, repo, "deploy", "requiredApprovals: 2");
            WorkflowRun b = p.scheduleBuild2(0).waitForStart();
            GateRecord gate = GateFixture.awaitPending(j, b);
            assertThat(gate.getRequiredApprovals(), is(2));

            assertThat(GateFixture.vote(j, b, "senior", "approve", "first look").getStatusCode(), is(302));

            GateRecord afterOne = GateFixture.gate(b);
            assertThat(afterOne.getStatus(), is(GateStatus.PENDING));
            assertThat(afterOne.getApprovalCount(), is(1));
        });
        sessions.then(j -> {
            GateFixture.secure(j);
            WorkflowJob p = j.jenkins.getItemByFullName("deploy", WorkflowJob.class);
            WorkflowRun b = p.getBuildByNumber(1);
            assertThat(b.isBuilding(), is(true));
            GateRecord gate = GateFixture.gate(b);
            assertThat(gate.getStatus(), is(GateStatus.PENDING));
            assertThat(gate.getApprovalCount(), is(1));
            // the live execution is pickled with the program, never in build.xml
            String buildXml = Files.readString(new File(b.getRootDir(), "build.xml").toPath(),
                    StandardCharsets.UTF_8);
            assertThat(buildXml, not(containsString("AiGateStepExecution")));

            WebResponse again = GateFixture.vote(j, b, "senior", "approve", "still fine");
            assertThat(again.getStatusCode(), is(403));
            assertThat(again.getContentAsString(), containsString("already voted"));

            assertThat(GateFixture.vote(j, b, "senior2", "approve", "second look").getStatusCode(), is(302));

            j.assertBuildStatusSuccess(j.waitForCompletion(b));
            j.assertLogContains("approvers=[senior, senior2]", b);
            assertThat(GateFixture.gate(b).getStatus(), is(GateStatus.APPROVED));
        });
    }
}
