package io.jenkins.plugins.aigate.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Cause;
import hudson.model.CauseAction;
import hudson.model.Result;
import io.jenkins.plugins.aigate.audit.AiGateAuditLog;
import io.jenkins.plugins.aigate.config.AiGateConfiguration;
import io.jenkins.plugins.aigate.gate.GateEvidence;
import io.jenkins.plugins.aigate.gate.GateRecord;
import io.jenkins.plugins.aigate.gate.GateStatus;
import io.jenkins.plugins.aigate.gate.PendingGates;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import jenkins.model.CauseOfInterruption;
import jenkins.model.InterruptedBuildAction;
import net.sf.json.JSONArray;
import net.sf.json.JSONObject;
import org.htmlunit.WebResponse;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.jvnet.hudson.test.JenkinsRule;

class AiGateStepTest extends PipelineTest {

    @ParameterizedTest
    @EnumSource(GateFixture.Checkout.class)
    void anAiCommitPausesTheDeployAndASeniorApprovalLetsItThrough(GateFixture.Checkout where) throws Exception {
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowJob p = GateFixture.job(j, repo, "deploy", "message: 'ship to production'", where);

        WorkflowRun b = p.scheduleBuild2(0).waitForStart();
        GateRecord gate = GateFixture.awaitPending(j, b);

        assertThat(gate.getStatus()).isEqualTo(GateStatus.PENDING);
        assertThat(gate.getFlaggedCount()).isGreaterThanOrEqualTo(1);
        assertThat(gate.getReasons()).contains("AI_ASSISTED_COMMITS");
        assertThat(b.isBuilding()).isTrue();
        // the full evidence is in its own file, not in build.xml
        assertThat(GateEvidence.load(b, gate.getId()).getCommits().stream()
                .anyMatch(c -> c.getMessage().contains("Co-authored-by: Claude"))).isTrue();
        String buildXml = Files.readString(new File(b.getRootDir(), "build.xml").toPath(), StandardCharsets.UTF_8);
        assertThat(buildXml).doesNotContain("Co-authored-by: Claude");

        WebResponse approval = GateFixture.vote(j, b, "senior", "approve", "reviewed the generated code");
        assertThat(approval.getStatusCode()).isEqualTo(302);

        j.assertBuildStatusSuccess(j.waitForCompletion(b));
        j.assertLogContains("decision=APPROVED", b);
        j.assertLogContains("approvers=[senior]", b);

        JSONObject json = j.getJSON(b.getUrl() + "ai-gate/api/json?depth=2").getJSONObject();
        JSONObject exported = json.getJSONArray("gates").getJSONObject(0);
        assertThat(exported.getString("status")).isEqualTo("APPROVED");
        assertThat(exported.getString("evidenceDigest")).isEqualTo(gate.getEvidenceDigest());
        // the audit record's anchor is kept with the build, and the record is in the controller's log
        assertThat(exported.getLong("auditSequence") >= 0).isTrue();
        assertThat(exported.getString("auditMac").length()).isEqualTo(64);
        String auditLog = Files.readString(AiGateAuditLog.get().file(), StandardCharsets.UTF_8);
        assertThat(auditLog).contains("\"decision\":\"APPROVED\"");
        assertThat(auditLog).contains(gate.getEvidenceDigest());
        JSONArray votes = exported.getJSONArray("votes");
        assertThat(votes.getJSONObject(0).getString("userId")).isEqualTo("senior");
        // group memberships and e-mail addresses are not exported
        assertThat(votes.getJSONObject(0).has("groups")).isFalse();
        assertThat(votes.getJSONObject(0).has("emails")).isFalse();
        assertThat(exported.has("terms")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(GateFixture.Checkout.class)
    void humanOnlyChangesPassOnceABaselineWasApproved(GateFixture.Checkout where) throws Exception {
        GateFixture.secure(j);
        WorkflowJob p = GateFixture.job(j, repo, "deploy", "", where);

        // first build: no earlier approved head, so the policy's unknownBaseline asks for approval
        WorkflowRun first = p.scheduleBuild2(0).waitForStart();
        GateRecord gate = GateFixture.awaitPending(j, first);
        assertThat(gate.getReasons()).contains("UNKNOWN_BASELINE");
        GateFixture.vote(j, first, "senior", "approve", "");
        j.assertBuildStatusSuccess(j.waitForCompletion(first));

        GateFixture.humanCommit(repo, "rounding.txt");
        WorkflowRun second = j.buildAndAssertSuccess(p);

        j.assertLogContains("decision=PASSED", second);
        j.assertLogContains("flagged=0", second);
        // a gate that passed is not left in the index of waiting gates
        assertThat(PendingGates.get().snapshot()).doesNotContainKey(second.getExternalizableId());
        assertThat(GateFixture.gate(second).getBaseCommit()).isEqualTo(GateFixture.gate(first).getHeadCommit());
    }

    @Test
    void aUserWithoutThePermissionGets403AndTheBuildStaysPaused() throws Exception {
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowRun b = GateFixture.job(j, repo, "deploy", "").scheduleBuild2(0).waitForStart();
        GateFixture.awaitPending(j, b);

        WebResponse refused = GateFixture.vote(j, b, "alice", "approve", "looks fine to me");

        assertThat(refused.getStatusCode()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("not an approver");
        assertThat(GateFixture.gate(b).getStatus()).isEqualTo(GateStatus.PENDING);
        assertThat(GateFixture.gate(b).getVotes().isEmpty()).isTrue();
        assertThat(b.isBuilding()).isTrue();
        b.doStop();
        j.waitForCompletion(b);
        // stop() records the abort off the CPS VM thread
        for (int i = 0; i < 100 && GateFixture.gate(b).getStatus() == GateStatus.PENDING; i++) {
            Thread.sleep(100);
        }
        assertThat(GateFixture.gate(b).getStatus()).isEqualTo(GateStatus.ABORTED);
    }

    @Test
    void anAdministratorWithoutThePermissionIsNotAnApprover() throws Exception {
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowRun b = GateFixture.job(j, repo, "deploy", "").scheduleBuild2(0).waitForStart();
        GateFixture.awaitPending(j, b);

        WebResponse refused = GateFixture.vote(j, b, "admin", "approve", "I am the admin");

        assertThat(refused.getStatusCode()).isEqualTo(403);
        assertThat(GateFixture.gate(b).getStatus()).isEqualTo(GateStatus.PENDING);
        b.doStop();
        j.waitForCompletion(b);
    }

    @Test
    void anAdministratorCannotBreakTheGlassThroughImpliedPermissions() throws Exception {
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowRun b = GateFixture.job(j, repo, "deploy", "").scheduleBuild2(0).waitForStart();
        GateFixture.awaitPending(j, b);

        WebResponse refused = GateFixture.vote(j, b, "admin", "override", "admin says ship it");

        assertThat(refused.getStatusCode()).isEqualTo(403);
        assertThat(GateFixture.gate(b).getStatus()).isEqualTo(GateStatus.PENDING);
        assertThat(GateFixture.gate(b).getVotes().size()).isEqualTo(0);
        b.doStop();
        j.waitForCompletion(b);
    }

    @Test
    void aGetChangesNothing() throws Exception {
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowRun b = GateFixture.job(j, repo, "deploy", "").scheduleBuild2(0).waitForStart();
        GateRecord gate = GateFixture.awaitPending(j, b);

        JenkinsRule.WebClient wc = j.createWebClient().login("senior");
        wc.getOptions().setThrowExceptionOnFailingStatusCode(false);
        int status = wc.goTo(b.getUrl() + "ai-gate/" + gate.getId() + "/approve?digest="
                + gate.getEvidenceDigest() + "&comment=via+GET").getWebResponse().getStatusCode();

        assertThat(status).isEqualTo(405);
        assertThat(GateFixture.gate(b).getVotes().isEmpty()).isTrue();
        assertThat(GateFixture.gate(b).getStatus()).isEqualTo(GateStatus.PENDING);
        // and the page itself renders for the approver, commit text escaped
        String page = wc.goTo(b.getUrl() + "ai-gate/" + gate.getId() + "/").getWebResponse().getContentAsString();
        assertThat(page).contains("Co-authored-by: Claude &lt;noreply@anthropic.com").doesNotContain("<noreply@");
        b.doStop();
        j.waitForCompletion(b);
    }

    @Test
    void aRejectionNeedsAReasonAndAbortsTheBuildWithTheRejectionAsCause() throws Exception {
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowRun b = GateFixture.job(j, repo, "deploy", "").scheduleBuild2(0).waitForStart();
        GateFixture.awaitPending(j, b);

        assertThat(GateFixture.vote(j, b, "senior", "reject", "  ").getStatusCode()).isEqualTo(400);
        assertThat(GateFixture.gate(b).getStatus()).isEqualTo(GateStatus.PENDING);

        assertThat(GateFixture.vote(j, b, "senior", "reject", "no tests for the generated parser")
                .getStatusCode()).isEqualTo(302);

        j.assertBuildStatus(Result.ABORTED, j.waitForCompletion(b));
        assertThat(GateFixture.gate(b).getStatus()).isEqualTo(GateStatus.REJECTED);
        InterruptedBuildAction interrupted = b.getAction(InterruptedBuildAction.class);
        CauseOfInterruption cause = interrupted.getCauses().get(0);
        assertThat(cause).isInstanceOf(GateInterruption.class);
        assertThat(((GateInterruption) cause).getUserId()).isEqualTo("senior");
        assertThat(((GateInterruption) cause).getReason()).isEqualTo("no tests for the generated parser");
    }

    @Test
    void peopleWhoWroteOrStartedWhatIsGatedMayNotApprove() throws Exception {
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        // senior committed the code (same address as the repository's committer); senior2 started the build
        GateFixture.email("senior", GateFixture.REPO_COMMITTER_EMAIL);
        WorkflowJob p = GateFixture.job(j, repo, "deploy", "");
        WorkflowRun b = p.scheduleBuild2(0, new CauseAction(new Cause.UserIdCause("senior2"))).waitForStart();
        GateFixture.awaitPending(j, b);

        WebResponse author = GateFixture.vote(j, b, "senior", "approve", "mine, but fine");
        WebResponse starter = GateFixture.vote(j, b, "senior2", "approve", "I started it");

        assertThat(author.getStatusCode()).isEqualTo(403);
        assertThat(author.getContentAsString()).contains("Separation of duties");
        assertThat(starter.getStatusCode()).isEqualTo(403);
        assertThat(GateFixture.gate(b).getStatus()).isEqualTo(GateStatus.PENDING);

        // break glass is the way out, with a justification, and it is marked as an override
        assertThat(GateFixture.vote(j, b, "breaker", "override", "").getStatusCode()).isEqualTo(400);
        assertThat(GateFixture.vote(j, b, "breaker", "override", "hotfix for incident 42").getStatusCode()).isEqualTo(302);
        j.assertBuildStatusSuccess(j.waitForCompletion(b));
        assertThat(GateFixture.gate(b).getStatus()).isEqualTo(GateStatus.OVERRIDDEN);
        j.assertLogContains("decision=OVERRIDDEN", b);
    }

    @Test
    void askingForFewerApprovalsThanThePolicyFailsTheStep() throws Exception {
        GateFixture.auditKey();
        WorkflowJob p = GateFixture.job(j, repo, "deploy", "requiredApprovals: 0");

        WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, p);

        j.assertLogContains("may only tighten", b);
        j.assertLogContains("requiredApprovals", b);
    }

    @Test
    void enforceFalseUnderAnEnforcingPolicyFailsTheStep() throws Exception {
        GateFixture.auditKey();
        WorkflowJob p = GateFixture.job(j, repo, "deploy", "enforce: false");

        WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, p);

        j.assertLogContains("refused to stop enforcing", b);
    }

    @ParameterizedTest
    @EnumSource(GateFixture.Checkout.class)
    void insideNodeAnEnvironmentTheCheckoutDidNotCoverIsReadFromTheWorkspace(GateFixture.Checkout where)
            throws Exception {
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowJob p = j.createProject(WorkflowJob.class, "staging");
        p.setDefinition(new CpsFlowDefinition(
                "node('" + GateFixture.node(j, where) + "') {\n"
                        + "  " + GateFixture.checkoutStep(j, repo.dir().toString(), where) + "\n"
                        + "  aiGate(environment: 'staging')\n"
                        + "}\n", true));

        WorkflowRun b = p.scheduleBuild2(0).waitForStart();
        GateRecord gate = GateFixture.awaitPending(j, b);

        assertThat(gate.getEnvironment()).isEqualTo("staging");
        assertThat(gate.getReasons()).contains("AI_ASSISTED_COMMITS");
        b.doStop();
        j.waitForCompletion(b);
    }

    @Test
    void outsideNodeAnEnvironmentTheCheckoutDidNotCoverFailsClosed() throws Exception {
        GateFixture.secure(j);
        WorkflowJob p = GateFixture.job(j, repo, "deploy", "environment: 'production'");

        WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, p);

        j.assertLogContains("no commit range for environment 'production'", b);
        assertThat(GateFixture.gate(b).getStatus()).isEqualTo(GateStatus.FAILED_CLOSED);
    }

    @Test
    void anUndecidedGateExpiresAndThePolicyAbortsTheBuild() throws Exception {
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        AiGateConfiguration.get().setTimeoutMinutes(1);
        WorkflowRun b = GateFixture.job(j, repo, "deploy", "").scheduleBuild2(0).waitForStart();
        GateRecord gate = GateFixture.awaitPending(j, b);
        assertThat(gate.getDeadlineMillis() > System.currentTimeMillis()).isTrue();

        j.assertBuildStatus(Result.ABORTED, j.waitForCompletion(b));

        assertThat(GateFixture.gate(b).getStatus()).isEqualTo(GateStatus.EXPIRED);
        CauseOfInterruption cause = b.getAction(InterruptedBuildAction.class).getCauses().get(0);
        assertThat(((GateInterruption) cause).isExpired()).isTrue();
        // a vote after the deadline changes nothing
        assertThat(GateFixture.vote(j, b, "senior", "approve", "too late").getStatusCode()).isEqualTo(409);
    }

    @Test
    void withoutAnAuditKeyNothingPasses() throws Exception {
        GateFixture.humanCommit(repo, "rounding.txt");
        GateFixture.secureWithoutAuditKey(j);
        WorkflowJob p = GateFixture.job(j, repo, "deploy", "");

        WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, p);

        j.assertLogContains("failed closed", b);
        j.assertLogContains("audit log", b);
        assertThat(GateFixture.gate(b).getStatus()).isEqualTo(GateStatus.FAILED_CLOSED);
    }

    @Test
    void withSecurityDisabledAGateThatNeedsApprovalFailsTheStep() throws Exception {
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.auditKey();
        j.jenkins.setSecurityRealm(hudson.security.SecurityRealm.NO_AUTHENTICATION);
        j.jenkins.setAuthorizationStrategy(hudson.security.AuthorizationStrategy.UNSECURED);
        WorkflowJob p = GateFixture.job(j, repo, "deploy", "");

        WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, p);

        j.assertLogContains("failed closed", b);
        j.assertLogContains("nobody may approve", b);
        j.assertLogNotContains("Review and approve or reject", b);
        assertThat(GateFixture.gate(b).getStatus()).isEqualTo(GateStatus.FAILED_CLOSED);
    }

    @Test
    void underAnyoneCanDoAnythingEvenAnApproverCannotVote() throws Exception {
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowRun b = GateFixture.job(j, repo, "deploy", "").scheduleBuild2(0).waitForStart();
        GateFixture.awaitPending(j, b);
        // security is weakened while the gate waits: the holder of AiGate/Approve may no longer vote
        j.jenkins.setAuthorizationStrategy(hudson.security.AuthorizationStrategy.UNSECURED);

        WebResponse refused = GateFixture.vote(j, b, "senior", "approve", "still me");

        assertThat(refused.getStatusCode()).isEqualTo(403);
        assertThat(GateFixture.gate(b).getStatus()).isEqualTo(GateStatus.PENDING);
        assertThat(GateFixture.gate(b).getVotes().size()).isEqualTo(0);
        String page = j.createWebClient().login("senior")
                .goTo(b.getUrl() + "ai-gate/" + GateFixture.gate(b).getId() + "/").getWebResponse()
                .getContentAsString();
        assertThat(page).contains("Nobody may vote");
        b.doStop();
        j.waitForCompletion(b);
    }

    @Test
    void approvingANewerHeadSupersedesTheOlderPendingGateItContains() throws Exception {
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowJob p = GateFixture.job(j, repo, "deploy", "");
        WorkflowRun older = p.scheduleBuild2(0).waitForStart();
        GateRecord olderGate = GateFixture.awaitPending(j, older);
        long olderAudit = olderGate.getAuditSequence();
        GateFixture.aiCommit(repo, "more.txt");
        WorkflowRun newer = p.scheduleBuild2(0).waitForStart();
        GateRecord newerGate = GateFixture.awaitPending(j, newer);
        assertThat(newerGate.getHeadCommit()).isNotEqualTo(olderGate.getHeadCommit());

        assertThat(GateFixture.vote(j, newer, "senior", "approve", "reviewed both").getStatusCode()).isEqualTo(302);

        j.assertBuildStatusSuccess(j.waitForCompletion(newer));
        j.assertBuildStatus(Result.ABORTED, j.waitForCompletion(older));
        GateRecord superseded = GateFixture.gate(older);
        assertThat(superseded.getStatus()).isEqualTo(GateStatus.SUPERSEDED);
        assertThat(superseded.getDecidedBy()).contains(newerGate.getHeadCommit());
        // the supersession is its own audit record, after the pending gate's evaluation record
        assertThat(superseded.getAuditSequence() > olderAudit).isTrue();
        j.assertLogContains("was superseded", older);
        CauseOfInterruption cause = older.getAction(InterruptedBuildAction.class).getCauses().get(0);
        assertThat(cause).isInstanceOf(GateInterruption.class);
        assertThat(((GateInterruption) cause).getSupersededBy()).contains(newer.getExternalizableId());
    }

    @Test
    void approvingAnOlderHeadLeavesANewerPendingGateWaiting() throws Exception {
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowJob p = GateFixture.job(j, repo, "deploy", "");
        WorkflowRun older = p.scheduleBuild2(0).waitForStart();
        GateFixture.awaitPending(j, older);
        GateFixture.aiCommit(repo, "more.txt");
        WorkflowRun newer = p.scheduleBuild2(0).waitForStart();
        GateFixture.awaitPending(j, newer);

        assertThat(GateFixture.vote(j, older, "senior", "approve", "only the first").getStatusCode()).isEqualTo(302);

        j.assertBuildStatusSuccess(j.waitForCompletion(older));
        // the newer head holds a commit nobody approved: it keeps waiting
        assertThat(GateFixture.gate(newer).getStatus()).isEqualTo(GateStatus.PENDING);
        newer.doStop();
        j.waitForCompletion(newer);
    }

    @Test
    void withoutACheckoutTheGateFailsClosed() throws Exception {
        GateFixture.secure(j);
        WorkflowJob p = j.createProject(WorkflowJob.class, "no-checkout");
        p.setDefinition(new CpsFlowDefinition("aiGate()", true));

        WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, p);

        j.assertLogContains("failed closed", b);
        assertThat(GateFixture.gate(b).getStatus()).isEqualTo(GateStatus.FAILED_CLOSED);
        // closed for good: not listed as waiting, and a vote on it is refused with a reason, not a server error
        assertThat(PendingGates.get().snapshot()).doesNotContainKey(b.getExternalizableId());
        WebResponse late = GateFixture.vote(j, b, "senior", "approve", "too late");
        assertThat(late.getStatusCode()).isBetween(400, 499);
    }

    @Test
    void aMessageGitCannotPrintWholeIsGated() throws Exception {
        // a commit object whose message goes on after a NUL byte: git log prints only "Harmless "
        String parent = repo.head();
        String tree = repo.git("rev-parse", "HEAD^{tree}").trim();
        byte[] object = ("tree " + tree + "\nparent " + parent + "\nauthor Ada Example <ada@example.org> 1700000000 +0000\n"
                + "committer Ada Example <ada@example.org> 1700000000 +0000\n\nHarmless \0 rest\n\n"
                + "Co-authored-by: Claude <noreply@anthropic.com>\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("commit", ".raw");
        java.nio.file.Files.write(file, object);
        String id = repo.git("hash-object", "-t", "commit", "--literally", "-w", file.toString()).trim();
        repo.git("update-ref", "refs/heads/main", id);
        GateFixture.secure(j);

        WorkflowRun b = GateFixture.job(j, repo, "deploy", "").scheduleBuild2(0).waitForStart();
        GateRecord gate = GateFixture.awaitPending(j, b);

        assertThat(gate.getReasons()).contains("UNREADABLE_COMMIT");
        b.doStop();
        j.waitForCompletion(b);
    }

    @Test
    void commitTextInTheConsoleHasNoControlCharacters() throws Exception {
        repo.write("evil.txt", "x");
        repo.git("add", "evil.txt");
        repo.git("commit", "--message=Innocent \u001b[2J\u001b[31mFAKE LOG LINE\n\nCo-authored-by: Claude <noreply@anthropic.com>");
        GateFixture.secure(j);
        WorkflowRun b = GateFixture.job(j, repo, "deploy", "").scheduleBuild2(0).waitForStart();
        GateFixture.awaitPending(j, b);

        String log = JenkinsRule.getLog(b);
        // what the gate prints (the git plugin's own checkout lines come before it)
        String gateLines = log.substring(log.indexOf("[Pipeline] aiGate"));
        assertThat(gateLines).contains("Innocent ?[2J?[31mFAKE LOG LINE").doesNotContain("\u001b");
        b.doStop();
        j.waitForCompletion(b);
    }
}
