package io.jenkins.plugins.aigate.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.aigate.audit.AiGateAuditLog;
import io.jenkins.plugins.aigate.core.testing.TestRepository;
import io.jenkins.plugins.aigate.gate.AiGateRunAction;
import io.jenkins.plugins.aigate.gate.GateRecord;
import io.jenkins.plugins.aigate.gate.GateStatus;
import io.jenkins.plugins.aigate.steps.GateFixture;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole approval as people do it, in Debian's Chromium driven by ChromeDriver: a Pipeline pauses on an
 * AI-assisted commit, a junior sees the gate but is offered no decision, a senior finds it under "Approvals
 * waiting for me" and approves, the build goes on, and the gate page and the audit log say who, when and why.
 * Screenshots land in {@code target/screenshots} (or {@code -Dscreenshots.dir=...}, as for the docs).
 */
@WithJenkins
class ApprovalInBrowserTest {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private JenkinsRule j;
    private TestRepository repo;
    private Path profile;
    private WebDriver browser;

    @BeforeEach
    void setUp(JenkinsRule rule, @TempDir Path dir) throws Exception {
        assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Chromium and ChromeDriver (Debian packages chromium, chromium-driver) are needed");
        j = rule;
        repo = GateFixture.repository(dir.resolve("repo"));
        profile = Files.createDirectories(dir.resolve("chromium-profile"));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aSeniorApprovesInTheBrowserWhatAJuniorMayOnlyLookAt() throws Exception {
        GateFixture.aiCommit(repo, "src/main/java/Pricing.java");
        GateFixture.secure(j);
        WorkflowJob job = GateFixture.job(j, repo, "shop-deploy", "message: 'Deploy the shop to production'");
        WorkflowRun b = job.scheduleBuild2(0).waitForStart();
        j.waitForMessage("Review and approve or reject", b);
        GateRecord gate = b.getAction(AiGateRunAction.class).getGates().get(0);
        String gateUrl = j.getURL() + b.getUrl() + "ai-gate/" + gate.getId() + "/";

        browser = chromium();
        // alice reads the job: she sees the gate and why, and is offered nothing to click
        logIn("alice");
        browser.get(gateUrl);
        assertThat(text()).contains("Deploy the shop to production", "Add src/main/java/Pricing.java",
                "You are not an approver for this gate");
        assertThat(browser.findElements(By.cssSelector("form[name=approve]"))).isEmpty();
        logOut();

        // the senior finds it in "Approvals waiting for me" and opens it from there
        logIn("senior");
        browser.get(j.getURL() + "ai-gate-approvals/");
        assertThat(text()).contains(b.getFullDisplayName());
        screenshot("approvals-waiting");
        browser.findElement(By.linkText(gate.getId())).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[name=approve]")));
        assertThat(text()).contains("You may approve or reject this gate.", "Co-authored-by: Claude");
        screenshot("gate-page");

        browser.findElement(By.cssSelector("form[name=approve] textarea[name=comment]"))
                .sendKeys("Reviewed the generated pricing code line by line");
        browser.findElement(By.cssSelector("form[name=approve] [name=approveButton]")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "APPROVED"));

        j.assertBuildStatusSuccess(j.waitForCompletion(b));
        GateRecord decided = b.getAction(AiGateRunAction.class).getGates().get(0);
        assertThat(decided.getStatus()).isEqualTo(GateStatus.APPROVED);
        assertThat(decided.getVotes()).singleElement().satisfies(v -> {
            assertThat(v.getUserId()).isEqualTo("senior");
            assertThat(v.getComment()).isEqualTo("Reviewed the generated pricing code line by line");
        });
        // the page now shows who decided, when, and the evidence; the audit log holds the same decision
        browser.navigate().refresh();
        assertThat(text()).contains("APPROVED", "senior", "Reviewed the generated pricing code line by line",
                "noreply@anthropic.com");
        screenshot("gate-approved");
        List<String> audit = Files.readAllLines(AiGateAuditLog.get().file(), StandardCharsets.UTF_8);
        assertThat(audit).anySatisfy(line -> assertThat(line).contains("\"decision\":\"APPROVED\"")
                .contains("senior").contains(decided.getEvidenceDigest()));
        logOut();

        // the administrator's page: the policy in force and the latest audit records
        logIn("admin");
        browser.get(j.getURL() + "manage/ai-gate/");
        assertThat(text()).contains("Effective policy", "APPROVED");
        screenshot("admin-page");
    }

    private WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1100", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    private void logIn(String user) throws IOException {
        browser.get(j.getURL() + "login");
        browser.findElement(By.name("j_username")).sendKeys(user);
        // the test realm's password is the user name
        browser.findElement(By.name("j_password")).sendKeys(user);
        browser.findElement(By.name("Submit")).click();
        wait(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void logOut() throws IOException {
        browser.manage().deleteAllCookies();
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(condition);
    }

    private void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
