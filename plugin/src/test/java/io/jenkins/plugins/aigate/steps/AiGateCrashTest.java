package io.jenkins.plugins.aigate.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import hudson.security.AuthorizationStrategy;
import hudson.security.SecurityRealm;
import hudson.util.Secret;
import io.jenkins.plugins.aigate.config.AiGateConfiguration;
import io.jenkins.plugins.aigate.core.testing.TestRepository;
import io.jenkins.plugins.aigate.gate.AiGateRunAction;
import io.jenkins.plugins.aigate.gate.GateRecord;
import io.jenkins.plugins.aigate.gate.GateStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.htmlunit.WebResponse;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.RealJenkinsExtension;

/**
 * The controller is killed (SIGKILL, no shutdown) while a gate waits, and while a gate is still evaluating: in a
 * real Jenkins process, so nothing is saved on the way down. Either way the build resumes to a working gate.
 */
class AiGateCrashTest {

    @RegisterExtension
    private final RealJenkinsExtension jenkins = new RealJenkinsExtension()
            .javaOptions("-Dhudson.plugins.git.GitSCM.ALLOW_LOCAL_CHECKOUT=true");

    @TempDir
    private Path dir;

    private HttpServer gitHub;

    @AfterEach
    void stopGitHub() {
        if (gitHub != null) {
            gitHub.stop(0);
        }
    }

    @Test
    void aWaitingGateSurvivesAHardKillWithItsVotes() throws Throwable {
        TestRepository repo = GateFixture.repository(dir.resolve("repo"));
        GateFixture.aiCommit(repo, "feature.txt");
        String path = repo.dir().toString();

        jenkins.startJenkins();
        jenkins.runRemotely(j -> {
            GateFixture.secure(j);
            WorkflowJob p = GateFixture.job(j, path, "deploy", "requiredApprovals: 2",
                    GateFixture.Checkout.CONTROLLER_CLI_GIT);
            WorkflowRun b = p.scheduleBuild2(0).waitForStart();
            GateFixture.awaitPending(j, b);
            WebResponse vote = GateFixture.vote(j, b, "senior", "approve", "first look");
            assertThat(vote.getStatusCode()).as(vote.getContentAsString()).isEqualTo(302);
            forgetTestSecurity(j);
        });
        jenkins.stopJenkinsForcibly();

        jenkins.startJenkins();
        jenkins.runRemotely(j -> {
            GateFixture.secure(j);
            WorkflowRun b = j.jenkins.getItemByFullName("deploy", WorkflowJob.class).getBuildByNumber(1);
            GateRecord gate = GateFixture.gate(b);
            assertThat(gate.getStatus()).isEqualTo(GateStatus.PENDING);
            assertThat(gate.getApprovalCount()).isEqualTo(1);
            assertThat(b.isBuilding()).isTrue();

            WebResponse vote = GateFixture.vote(j, b, "senior2", "approve", "second look");
            assertThat(vote.getStatusCode()).as(vote.getContentAsString()).isEqualTo(302);

            j.assertBuildStatusSuccess(j.waitForCompletion(b));
            j.assertLogContains("approvers=[senior, senior2]", b);
        });
    }

    @Test
    void aGateKilledMidEvaluationEvaluatesAgainIntoTheSameRecord() throws Throwable {
        TestRepository repo = GateFixture.repository(dir.resolve("repo"));
        GateFixture.humanCommit(repo, "rounding.txt");
        String path = repo.dir().toString();
        // a GitHub stand-in outside the controller: it holds the first lookup until the controller is dead
        CountDownLatch controllerKilled = new CountDownLatch(1);
        CountDownLatch lookupStarted = new CountDownLatch(1);
        gitHub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gitHub.createContext("/api/v3/", exchange -> {
            lookupStarted.countDown();
            try {
                controllerKilled.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange);
        });
        gitHub.setExecutor(Executors.newCachedThreadPool());
        gitHub.start();
        String host = "http://127.0.0.1:" + gitHub.getAddress().getPort();

        // the checkout names a remote on the API's host; git in the controller's environment rewrites it locally
        jenkins.extraEnv("GIT_CONFIG_COUNT", "1").extraEnv("GIT_CONFIG_KEY_0", "url." + path + ".insteadOf")
                .extraEnv("GIT_CONFIG_VALUE_0", host + "/acme/app.git");
        jenkins.startJenkins();
        jenkins.runRemotely(j -> {
            GateFixture.secure(j);
            SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(
                    CredentialsScope.GLOBAL, "github-token", "", Secret.fromString("ghp_local_stand_in")));
            SystemCredentialsProvider.getInstance().save();
            AiGateConfiguration.get().setGithubApiUrl(host + "/api/v3");
            AiGateConfiguration.get().setGithubCredentialsId("github-token");
            WorkflowJob p = j.createProject(WorkflowJob.class, "deploy");
            p.setDefinition(new CpsFlowDefinition("node('built-in') {\n"
                    + "  git url: '" + host + "/acme/app.git', branch: 'main'\n"
                    + "}\n"
                    + "def r = aiGate()\n"
                    + "echo \"decision=${r.decision} approvers=${r.approvers}\"\n", true));
            p.scheduleBuild2(0).waitForStart();
        });
        assertThat(lookupStarted.await(2, TimeUnit.MINUTES)).isTrue();
        jenkins.runRemotely(j -> {
            WorkflowRun b = j.jenkins.getItemByFullName("deploy", WorkflowJob.class).getBuildByNumber(1);
            assertThat(GateFixture.gate(b).getStatus()).isEqualTo(GateStatus.EVALUATING);
            forgetTestSecurity(j);
        });
        jenkins.stopJenkinsForcibly();
        controllerKilled.countDown();

        jenkins.startJenkins();
        jenkins.runRemotely(j -> {
            GateFixture.secure(j);
            WorkflowRun b = j.jenkins.getItemByFullName("deploy", WorkflowJob.class).getBuildByNumber(1);
            GateRecord gate = GateFixture.awaitPending(j, b);
            assertThat(gate.getId()).isEqualTo("gate-1");
            assertThat(b.getAction(AiGateRunAction.class).getGates()).hasSize(1);
            j.assertLogContains("evaluating again", b);

            WebResponse vote = GateFixture.vote(j, b, "senior", "approve", "after the crash");
            assertThat(vote.getStatusCode()).as(vote.getContentAsString()).isEqualTo(302);
            j.assertBuildStatusSuccess(j.waitForCompletion(b));
        });
    }

    /**
     * The test's security realm and authorization strategy live in the test harness, which a real Jenkins cannot
     * load from {@code config.xml} at startup: core's stand-ins are saved before the kill (the gate's own state is
     * untouched) and the test's are set again after the restart.
     */
    private static void forgetTestSecurity(JenkinsRule j) throws IOException {
        j.jenkins.setSecurityRealm(SecurityRealm.NO_AUTHENTICATION);
        j.jenkins.setAuthorizationStrategy(AuthorizationStrategy.UNSECURED);
        j.jenkins.save();
    }

    /** Answers a commit's pull-request lookup with none: the gate then asks for approval (no baseline yet). */
    private static void answer(HttpExchange exchange) throws IOException {
        byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
