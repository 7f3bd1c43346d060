package io.jenkins.plugins.aigate.steps;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Item;
import hudson.model.User;
import hudson.tasks.Mailer;
import hudson.util.Secret;
import io.jenkins.plugins.aigate.config.AiGateConfiguration;
import io.jenkins.plugins.aigate.gate.AiGateRunAction;
import io.jenkins.plugins.aigate.gate.GateRecord;
import io.jenkins.plugins.aigate.security.AiGatePermissions;
import java.net.URL;
import java.util.List;
import jenkins.model.Jenkins;
import jenkins.plugins.git.GitSampleRepoRule;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.util.NameValuePair;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;

/**
 * Shared set-up for the pipeline tests: a real local git repository with an AI-assisted commit, users with
 * e-mail addresses (separation of duties needs them), and a permission matrix.
 */
public final class GateFixture {

    /** The sample repository's committer address (set by {@code GitSampleRepoRule.init()}). */
    static final String REPO_COMMITTER_EMAIL = "gits@mplereporule";

    private GateFixture() {
    }

    /** A repository whose newest commit says Claude co-authored it: a definitive AI signal. */
    static void aiCommit(GitSampleRepoRule repo, String file) throws Exception {
        repo.write(file, "generated " + System.nanoTime());
        repo.git("add", file);
        repo.git("commit", "--message=Add " + file + "\n\nCo-authored-by: Claude <noreply@anthropic.com>");
    }

    /** A commit with no AI signal at all. */
    static void humanCommit(GitSampleRepoRule repo, String file) throws Exception {
        repo.write(file, "hand written " + System.nanoTime());
        repo.git("add", file);
        repo.git("commit", "--message=Fix the rounding of " + file);
    }

    /**
     * alice reads; senior and senior2 hold AiGate/Approve; admin administers (and nothing else); breaker may
     * break the glass. Everyone has an e-mail address.
     */
    static void secure(JenkinsRule j) throws Exception {
        JenkinsRule.DummySecurityRealm realm = j.createDummySecurityRealm();
        j.jenkins.setSecurityRealm(realm);
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ).everywhere().toEveryone()
                .grant(AiGatePermissions.APPROVE).everywhere().to("senior", "senior2")
                .grant(AiGatePermissions.OVERRIDE).everywhere().to("breaker")
                .grant(Jenkins.ADMINISTER).everywhere().to("admin"));
        for (String id : List.of("alice", "senior", "senior2", "admin", "breaker")) {
            email(id, id + "@example.com");
        }
        auditKey();
    }

    /** The SYSTEM-scoped audit key the administrator names; without one every gate fails closed. */
    public static void auditKey() throws Exception {
        if (SystemCredentialsProvider.getInstance().getCredentials().stream()
                .anyMatch(c -> c instanceof StringCredentialsImpl s && s.getId().equals("audit-key"))) {
            return;
        }
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(
                CredentialsScope.SYSTEM, "audit-key", "", Secret.fromString("a test audit key, long enough")));
        SystemCredentialsProvider.getInstance().save();
        AiGateConfiguration.get().setAuditKeyCredentialsId("audit-key");
    }

    static void email(String userId, String address) throws Exception {
        User.getById(userId, true).addProperty(new Mailer.UserProperty(address));
    }

    /** A job checking out {@code repo} on an agent, then gating outside {@code node} like {@code input}. */
    static WorkflowJob job(JenkinsRule j, GitSampleRepoRule repo, String name, String gateArguments)
            throws Exception {
        WorkflowJob p = j.createProject(WorkflowJob.class, name);
        p.setDefinition(new CpsFlowDefinition(
                "node { git url: '" + repo + "', branch: 'master' }\n"
                        + "def r = aiGate(" + gateArguments + ")\n"
                        + "echo \"decision=${r.decision} flagged=${r.flagged} approvers=${r.approvers}\"\n", true));
        return p;
    }

    /** Waits until the build's first gate is paused for approvers and returns it. */
    static GateRecord awaitPending(JenkinsRule j, WorkflowRun b) throws Exception {
        j.waitForMessage("Review and approve or reject", b);
        AiGateRunAction action = b.getAction(AiGateRunAction.class);
        return action.getGates().get(0);
    }

    static GateRecord gate(WorkflowRun b) {
        return b.getAction(AiGateRunAction.class).getGates().get(0);
    }

    /**
     * POSTs a vote as {@code userId} with a crumb, like the page's form does.
     *
     * @return the response (status codes are not thrown)
     */
    static WebResponse vote(JenkinsRule j, WorkflowRun b, String userId, String verb, String comment)
            throws Exception {
        GateRecord gate = gate(b);
        JenkinsRule.WebClient wc = j.createWebClient().login(userId);
        wc.getOptions().setThrowExceptionOnFailingStatusCode(false);
        wc.getOptions().setRedirectEnabled(false);
        URL url = wc.createCrumbedUrl(b.getUrl() + "ai-gate/" + gate.getId() + "/" + verb);
        WebRequest request = new WebRequest(url, HttpMethod.POST);
        request.setRequestParameters(List.of(new NameValuePair("digest", gate.getEvidenceDigest()),
                new NameValuePair("comment", comment)));
        return wc.getPage(request).getWebResponse();
    }
}
