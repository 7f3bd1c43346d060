package io.jenkins.plugins.aigate.steps;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import hudson.model.Cause;
import hudson.model.CauseAction;
import hudson.model.Result;
import io.jenkins.plugins.aigate.audit.AiGateAuditLog;
import io.jenkins.plugins.aigate.config.AiGateConfiguration;
import io.jenkins.plugins.aigate.gate.GateEvidence;
import io.jenkins.plugins.aigate.gate.GateRecord;
import io.jenkins.plugins.aigate.gate.GateStatus;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import jenkins.model.CauseOfInterruption;
import jenkins.model.InterruptedBuildAction;
import jenkins.plugins.git.GitSampleRepoRule;
import net.sf.json.JSONArray;
import net.sf.json.JSONObject;
import org.htmlunit.WebResponse;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.JenkinsRule;

public class AiGateStepTest {

    @Rule
    public JenkinsRule j = new JenkinsRule();

    @Rule
    public GitSampleRepoRule repo = new GitSampleRepoRule();

    @Test
    public void anAiCommitPausesTheDeployAndASeniorApprovalLetsItThrough() throws Exception {
        repo.init();
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowJob p = GateFixture.job(j, repo, "deploy", "message: 'ship to production'");

        WorkflowRun b = p.scheduleBuild2(0).waitForStart();
        GateRecord gate = GateFixture.awaitPending(j, b);

        assertThat(gate.getStatus(), is(GateStatus.PENDING));
        assertThat(gate.getFlaggedCount(), greaterThanOrEqualTo(1));
        assertThat(gate.getReasons(), hasItem("AI_ASSISTED_COMMITS"));
        assertThat(b.isBuilding(), is(true));
        // the full evidence is in its own file, not in build.xml
        assertThat(GateEvidence.load(b, gate.getId()).getCommits().stream()
                .anyMatch(c -> c.getMessage().contains("Co-authored-by: Claude")), is(true));
        String buildXml = Files.readString(new File(b.getRootDir(), "build.xml").toPath(), StandardCharsets.UTF_8);
        assertThat(buildXml, not(containsString("Co-authored-by: Claude")));

        WebResponse approval = GateFixture.vote(j, b, "senior", "approve", "reviewed the generated code");
        assertThat(approval.getStatusCode(), is(302));

        j.assertBuildStatusSuccess(j.waitForCompletion(b));
        j.assertLogContains("decision=APPROVED", b);
        j.assertLogContains("approvers=[senior]", b);

        JSONObject json = j.getJSON(b.getUrl() + "ai-gate/api/json?depth=2").getJSONObject();
        JSONObject exported = json.getJSONArray("gates").getJSONObject(0);
        assertThat(exported.getString("status"), is("APPROVED"));
        assertThat(exported.getString("evidenceDigest"), is(gate.getEvidenceDigest()));
        // the audit record's anchor is kept with the build, and the record is in the controller's log
        assertThat(exported.getLong("auditSequence") >= 0, is(true));
        assertThat(exported.getString("auditMac").length(), is(64));
        String auditLog = Files.readString(AiGateAuditLog.get().file(), StandardCharsets.UTF_8);
        assertThat(auditLog, containsString("\"decision\":\"APPROVED\""));
        assertThat(auditLog, containsString(gate.getEvidenceDigest()));
        JSONArray votes = exported.getJSONArray("votes");
        assertThat(votes.getJSONObject(0).getString("userId"), is("senior"));
        // group memberships and e-mail addresses are not exported
        assertThat(votes.getJSONObject(0).has("groups"), is(false));
        assertThat(votes.getJSONObject(0).has("emails"), is(false));
        assertThat(exported.has("terms"), is(false));
    }

    @Test
    public void humanOnlyChangesPassOnceABaselineWasApproved() throws Exception {
        repo.init();
        GateFixture.secure(j);
        WorkflowJob p = GateFixture.job(j, repo, "deploy", "");

        // first build: no earlier approved head, so the policy's unknownBaseline asks for approval
        WorkflowRun first = p.scheduleBuild2(0).waitForStart();
        GateRecord gate = GateFixture.awaitPending(j, first);
        assertThat(gate.getReasons(), hasItem("UNKNOWN_BASELINE"));
        GateFixture.vote(j, first, "senior", "approve", "");
        j.assertBuildStatusSuccess(j.waitForCompletion(first));

        GateFixture.humanCommit(repo, "rounding.txt");
        WorkflowRun second = j.buildAndAssertSuccess(p);

        j.assertLogContains("decision=PASSED", second);
        j.assertLogContains("flagged=0", second);
        assertThat(GateFixture.gate(second).getBaseCommit(), is(GateFixture.gate(first).getHeadCommit()));
    }

    @Test
    public void aUserWithoutThePermissionGets403AndTheBuildStaysPaused() throws Exception {
        repo.init();
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowRun b = GateFixture.job(j, repo, "deploy", "").scheduleBuild2(0).waitForStart();
        GateFixture.awaitPending(j, b);

        WebResponse refused = GateFixture.vote(j, b, "alice", "approve", "looks fine to me");

        assertThat(refused.getStatusCode(), is(403));
        assertThat(refused.getContentAsString(), containsString("not an approver"));
        assertThat(GateFixture.gate(b).getStatus(), is(GateStatus.PENDING));
        assertThat(GateFixture.gate(b).getVotes().isEmpty(), is(true));
        assertThat(b.isBuilding(), is(true));
        b.doStop();
        j.waitForCompletion(b);
        // stop() records the abort off the CPS VM thread
        for (int i = 0; i < 100 && GateFixture.gate(b).getStatus() == GateStatus.PENDING; i++) {
            Thread.sleep(100);
        }
        assertThat(GateFixture.gate(b).getStatus(), is(GateStatus.ABORTED));
    }

    @Test
    public void anAdministratorWithoutThePermissionIsNotAnApprover() throws Exception {
        repo.init();
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowRun b = GateFixture.job(j, repo, "deploy", "").scheduleBuild2(0).waitForStart();
        GateFixture.awaitPending(j, b);

        WebResponse refused = GateFixture.vote(j, b, "admin", "approve", "I am the admin");

        assertThat(refused.getStatusCode(), is(403));
        assertThat(GateFixture.gate(b).getStatus(), is(GateStatus.PENDING));
        b.doStop();
        j.waitForCompletion(b);
    }

    @Test
    public void anAdministratorCannotBreakTheGlassThroughImpliedPermissions() throws Exception {
        repo.init();
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowRun b = GateFixture.job(j, repo, "deploy", "").scheduleBuild2(0).waitForStart();
        GateFixture.awaitPending(j, b);

        WebResponse refused = GateFixture.vote(j, b, "admin", "override", "admin says ship it");

        assertThat(refused.getStatusCode(), is(403));
        assertThat(GateFixture.gate(b).getStatus(), is(GateStatus.PENDING));
        assertThat(GateFixture.gate(b).getVotes().size(), is(0));
        b.doStop();
        j.waitForCompletion(b);
    }

    @Test
    public void aGetChangesNothing() throws Exception {
        repo.init();
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowRun b = GateFixture.job(j, repo, "deploy", "").scheduleBuild2(0).waitForStart();
        GateRecord gate = GateFixture.awaitPending(j, b);

        JenkinsRule.WebClient wc = j.createWebClient().login("senior");
        wc.getOptions().setThrowExceptionOnFailingStatusCode(false);
        int status = wc.goTo(b.getUrl() + "ai-gate/" + gate.getId() + "/approve?digest="
                + gate.getEvidenceDigest() + "&comment=via+GET").getWebResponse().getStatusCode();

        assertThat(status, is(405));
        assertThat(GateFixture.gate(b).getVotes().isEmpty(), is(true));
        assertThat(GateFixture.gate(b).getStatus(), is(GateStatus.PENDING));
        // and the page itself renders for the approver, commit text escaped
        String page = wc.goTo(b.getUrl() + "ai-gate/" + gate.getId() + "/").getWebResponse().getContentAsString();
        assertThat(page, containsString("Co-authored-by: Claude &lt;noreply@anthropic.com&gt;"));
        b.doStop();
        j.waitForCompletion(b);
    }

    @Test
    public void aRejectionNeedsAReasonAndAbortsTheBuildWithTheRejectionAsCause() throws Exception {
        repo.init();
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowRun b = GateFixture.job(j, repo, "deploy", "").scheduleBuild2(0).waitForStart();
        GateFixture.awaitPending(j, b);

        assertThat(GateFixture.vote(j, b, "senior", "reject", "  ").getStatusCode(), is(400));
        assertThat(GateFixture.gate(b).getStatus(), is(GateStatus.PENDING));

        assertThat(GateFixture.vote(j, b, "senior", "reject", "no tests for the generated parser")
                .getStatusCode(), is(302));

        j.assertBuildStatus(Result.ABORTED, j.waitForCompletion(b));
        assertThat(GateFixture.gate(b).getStatus(), is(GateStatus.REJECTED));
        InterruptedBuildAction interrupted = b.getAction(InterruptedBuildAction.class);
        CauseOfInterruption cause = interrupted.getCauses().get(0);
        assertThat(cause, instanceOf(GateInterruption.class));
        assertThat(((GateInterruption) cause).getUserId(), is("senior"));
        assertThat(((GateInterruption) cause).getReason(), is("no tests for the generated parser"));
    }

    @Test
    public void peopleWhoWroteOrStartedWhatIsGatedMayNotApprove() throws Exception {
        repo.init();
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        // senior committed the code (same address as the repository's committer); senior2 started the build
        GateFixture.email("senior", GateFixture.REPO_COMMITTER_EMAIL);
        WorkflowJob p = GateFixture.job(j, repo, "deploy", "");
        WorkflowRun b = p.scheduleBuild2(0, new CauseAction(new Cause.UserIdCause("senior2"))).waitForStart();
        GateFixture.awaitPending(j, b);

        WebResponse author = GateFixture.vote(j, b, "senior", "approve", "mine, but fine");
        WebResponse starter = GateFixture.vote(j, b, "senior2", "approve", "I started it");

        assertThat(author.getStatusCode(), is(403));
        assertThat(author.getContentAsString(), containsString("Separation of duties"));
        assertThat(starter.getStatusCode(), is(403));
        assertThat(GateFixture.gate(b).getStatus(), is(GateStatus.PENDING));

        // break glass is the way out, with a justification, and it is marked as an override
        assertThat(GateFixture.vote(j, b, "breaker", "override", "").getStatusCode(), is(400));
        assertThat(GateFixture.vote(j, b, "breaker", "override", "hotfix for incident 42").getStatusCode(),
                is(302));
        j.assertBuildStatusSuccess(j.waitForCompletion(b));
        assertThat(GateFixture.gate(b).getStatus(), is(GateStatus.OVERRIDDEN));
        j.assertLogContains("decision=OVERRIDDEN", b);
    }

    @Test
    public void askingForFewerApprovalsThanThePolicyFailsTheStep() throws Exception {
        repo.init();
        GateFixture.auditKey();
        WorkflowJob p = GateFixture.job(j, repo, "deploy", "requiredApprovals: 0");

        WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, p);

        j.assertLogContains("may only tighten", b);
        j.assertLogContains("requiredApprovals", b);
    }

    @Test
    public void enforceFalseUnderAnEnforcingPolicyFailsTheStep() throws Exception {
        repo.init();
        GateFixture.auditKey();
        WorkflowJob p = GateFixture.job(j, repo, "deploy", "enforce: false");

        WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, p);

        j.assertLogContains("refused to stop enforcing", b);
    }

    @Test
    public void insideNodeAnEnvironmentTheCheckoutDidNotCoverIsReadFromTheWorkspace() throws Exception {
        repo.init();
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowJob p = j.createProject(WorkflowJob.class, "staging");
        p.setDefinition(new CpsFlowDefinition(
                "node {\n"
                        + "  git url: '" + repo + "', branch: 'master'\n"
                        + "  aiGate(environment: 'staging')\n"
                        + "}\n", true));

        WorkflowRun b = p.scheduleBuild2(0).waitForStart();
        GateRecord gate = GateFixture.awaitPending(j, b);

        assertThat(gate.getEnvironment(), is("staging"));
        assertThat(gate.getReasons(), hasItem("AI_ASSISTED_COMMITS"));
        b.doStop();
        j.waitForCompletion(b);
    }

    @Test
    public void outsideNodeAnEnvironmentTheCheckoutDidNotCoverFailsClosed() throws Exception {
        repo.init();
        GateFixture.secure(j);
        WorkflowJob p = GateFixture.job(j, repo, "deploy", "environment: 'production'");

        WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, p);

        j.assertLogContains("no commit range for environment 'production'", b);
        assertThat(GateFixture.gate(b).getStatus(), is(GateStatus.FAILED_CLOSED));
    }

    @Test
    public void anUndecidedGateExpiresAndThePolicyAbortsTheBuild() throws Exception {
        repo.init();
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        AiGateConfiguration.get().setTimeoutMinutes(1);
        WorkflowRun b = GateFixture.job(j, repo, "deploy", "").scheduleBuild2(0).waitForStart();
        GateRecord gate = GateFixture.awaitPending(j, b);
        assertThat(gate.getDeadlineMillis() > System.currentTimeMillis(), is(true));

        j.assertBuildStatus(Result.ABORTED, j.waitForCompletion(b));

        assertThat(GateFixture.gate(b).getStatus(), is(GateStatus.EXPIRED));
        CauseOfInterruption cause = b.getAction(InterruptedBuildAction.class).getCauses().get(0);
        assertThat(((GateInterruption) cause).isExpired(), is(true));
        // a vote after the deadline changes nothing
        assertThat(GateFixture.vote(j, b, "senior", "approve", "too late").getStatusCode(), is(409));
    }

    @Test
    public void withoutAnAuditKeyNothingPasses() throws Exception {
        repo.init();
        GateFixture.humanCommit(repo, "rounding.txt");
        WorkflowJob p = GateFixture.job(j, repo, "deploy", "");

        WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, p);

        j.assertLogContains("failed closed", b);
        j.assertLogContains("audit log", b);
        assertThat(GateFixture.gate(b).getStatus(), is(GateStatus.FAILED_CLOSED));
    }

    @Test
    public void withSecurityDisabledAGateThatNeedsApprovalFailsTheStep() throws Exception {
        repo.init();
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.auditKey();
        j.jenkins.setSecurityRealm(hudson.security.SecurityRealm.NO_AUTHENTICATION);
        j.jenkins.setAuthorizationStrategy(hudson.security.AuthorizationStrategy.UNSECURED);
        WorkflowJob p = GateFixture.job(j, repo, "deploy", "");

        WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, p);

        j.assertLogContains("failed closed", b);
        j.assertLogContains("nobody may approve", b);
        j.assertLogNotContains("Review and approve or reject", b);
        assertThat(GateFixture.gate(b).getStatus(), is(GateStatus.FAILED_CLOSED));
    }

    @Test
    public void underAnyoneCanDoAnythingEvenAnApproverCannotVote() throws Exception {
        repo.init();
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowRun b = GateFixture.job(j, repo, "deploy", "").scheduleBuild2(0).waitForStart();
        GateFixture.awaitPending(j, b);
        // security is weakened while the gate waits: the holder of AiGate/Approve may no longer vote
        j.jenkins.setAuthorizationStrategy(hudson.security.AuthorizationStrategy.UNSECURED);

        WebResponse refused = GateFixture.vote(j, b, "senior", "approve", "still me");

        assertThat(refused.getStatusCode(), is(403));
        assertThat(GateFixture.gate(b).getStatus(), is(GateStatus.PENDING));
        assertThat(GateFixture.gate(b).getVotes().size(), is(0));
        String page = j.createWebClient().login("senior")
                .goTo(b.getUrl() + "ai-gate/" + GateFixture.gate(b).getId() + "/").getWebResponse()
                .getContentAsString();
        assertThat(page, containsString("Nobody may vote"));
        b.doStop();
        j.waitForCompletion(b);
    }

    @Test
    public void approvingANewerHeadSupersedesTheOlderPendingGateItContains() throws Exception {
        repo.init();
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowJob p = GateFixture.job(j, repo, "deploy", "");
        WorkflowRun older = p.scheduleBuild2(0).waitForStart();
        GateRecord olderGate = GateFixture.awaitPending(j, older);
        long olderAudit = olderGate.getAuditSequence();
        GateFixture.aiCommit(repo, "more.txt");
        WorkflowRun newer = p.scheduleBuild2(0).waitForStart();
        GateRecord newerGate = GateFixture.awaitPending(j, newer);
        assertThat(newerGate.getHeadCommit(), not(olderGate.getHeadCommit()));

        assertThat(GateFixture.vote(j, newer, "senior", "approve", "reviewed both").getStatusCode(), is(302));

        j.assertBuildStatusSuccess(j.waitForCompletion(newer));
        j.assertBuildStatus(Result.ABORTED, j.waitForCompletion(older));
        GateRecord superseded = GateFixture.gate(older);
        assertThat(superseded.getStatus(), is(GateStatus.SUPERSEDED));
        assertThat(superseded.getDecidedBy(), containsString(newerGate.getHeadCommit()));
        // the supersession is its own audit record, after the pending gate's evaluation record
        assertThat(superseded.getAuditSequence() > olderAudit, is(true));
        j.assertLogContains("was superseded", older);
        CauseOfInterruption cause = older.getAction(InterruptedBuildAction.class).getCauses().get(0);
        assertThat(cause, instanceOf(GateInterruption.class));
        assertThat(((GateInterruption) cause).getSupersededBy(), containsString(newer.getExternalizableId()));
    }

    @Test
    public void approvingAnOlderHeadLeavesANewerPendingGateWaiting() throws Exception {
        repo.init();
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowJob p = GateFixture.job(j, repo, "deploy", "");
        WorkflowRun older = p.scheduleBuild2(0).waitForStart();
        GateFixture.awaitPending(j, older);
        GateFixture.aiCommit(repo, "more.txt");
        WorkflowRun newer = p.scheduleBuild2(0).waitForStart();
        GateFixture.awaitPending(j, newer);

        assertThat(GateFixture.vote(j, older, "senior", "approve", "only the first").getStatusCode(), is(302));

        j.assertBuildStatusSuccess(j.waitForCompletion(older));
        // the newer head holds a commit nobody approved: it keeps waiting
        assertThat(GateFixture.gate(newer).getStatus(), is(GateStatus.PENDING));
        newer.doStop();
        j.waitForCompletion(newer);
    }

    @Test
    public void withoutACheckoutTheGateFailsClosed() throws Exception {
        WorkflowJob p = j.createProject(WorkflowJob.class, "no-checkout");
        p.setDefinition(new CpsFlowDefinition("aiGate()", true));

        WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, p);

        j.assertLogContains("failed closed", b);
        assertThat(GateFixture.gate(b).getStatus(), is(GateStatus.FAILED_CLOSED));
    }

    @Test
    public void commitTextInTheConsoleHasNoControlCharacters() throws Exception {
        repo.init();
        repo.write("evil.txt", "x");
        repo.git("add", "evil.txt");
        repo.git("commit", "--message=Innocent \u001b[2J\u001b[31mFAKE LOG LINE\n\nCo-authored-by: Claude <noreply@anthropic.com>");
        GateFixture.secure(j);
        WorkflowRun b = GateFixture.job(j, repo, "deploy", "").scheduleBuild2(0).waitForStart();
        GateFixture.awaitPending(j, b);

        String log = JenkinsRule.getLog(b);
        assertThat(log, containsString("Innocent ?[2J?[31mFAKE LOG LINE"));
        assertThat(log.contains("\u001b[2J"), equalTo(false));
        b.doStop();
        j.waitForCompletion(b);
    }
}
