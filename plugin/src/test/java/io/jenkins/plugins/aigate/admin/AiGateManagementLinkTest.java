package io.jenkins.plugins.aigate.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.ManagementLink;
import hudson.util.Secret;
import io.jenkins.plugins.aigate.config.AiGateConfiguration;
import java.net.URL;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The management page shows the policy in force to system readers; verifying the log needs Administer and POST. */
@WithJenkins
class AiGateManagementLinkTest {
    private JenkinsRule j;

    @BeforeEach
    void secure(JenkinsRule rule) throws Exception {
        j = rule;
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(
                CredentialsScope.SYSTEM, "audit-key", "", Secret.fromString("a test audit key, long enough")));
        SystemCredentialsProvider.getInstance().save();
        AiGateConfiguration.get().setAuditKeyCredentialsId("audit-key");
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ).everywhere().to("reader")
                .grant(Jenkins.ADMINISTER).everywhere().to("admin"));
    }

    @Test
    void isRegisteredUnderSecurity() {
        AiGateManagementLink link = ManagementLink.all().get(AiGateManagementLink.class);
        assertEquals(ManagementLink.Category.SECURITY, link.getCategory());
        assertEquals(Jenkins.SYSTEM_READ, link.getRequiredPermission());
    }

    @Test
    void administratorSeesThePolicyFingerprintAndTheAuditedChange() throws Exception {
        String fingerprint = AiGateConfiguration.get().getEffectivePolicy().orElseThrow().fingerprint();
        WebResponse page = client("admin").loadWebResponse(new WebRequest(url("manage/ai-gate/")));
        assertEquals(200, page.getStatusCode());
        String html = page.getContentAsString();
        assertTrue(html.contains(fingerprint), html);
        assertTrue(html.contains("Policy change"), "the audited key change is listed");
        // the page header already shows the link's description: the page does not print it again
        String description = new AiGateManagementLink().getDescription();
        assertEquals(1, html.split(java.util.regex.Pattern.quote(description), -1).length - 1, description);
    }

    @Test
    void readerIsRefused() throws Exception {
        assertEquals(403, client("reader").loadWebResponse(new WebRequest(url("manage/ai-gate/"))).getStatusCode());
        assertEquals(403, client("reader").loadWebResponse(
                new WebRequest(url("manage/ai-gate/verifyAudit"), HttpMethod.POST)).getStatusCode());
    }

    @Test
    void verifyNeedsPost() throws Exception {
        WebResponse get = client("admin").loadWebResponse(new WebRequest(url("manage/ai-gate/verifyAudit")));
        assertEquals(405, get.getStatusCode());

        WebResponse post = client("admin").loadWebResponse(
                new WebRequest(url("manage/ai-gate/verifyAudit"), HttpMethod.POST));
        assertEquals(200, post.getStatusCode());
        assertTrue(post.getContentAsString().contains("The audit log is intact"), post.getContentAsString());
    }

    private JenkinsRule.WebClient client(String user) {
        JenkinsRule.WebClient wc = j.createWebClient().withBasicApiToken(user);
        wc.setThrowExceptionOnFailingStatusCode(false);
        return wc;
    }

    private URL url(String path) throws Exception {
        return new URL(j.getURL(), path);
    }
}
