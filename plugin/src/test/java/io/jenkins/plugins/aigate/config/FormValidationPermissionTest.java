package io.jenkins.plugins.aigate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Form checks and fills answer administrators only, and only to POST; they delegate to core's validation. */
@WithJenkins
class FormValidationPermissionTest {
    private static final String CONFIG = "descriptorByName/" + AiGateConfiguration.class.getName() + "/";
    private static final String RULE = "descriptorByName/" + RuleSettings.class.getName() + "/";
    private static final String SIGNAL = "descriptorByName/" + CustomSignalSettings.class.getName() + "/";
    private static final String IDENTITY = "descriptorByName/" + IdentitySettings.class.getName() + "/";

    private JenkinsRule j;

    @BeforeEach
    void secure(JenkinsRule rule) {
        j = rule;
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ).everywhere().to("reader")
                .grant(Jenkins.ADMINISTER).everywhere().to("admin"));
    }

    @Test
    void nonAdministratorIsRefused() throws Exception {
        JenkinsRule.WebClient wc = client("reader");
        for (String call : new String[] {
            CONFIG + "checkMode?value=enforce",
            CONFIG + "checkRequiredApprovals?value=1",
            CONFIG + "checkAuditKeyCredentialsId?value=x",
            CONFIG + "fillAuditKeyCredentialsIdItems",
            CONFIG + "fillGithubCredentialsIdItems",
            CONFIG + "tryCommit?tryAuthor=a&tryEmail=b&tryMessage=c",
            RULE + "checkPaths?value=infra/**",
            SIGNAL + "checkPattern?value=x",
        }) {
            assertEquals(403, post(wc, call).getStatusCode(), call);
        }
    }

    @Test
    void getIsRefusedEvenForAdministrators() throws Exception {
        WebResponse r = client("admin").loadWebResponse(new WebRequest(url(CONFIG + "checkMode?value=Enforce")));
        // Stapler does not dispatch a GET to a @POST web method at all: not found, and the check never ran
        assertEquals(404, r.getStatusCode());
        assertFalse(r.getContentAsString().contains("enforce, observe, off"));
    }

    @Test
    void administratorGetsCoreValidation() throws Exception {
        JenkinsRule.WebClient wc = client("admin");
        assertError(post(wc, CONFIG + "checkMode?value=Enforce"), "enforce, observe, off");
        assertOk(post(wc, CONFIG + "checkMode?value=observe"));
        assertError(post(wc, CONFIG + "checkRequiredApprovals?value=0"), "requiredApprovals");
        assertOk(post(wc, CONFIG + "checkRequiredApprovals?value=2"));
        assertError(post(wc, RULE + "checkPaths?value=%2Finfra%2F**"), "/infra/**");
        assertOk(post(wc, RULE + "checkPaths?value=infra%2F**"));
        assertError(post(wc, SIGNAL + "checkPattern?value=%28unclosed"), "(unclosed");
        assertError(post(wc, SIGNAL + "checkField?value=authoremail"), "authorEmail");
        assertError(post(wc, IDENTITY + "checkEmails?value=alice.example.com"), "alice.example.com");
        assertOk(post(wc, IDENTITY + "checkEmails?value=alice%40example.com"));
        assertError(post(wc, CONFIG + "checkSchemaVersion?value=2"), "schemaVersion");
    }

    @Test
    void tryCommitShowsTheRulesThatFire() throws Exception {
        WebResponse r = post(client("admin"), CONFIG + "tryCommit?tryAuthor=Dev&tryEmail=dev%40example.com"
                + "&tryMessage=" + URLEncoder.encode(
                        "Fix parser\n\nCo-authored-by: Claude <noreply@anthropic.com>\n", StandardCharsets.UTF_8));
        assertEquals(200, r.getStatusCode());
        assertTrue(r.getContentAsString().contains("Claude") || r.getContentAsString().contains("Flagged"),
                r.getContentAsString());
        WebResponse human = post(client("admin"), CONFIG + "tryCommit?tryAuthor=Dev&tryEmail=dev%40example.com"
                + "&tryMessage=Fix+parser");
        assertTrue(human.getContentAsString().contains("No rule fires"), human.getContentAsString());
    }

    private JenkinsRule.WebClient client(String user) {
        JenkinsRule.WebClient wc = j.createWebClient().withBasicApiToken(user);
        wc.setThrowExceptionOnFailingStatusCode(false);
        return wc;
    }

    private URL url(String path) throws Exception {
        return new URL(j.getURL(), path);
    }

    private WebResponse post(JenkinsRule.WebClient wc, String path) throws Exception {
        return wc.loadWebResponse(new WebRequest(url(path), HttpMethod.POST));
    }

    private static void assertError(WebResponse r, String expected) {
        assertEquals(200, r.getStatusCode());
        String body = r.getContentAsString();
        assertTrue(body.contains("class=\"error\"") && body.contains(escape(expected)), body);
    }

    private static void assertOk(WebResponse r) {
        assertEquals(200, r.getStatusCode());
        assertTrue(!r.getContentAsString().contains("class=\"error\""), r.getContentAsString());
    }

    /** FormValidation escapes its message as HTML. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#039;");
    }
}
