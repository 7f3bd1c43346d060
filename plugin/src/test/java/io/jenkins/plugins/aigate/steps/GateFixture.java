package io.jenkins.plugins.aigate.steps;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Item;
import hudson.model.Label;
import hudson.model.User;
import hudson.plugins.git.GitTool;
import hudson.tasks.Mailer;
import hudson.util.Secret;
import io.jenkins.plugins.aigate.config.AiGateConfiguration;
import io.jenkins.plugins.aigate.core.testing.TestRepository;
import io.jenkins.plugins.aigate.gate.AiGateRunAction;
import io.jenkins.plugins.aigate.gate.GateRecord;
import io.jenkins.plugins.aigate.security.AiGatePermissions;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.util.NameValuePair;
import org.jenkinsci.plugins.gitclient.JGitTool;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;

/**
 * Shared set-up for the pipeline tests: a real local git repository with an AI-assisted commit, an agent to check
 * it out on, users with e-mail addresses (separation of duties needs them), and a permission matrix.
 */
public final class GateFixture {

    /** The sample repository's committer address. */
    static final String REPO_COMMITTER_EMAIL = TestRepository.DEFAULT_EMAIL;
    /** The label of the agent the pipelines check out on. */
    static final String AGENT_LABEL = "gate-agent";

    /** Where a pipeline checks out, and with which git implementation the plugin then reads the commits. */
    public enum Checkout {
        /** CLI git on an agent: the plugin's reads cross remoting. */
        AGENT_CLI_GIT,
        /** JGit on an agent. */
        AGENT_JGIT,
        /** CLI git on the controller itself. */
        CONTROLLER_CLI_GIT
    }

    private GateFixture() {
    }

    /** A repository on branch {@code main} with one commit no one would flag. */
    public static TestRepository repository(Path dir) {
        TestRepository repo = TestRepository.init(dir);
        repo.write("README.md", "a sample service\n").commit("Initial commit");
        return repo;
    }

    /** A repository whose newest commit says Claude co-authored it: a definitive AI signal. */
    public static void aiCommit(TestRepository repo, String file) {
        repo.write(file, "generated " + System.nanoTime())
                .commit("Add " + file + "\n\nCo-authored-by: Claude <noreply@anthropic.com>");
    }

    /** A commit with no AI signal at all. */
    static void humanCommit(TestRepository repo, String file) {
        repo.write(file, "hand written " + System.nanoTime()).commit("Fix the rounding of " + file);
    }

    /**
     * alice reads; senior and senior2 hold AiGate/Approve; admin administers (and nothing else); breaker may
     * break the glass. Everyone has an e-mail address.
     */
    public static void secure(JenkinsRule j) throws Exception {
        secureWithoutAuditKey(j);
        auditKey();
    }

    /** The users and permissions of {@link #secure}, with no audit key configured. */
    static void secureWithoutAuditKey(JenkinsRule j) throws Exception {
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

    /** A job checking out {@code repo} on an agent with CLI git, then gating outside {@code node} like {@code input}. */
    public static WorkflowJob job(JenkinsRule j, TestRepository repo, String name, String gateArguments)
            throws Exception {
        return job(j, repo, name, gateArguments, Checkout.AGENT_CLI_GIT);
    }

    /** A job checking out {@code repo} where {@code where} says, then gating outside {@code node}. */
    static WorkflowJob job(JenkinsRule j, TestRepository repo, String name, String gateArguments, Checkout where)
            throws Exception {
        return job(j, repo.dir().toString(), name, gateArguments, where);
    }

    /** As {@link #job(JenkinsRule, TestRepository, String, String, Checkout)}, for a repository named by its path. */
    static WorkflowJob job(JenkinsRule j, String repo, String name, String gateArguments, Checkout where)
            throws Exception {
        WorkflowJob p = j.createProject(WorkflowJob.class, name);
        p.setDefinition(new CpsFlowDefinition(
                checkout(j, repo, where)
                        + "def r = aiGate(" + gateArguments + ")\n"
                        + "echo \"decision=${r.decision} flagged=${r.flagged} approvers=${r.approvers}\"\n", true));
        return p;
    }

    /**
     * The Pipeline text that checks {@code repo} out, preparing the agent and git tools it needs.
     *
     * @return {@code node(...) { checkout(...) }} with a trailing newline
     */
    public static String checkout(JenkinsRule j, TestRepository repo, Checkout where) throws Exception {
        return checkout(j, repo.dir().toString(), where);
    }

    private static String checkout(JenkinsRule j, String repo, Checkout where) throws Exception {
        return "node('" + node(j, where) + "') {\n  " + checkoutStep(j, repo, where) + "\n}\n";
    }

    /** The label to run {@code where}'s checkout on, starting the agent once per Jenkins. */
    static String node(JenkinsRule j, Checkout where) throws Exception {
        if (where == Checkout.CONTROLLER_CLI_GIT) {
            return "built-in";
        }
        if (Label.get(AGENT_LABEL).getNodes().isEmpty()) {
            j.waitOnline(j.createSlave(Label.get(AGENT_LABEL)));
        }
        return AGENT_LABEL;
    }

    /** A {@code checkout} step of {@code repo}'s {@code main} branch with {@code where}'s git tool. */
    static String checkoutStep(JenkinsRule j, String repo, Checkout where) {
        String tool = GitTool.DEFAULT;
        if (where == Checkout.AGENT_JGIT) {
            GitTool.DescriptorImpl tools = j.jenkins.getDescriptorByType(GitTool.DescriptorImpl.class);
            tools.setInstallations(new GitTool(GitTool.DEFAULT, "git", List.of()), new JGitTool(List.of()));
            tool = JGitTool.MAGIC_EXENAME;
        }
        return "checkout([$class: 'GitSCM', branches: [[name: 'main']], gitTool: '" + tool + "', "
                + "userRemoteConfigs: [[url: '" + repo + "']]])";
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
    public static WebResponse vote(JenkinsRule j, WorkflowRun b, String userId, String verb, String comment)
            throws Exception {
        GateRecord gate = gate(b);
        JenkinsRule.WebClient wc = j.createWebClient().login(userId);
        wc.getOptions().setThrowExceptionOnFailingStatusCode(false);
        wc.getOptions().setRedirectEnabled(false);
        // the crumb of this session, as the page's form sends it (a real Jenkins binds crumbs to the session)
        JSONObject crumb = JSONObject.fromObject(
                wc.goTo("crumbIssuer/api/json", "application/json").getWebResponse().getContentAsString());
        URL url = new URL(j.getURL(), b.getUrl() + "ai-gate/" + gate.getId() + "/" + verb);
        WebRequest request = new WebRequest(url, HttpMethod.POST);
        request.setRequestParameters(List.of(new NameValuePair("digest", gate.getEvidenceDigest()),
                new NameValuePair("comment", comment),
                new NameValuePair(crumb.getString("crumbRequestField"), crumb.getString("crumb"))));
        return wc.getPage(request).getWebResponse();
    }
}
