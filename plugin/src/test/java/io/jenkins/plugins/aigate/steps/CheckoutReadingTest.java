package io.jenkins.plugins.aigate.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.config.AiGateConfiguration;
import io.jenkins.plugins.aigate.gate.GateRecord;
import io.jenkins.plugins.aigate.scm.AiGateCheckoutsAction;
import io.jenkins.plugins.aigate.scm.CheckoutRecord;
import io.jenkins.plugins.aigate.scm.RangeRead;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the checkout listener reads: only for builds that may gate, never more than the policy's bound, and the
 * same through CLI git and JGit, on the controller and across remoting on an agent.
 */
class CheckoutReadingTest extends PipelineTest {

    @Test
    void aPipelineThatNeverGatesIsNotRead() throws Exception {
        GateFixture.aiCommit(repo, "feature.txt");
        WorkflowJob p = j.createProject(WorkflowJob.class, "build-only");
        p.setDefinition(new CpsFlowDefinition(
                GateFixture.checkout(j, repo, GateFixture.Checkout.AGENT_CLI_GIT) + "echo 'built'\n", true));

        WorkflowRun b = j.buildAndAssertSuccess(p);

        assertThat(b.getAction(AiGateCheckoutsAction.class)).isNull();
    }

    @Test
    void anAdministratorsJobPatternDecidesWhichJobsAreRead() throws Exception {
        AiGateConfiguration.get().setJobIncludePattern("deploy/.*|build-only");
        WorkflowJob p = j.createProject(WorkflowJob.class, "build-only");
        p.setDefinition(new CpsFlowDefinition(
                GateFixture.checkout(j, repo, GateFixture.Checkout.AGENT_CLI_GIT) + "echo 'built'\n", true));

        WorkflowRun b = j.buildAndAssertSuccess(p);

        assertThat(b.getAction(AiGateCheckoutsAction.class)).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(GateFixture.Checkout.class)
    void withoutABaselineOnlyThePolicysNewestCommitsAreRead(GateFixture.Checkout where) throws Exception {
        for (int i = 0; i < 14; i++) {
            GateFixture.humanCommit(repo, "file-" + i + ".txt");
        }
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        AiGateConfiguration.get().setMaxCommits(10);
        WorkflowRun b = GateFixture.job(j, repo, "deploy", "", where).scheduleBuild2(0).waitForStart();
        GateRecord gate = GateFixture.awaitPending(j, b);

        CheckoutRecord checkout = b.getAction(AiGateCheckoutsAction.class).getCheckouts().get(0);
        assertThat(checkout.getFailure()).isNull();
        assertThat(checkout.getHead()).isEqualTo(repo.head());
        RangeRead range = checkout.getRanges().get(0);
        assertThat(range.getCommitCount()).isEqualTo(10);
        assertThat(range.isTruncated()).isTrue();
        assertThat(gate.getReasons()).contains("AI_ASSISTED_COMMITS", "RANGE_TRUNCATED");
        assertThat(gate.getFlaggedCount()).isEqualTo(1);

        b.doStop();
        j.waitForCompletion(b);
    }

    @ParameterizedTest
    @EnumSource(GateFixture.Checkout.class)
    void anApprovedHeadBoundsTheNextRangeAndARewrittenHistoryIsNoticed(GateFixture.Checkout where)
            throws Exception {
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowJob p = GateFixture.job(j, repo, "deploy", "", where);
        WorkflowRun first = p.scheduleBuild2(0).waitForStart();
        GateFixture.awaitPending(j, first);
        GateFixture.vote(j, first, "senior", "approve", "");
        j.assertBuildStatusSuccess(j.waitForCompletion(first));

        // two human commits after the approved head: exactly they are read, and nothing needs approval
        GateFixture.humanCommit(repo, "a.txt");
        GateFixture.humanCommit(repo, "b.txt");
        WorkflowRun second = j.buildAndAssertSuccess(p);
        RangeRead range = second.getAction(AiGateCheckoutsAction.class).getCheckouts().get(0).getRanges().get(0);
        assertThat(range.getBase()).isEqualTo(GateFixture.gate(first).getHeadCommit());
        assertThat(range.getCommitCount()).isEqualTo(2);
        j.assertLogContains("decision=PASSED", second);

        // the approved head is rewritten away: ancestry says so, and the gate asks again
        repo.git("reset", "--hard", "HEAD~3");
        GateFixture.humanCommit(repo, "c.txt");
        WorkflowRun third = p.scheduleBuild2(0).waitForStart();
        GateRecord gate = GateFixture.awaitPending(j, third);
        RangeRead rewritten = third.getAction(AiGateCheckoutsAction.class).getCheckouts().get(0).getRanges().get(0);
        assertThat(rewritten.getBase()).isNull();
        assertThat(rewritten.getPreviousBaseline()).isEqualTo(GateFixture.gate(second).getHeadCommit());
        assertThat(gate.getReasons()).isNotEmpty();
        third.doStop();
        j.waitForCompletion(third);
    }
}
