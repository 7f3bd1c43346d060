package io.jenkins.plugins.aigate.steps;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.aigate.gate.ApprovalsWaitingAction;
import io.jenkins.plugins.aigate.gate.GatePage;
import io.jenkins.plugins.aigate.gate.GateRecord;
import io.jenkins.plugins.aigate.gate.GateStatus;
import java.net.URL;
import java.util.List;
import jenkins.model.Jenkins;
import jenkins.plugins.git.GitSampleRepoRule;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.util.NameValuePair;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.JenkinsRule;

/** The ways a decision reaches a gate: API-token votes, and the page listing what waits for the current user. */
public class ApprovalRoutesTest {

    @Rule
    public JenkinsRule j = new JenkinsRule();

    @Rule
    public GitSampleRepoRule repo = new GitSampleRepoRule();

    @Test
    public void aVoteMadeWithAnApiTokenDoesNotCountUnlessThePolicyAllowsIt() throws Exception {
        repo.init();
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowRun b = GateFixture.job(j, repo, "deploy", "").scheduleBuild2(0).waitForStart();
        GateRecord gate = GateFixture.awaitPending(j, b);

        // a REST call with senior's API token: no crumb needed, but the groups behind a token may be stale
        JenkinsRule.WebClient wc = j.createWebClient().withBasicApiToken(User.getById("senior", true));
        wc.getOptions().setThrowExceptionOnFailingStatusCode(false);
        wc.getOptions().setRedirectEnabled(false);
        WebRequest request = new WebRequest(new URL(j.getURL(), b.getUrl() + "ai-gate/" + gate.getId() + "/approve"),
                HttpMethod.POST);
        request.setRequestParameters(List.of(new NameValuePair("digest", gate.getEvidenceDigest()),
                new NameValuePair("comment", "approved from a script")));
        WebResponse refused = wc.getPage(request).getWebResponse();

        assertThat(refused.getStatusCode(), is(403));
        assertThat(refused.getContentAsString(), containsString("API token"));
        assertThat(GateFixture.gate(b).getVotes().isEmpty(), is(true));
        assertThat(GateFixture.gate(b).getStatus(), is(GateStatus.PENDING));

        // the same person voting from the web page counts
        assertThat(GateFixture.vote(j, b, "senior", "approve", "reviewed").getStatusCode(), is(302));
        j.assertBuildStatusSuccess(j.waitForCompletion(b));
    }

    @Test
    public void approvalsWaitingForMeListsOnlyTheGatesTheUserMayDecide() throws Exception {
        repo.init();
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowRun b = GateFixture.job(j, repo, "deploy", "").scheduleBuild2(0).waitForStart();
        GateFixture.awaitPending(j, b);
        ApprovalsWaitingAction page = Jenkins.get().getExtensionList(ApprovalsWaitingAction.class).get(0);

        assertThat(waitingFor(page, "senior").size(), is(1));
        assertThat(waitingFor(page, "senior").get(0).getRun(), is(b));
        assertThat(waitingFor(page, "breaker").size(), is(1)); // may break the glass
        assertThat(waitingFor(page, "alice").isEmpty(), is(true)); // reads the job, may not decide
        assertThat(waitingFor(page, "admin").isEmpty(), is(true)); // administrators are not implicit approvers

        // and the page renders for a user, escaped, with a link to the build
        JenkinsRule.WebClient wc = j.createWebClient().login("senior");
        assertThat(wc.goTo("ai-gate-approvals/").getWebResponse().getContentAsString(), containsString(b.getUrl()));

        GateFixture.vote(j, b, "senior", "approve", "");
        j.assertBuildStatusSuccess(j.waitForCompletion(b));
        assertThat(waitingFor(page, "senior").isEmpty(), is(true));
    }

    private static List<GatePage> waitingFor(ApprovalsWaitingAction page, String userId) {
        try (ACLContext ignored = ACL.as2(User.getById(userId, true).impersonate2())) {
            return page.getPages();
        }
    }
}
