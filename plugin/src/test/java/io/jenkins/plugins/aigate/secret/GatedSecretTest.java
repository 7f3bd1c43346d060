package io.jenkins.plugins.aigate.secret;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Result;
import hudson.model.User;
import hudson.tasks.Mailer;
import hudson.util.Secret;
import io.jenkins.plugins.aigate.gate.AiGateRunAction;
import io.jenkins.plugins.aigate.gate.GateRecord;
import io.jenkins.plugins.aigate.security.AiGatePermissions;
import io.jenkins.plugins.aigate.steps.GateFixture;
import io.jenkins.plugins.aigate.steps.PipelineTest;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.util.NameValuePair;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.TestExtension;
import org.springframework.security.core.Authentication;

class GatedSecretTest extends PipelineTest {

    private static final String TOKEN = "s3cr3t-deploy-token-4711";

    @Test
    void theBlockGetsTheSecretOnlyAfterTheGateApproved() throws Exception {
        repo.write("feature.txt", "generated");
        repo.git("add", "feature.txt");
        repo.git("commit", "--message=Add feature\n\nCo-authored-by: Claude <noreply@anthropic.com>");
        secure();
        addSecret(null);
        WorkflowJob p = j.createProject(WorkflowJob.class, "deploy");
        p.setDefinition(new CpsFlowDefinition(
                "node { git url: '" + repo.dir() + "', branch: 'main' }\n"
                        + "aiGate(credentialsId: 'prod-deploy')\n"
                        + "withAiGateSecret(credentialsId: 'prod-deploy') {\n"
                        + "  echo \"length=${env.AI_GATE_SECRET.length()}\"\n"
                        + "  echo \"token=${env.AI_GATE_SECRET}\"\n"
                        + "}\n", true));

        WorkflowRun b = p.scheduleBuild2(0).waitForStart();
        j.waitForMessage("Review and approve or reject", b);
        j.assertLogNotContains("unlocked", b);

        approve(b, "senior");

        j.assertBuildStatusSuccess(j.waitForCompletion(b));
        j.assertLogContains("Gated secret 'prod-deploy' unlocked by AI Change Gate gate-1 (APPROVED)", b);
        j.assertLogContains("length=" + TOKEN.length(), b);
        j.assertLogContains("token=****", b);
        j.assertLogNotContains(TOKEN, b);
        // the variable is declared sensitive: Pipeline warns about interpolating it, as for withCredentials
        j.assertLogContains("using Groovy String interpolation, which is insecure", b);
        j.assertLogContains("[AI_GATE_SECRET]", b);
    }

    @Test
    void withoutTheGateTheSecretStaysLocked() throws Exception {
        addSecret(null);
        WorkflowJob p = j.createProject(WorkflowJob.class, "sneaky");
        p.setDefinition(new CpsFlowDefinition(
                "withAiGateSecret(credentialsId: 'prod-deploy') { echo \"token=${env.AI_GATE_SECRET}\" }", true));

        WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, p);

        j.assertLogContains("stays locked", b);
        j.assertLogNotContains(TOKEN, b);
    }

    @Test
    void aGateOverAnotherRepositoryDoesNotUnlockAPinnedSecret() throws Exception {
        secure();
        addSecret("https://git.example.org/payments.git");
        WorkflowJob p = j.createProject(WorkflowJob.class, "elsewhere");
        p.setDefinition(new CpsFlowDefinition(
                "node { git url: '" + repo.dir() + "', branch: 'main' }\n"
                        + "aiGate(credentialsId: 'prod-deploy')\n"
                        + "withAiGateSecret(credentialsId: 'prod-deploy') { echo 'deploying' }\n", true));

        WorkflowRun b = p.scheduleBuild2(0).waitForStart();
        j.waitForMessage("Review and approve or reject", b);
        approve(b, "senior");

        j.assertBuildStatus(Result.FAILURE, j.waitForCompletion(b));
        j.assertLogContains("stays locked", b);
        j.assertLogNotContains("deploying", b);
    }

    @Test
    void noOtherCredentialLookupSeesItAsSecretText() throws Exception {
        addSecret(null);
        WorkflowJob p = j.createProject(WorkflowJob.class, "lookup");
        p.setDefinition(new CpsFlowDefinition("echo 'looking'", true));
        WorkflowRun b = j.buildAndAssertSuccess(p);

        assertThat(CredentialsProvider.findCredentialById("prod-deploy", StringCredentials.class, b) == null).isTrue();
        assertThat(CredentialsProvider.findCredentialById("prod-deploy", GatedSecretCredentials.class, b) != null).isTrue();
    }

    @Test
    void theCredentialIsLookedUpOffThePipelineThread() throws Exception {
        // the credential lives only in a provider that notes the thread it is asked on, as a vault would be reached
        WorkflowJob p = j.createProject(WorkflowJob.class, "vault");
        p.setDefinition(new CpsFlowDefinition(
                "withAiGateSecret(credentialsId: '" + ThreadNotingProvider.ID + "') { echo 'inside' }", true));

        WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, p);

        // no gate let this build through, so it stays locked; but the provider was asked, and not on the CPS VM thread
        j.assertLogContains("stays locked", b);
        assertThat(ThreadNotingProvider.threads).isNotEmpty()
                .noneMatch(name -> name.startsWith("Running CpsFlowExecution"));
    }

    /** A credentials provider that serves one gated secret and notes the name of each thread that asks for it. */
    @TestExtension("theCredentialIsLookedUpOffThePipelineThread")
    public static final class ThreadNotingProvider extends CredentialsProvider {
        static final String ID = "vault-deploy";
        static final List<String> threads = new CopyOnWriteArrayList<>();

        @Override
        public <C extends Credentials> List<C> getCredentialsInItemGroup(Class<C> type, ItemGroup itemGroup,
                Authentication authentication, List<DomainRequirement> domainRequirements) {
            if (!type.isAssignableFrom(GatedSecretCredentials.class)) {
                return List.of();
            }
            threads.add(Thread.currentThread().getName());
            return List.of(type.cast(new GatedSecretCredentials(CredentialsScope.GLOBAL, ID, "from a vault",
                    Secret.fromString(TOKEN), null, null)));
        }
    }

    private void secure() throws Exception {
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ).everywhere().toEveryone()
                .grant(AiGatePermissions.APPROVE).everywhere().to("senior"));
        User.getById("senior", true).addProperty(new Mailer.UserProperty("senior@example.com"));
        GateFixture.auditKey();
    }

    private void addSecret(String repository) throws Exception {
        SystemCredentialsProvider.getInstance().getCredentials().add(new GatedSecretCredentials(
                CredentialsScope.GLOBAL, "prod-deploy", "production deploy token", Secret.fromString(TOKEN),
                repository, null));
        SystemCredentialsProvider.getInstance().save();
    }

    private void approve(WorkflowRun b, String userId) throws Exception {
        GateRecord gate = b.getAction(AiGateRunAction.class).getGates().get(0);
        JenkinsRule.WebClient wc = j.createWebClient().login(userId);
        wc.getOptions().setRedirectEnabled(false);
        wc.getOptions().setThrowExceptionOnFailingStatusCode(false);
        URL url = wc.createCrumbedUrl(b.getUrl() + "ai-gate/" + gate.getId() + "/approve");
        WebRequest request = new WebRequest(url, HttpMethod.POST);
        request.setRequestParameters(List.of(new NameValuePair("digest", gate.getEvidenceDigest()),
                new NameValuePair("comment", "")));
        assertThat(wc.getPage(request).getWebResponse().getStatusCode()).isEqualTo(302);
    }
}
