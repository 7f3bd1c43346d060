package io.jenkins.plugins.aigate.steps;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.util.NameValuePair;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;

/** The ways a decision reaches a gate: API-token votes, and the page listing what waits for the current user. */
class ApprovalRoutesTest extends PipelineTest {

    @Test
    void aVoteMadeWithAnApiTokenDoesNotCountUnlessThePolicyAllowsIt() throws Exception {
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

        assertThat(refused.getStatusCode()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("API token");
        assertThat(GateFixture.gate(b).getVotes().isEmpty()).isTrue();
        assertThat(GateFixture.gate(b).getStatus()).isEqualTo(GateStatus.PENDING);

        // the same person voting from the web page counts
        assertThat(GateFixture.vote(j, b, "senior", "approve", "reviewed").getStatusCode()).isEqualTo(302);
        j.assertBuildStatusSuccess(j.waitForCompletion(b));
    }

    @Test
    void approvalsWaitingForMeListsOnlyTheGatesTheUserMayDecide() throws Exception {
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowRun b = GateFixture.job(j, repo, "deploy", "").scheduleBuild2(0).waitForStart();
        GateFixture.awaitPending(j, b);
        ApprovalsWaitingAction page = Jenkins.get().getExtensionList(ApprovalsWaitingAction.class).get(0);

        assertThat(waitingFor(page, "senior").size()).isEqualTo(1);
        assertThat(waitingFor(page, "senior").get(0).getRun()).isEqualTo(b);
        assertThat(waitingFor(page, "breaker").size()).isEqualTo(1); // may break the glass
        assertThat(waitingFor(page, "alice").isEmpty()).isTrue(); // reads the job, may not decide
        assertThat(waitingFor(page, "admin").isEmpty()).isTrue(); // administrators are not implicit approvers

        // and the page renders for a user, escaped, with a link to the build
        JenkinsRule.WebClient wc = j.createWebClient().login("senior");
        assertThat(wc.goTo("ai-gate-approvals/").getWebResponse().getContentAsString()).contains(b.getUrl());

        GateFixture.vote(j, b, "senior", "approve", "");
        j.assertBuildStatusSuccess(j.waitForCompletion(b));
        assertThat(waitingFor(page, "senior").isEmpty()).isTrue();
    }

    @Test
    void theGatePageOffersTheDecisionToAnApproverInTheBrowserAndTellsOthersWhyNot() throws Exception {
        GateFixture.aiCommit(repo, "feature.txt");
        GateFixture.secure(j);
        WorkflowRun b = GateFixture.job(j, repo, "deploy", "").scheduleBuild2(0).waitForStart();
        GateRecord gate = GateFixture.awaitPending(j, b);
        String url = b.getUrl() + "ai-gate/" + gate.getId() + "/";

        // a web session is a web vote: under the default policy (no token votes) the approver may decide
        String senior = j.createWebClient().login("senior").goTo(url).getWebResponse().getContentAsString();
        assertThat(senior).contains("You may approve or reject this gate.").contains("name=\"approve\"")
                .contains("name=\"reject\"").doesNotContain("name=\"override\"");
        String alice = j.createWebClient().login("alice").goTo(url).getWebResponse().getContentAsString();
        assertThat(alice).contains("You are not an approver for this gate").doesNotContain("name=\"approve\"");
        String breaker = j.createWebClient().login("breaker").goTo(url).getWebResponse().getContentAsString();
        assertThat(breaker).contains("name=\"override\"").doesNotContain("name=\"approve\"");
        // every element id on the page is unique (one button bar per form used to repeat them)
        java.util.List<String> ids = new java.util.ArrayList<>();
        java.util.regex.Matcher id = java.util.regex.Pattern.compile(" id=\"([^\"]+)\"").matcher(senior);
        while (id.find()) {
            ids.add(id.group(1));
        }
        assertThat(ids).doesNotHaveDuplicates();
        // looking changes nothing: the build is not saved by a GET
        long saved = new java.io.File(b.getRootDir(), "build.xml").lastModified();
        Thread.sleep(1100);
        j.createWebClient().login("senior").goTo(url);
        assertThat(new java.io.File(b.getRootDir(), "build.xml").lastModified()).isEqualTo(saved);

        b.doStop();
        j.waitForCompletion(b);
    }

    private static List<GatePage> waitingFor(ApprovalsWaitingAction page, String userId) {
        try (ACLContext ignored = ACL.as2(User.getById(userId, true).impersonate2())) {
            return page.getPages();
        }
    }
}
