package io.jenkins.plugins.aigate.bench;

import io.jenkins.plugins.aigate.config.AiGateConfiguration;
import io.jenkins.plugins.aigate.core.testing.TestRepository;
import io.jenkins.plugins.aigate.gate.AiGateRunAction;
import io.jenkins.plugins.aigate.gate.GateRecord;
import io.jenkins.plugins.aigate.steps.GateFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jenkinsci.plugins.workflow.actions.TimingAction;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.support.actions.PauseAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The plugin's two costs on a real Jenkins, run on demand (not by {@code mvn verify}: the name is not a test's):
 * <ol>
 *   <li>the checkout listener on a 40,000-commit history, without a baseline (the newest {@code maxCommits}
 *       commits are read), next to a job that never gates (nothing is read);</li>
 *   <li>a gate over a range of 1,000 commits after an approved baseline: time from the step's start to its
 *       pause, and the controller heap (after a full GC) the waiting gate adds.</li>
 * </ol>
 * {@code ../shared/jenkins-stack/mvn -Pplugin -pl plugin test -Dtest=GateBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * prints the figures (bench/README.md).
 */
@WithJenkins
class GateBenchmark {

    private static final int HISTORY = 40_000;
    private static final int RANGE = 1_000;
    private static final int RUNS = 5;
    private static final Pattern LISTENER = Pattern.compile("recorded ([\\d,]+) commit\\(s\\) of this checkout for the gate in ([\\d,]+) ms");

    @Test
    void checkoutListenerOnALargeHistoryAndAGateOverAThousandCommits(JenkinsRule j, @TempDir Path dir)
            throws Exception {
        TestRepository repo = GateFixture.repository(dir.resolve("repo"));
        long made = System.nanoTime();
        fastImport(repo, HISTORY - 1, 97);
        System.out.printf("history: %d commits made in %d ms%n", Integer.parseInt(
                repo.git("rev-list", "--count", "HEAD").trim()), (System.nanoTime() - made) / 1_000_000);
        GateFixture.secure(j);

        // 1. the listener: a gating job (read) beside a job that never gates (not read), same checkout
        WorkflowJob gating = GateFixture.job(j, repo, "deploy", "");
        WorkflowJob plain = j.createProject(WorkflowJob.class, "build-only");
        plain.setDefinition(new CpsFlowDefinition(
                GateFixture.checkout(j, repo, GateFixture.Checkout.AGENT_CLI_GIT) + "echo 'built'\n", true));
        List<Long> listenerMillis = new ArrayList<>();
        List<Long> gatedCheckout = new ArrayList<>();
        List<Long> plainCheckout = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            WorkflowRun b = gating.scheduleBuild2(0).waitForStart();
            j.waitForMessage("Review and approve or reject", b);
            Matcher m = LISTENER.matcher(JenkinsRule.getLog(b));
            if (!m.find()) {
                throw new IllegalStateException("the listener did not report");
            }
            listenerMillis.add(Long.parseLong(m.group(2).replace(",", "")));
            gatedCheckout.add(stepMillis(b, "checkout"));
            b.doStop();
            j.waitForCompletion(b);
            WorkflowRun p = j.buildAndAssertSuccess(plain);
            plainCheckout.add(stepMillis(p, "checkout"));
        }
        System.out.printf("listener on %d commits (reads %d): median %d ms %s%n", HISTORY,
                AiGateConfiguration.get().policyInForce().maxCommits(), median(listenerMillis), listenerMillis);
        System.out.printf("checkout step, gating job: median %d ms %s; job that never gates: median %d ms %s%n",
                median(gatedCheckout), gatedCheckout, median(plainCheckout), plainCheckout);

        // 2. a range of 1,000 commits after an approved baseline
        WorkflowJob ship = GateFixture.job(j, repo, "ship", "");
        WorkflowRun first = ship.scheduleBuild2(0).waitForStart();
        j.waitForMessage("Review and approve or reject", first);
        GateFixture.vote(j, first, "senior", "approve", "");
        j.assertBuildStatusSuccess(j.waitForCompletion(first));
        List<Long> toPause = new ArrayList<>();
        List<Long> heapAdded = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            fastImport(repo, RANGE, 50);
            long before = usedHeapAfterGc();
            WorkflowRun b = ship.scheduleBuild2(0).waitForStart();
            j.waitForMessage("Review and approve or reject", b);
            long after = usedHeapAfterGc();
            GateRecord gate = b.getAction(AiGateRunAction.class).getGates().get(0);
            if (gate.getCommitCount() != RANGE) {
                throw new IllegalStateException("range holds " + gate.getCommitCount() + " commits");
            }
            toPause.add(pauseMillis(b));
            heapAdded.add((after - before) / 1024);
            GateFixture.vote(j, b, "senior", "approve", "");
            j.assertBuildStatusSuccess(j.waitForCompletion(b));
        }
        System.out.printf("gate over %d commits: step start to pause median %d ms %s; heap added median %d KiB %s%n",
                RANGE, median(toPause), toPause, median(heapAdded), heapAdded);
    }

    /** From the {@code aiGate} node's start to the start of its pause. */
    private static long pauseMillis(WorkflowRun b) {
        for (FlowNode node : new DepthFirstScanner().allNodes(b.getExecution())) {
            PauseAction pause = node.getAction(PauseAction.class);
            if (pause != null) {
                return pause.getStartTime() - TimingAction.getStartTime(node);
            }
        }
        throw new IllegalStateException("no pause in " + b);
    }

    /** A step's wall time: from its node's start to the start of the node after it. */
    private static long stepMillis(WorkflowRun b, String functionName) {
        List<FlowNode> nodes = new ArrayList<>(new DepthFirstScanner().allNodes(b.getExecution()));
        nodes.sort((x, y) -> Long.compare(TimingAction.getStartTime(x), TimingAction.getStartTime(y)));
        for (int i = 0; i < nodes.size() - 1; i++) {
            if (nodes.get(i).getDisplayFunctionName().equals(functionName)) {
                return TimingAction.getStartTime(nodes.get(i + 1)) - TimingAction.getStartTime(nodes.get(i));
            }
        }
        throw new IllegalStateException("no " + functionName + " step in " + b);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /**
     * Appends {@code count} commits to {@code main} with {@code git fast-import} (seconds, where one
     * {@code git commit} each would take minutes); every {@code aiEvery}-th says Claude co-authored it.
     */
    static void fastImport(TestRepository repo, int count, int aiEvery) throws IOException, InterruptedException {
        String parent = repo.head();
        ProcessBuilder builder = new ProcessBuilder("git", "fast-import", "--quiet").directory(repo.dir().toFile());
        TestRepository.isolate(builder.environment());
        builder.redirectErrorStream(true);
        Process git = builder.start();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> {
            try {
                git.getInputStream().transferTo(log);
            } catch (IOException e) {
                // the exit code below tells
            }
        });
        drain.start();
        long time = Long.parseLong(repo.git("log", "-1", "--format=%ct").trim());
        try (OutputStream in = git.getOutputStream()) {
            for (int i = 1; i <= count; i++) {
                String message = "Change " + i + " of the pricing module\n"
                        + (i % aiEvery == 0 ? "\nCo-authored-by: Claude <noreply@anthropic.com>\n" : "");
                String content = "value " + i + " " + System.nanoTime() + "\n";
                StringBuilder c = new StringBuilder();
                c.append("commit refs/heads/main\n");
                c.append("committer Ada Example <ada@example.org> ").append(time + i).append(" +0000\n");
                c.append("data ").append(message.getBytes(StandardCharsets.UTF_8).length).append('\n').append(message);
                c.append(i == 1 ? "from " + parent + "\n" : "");
                c.append("M 100644 inline src/module-").append(i % 200).append(".txt\n");
                c.append("data ").append(content.length()).append('\n').append(content).append('\n');
                in.write(c.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        if (git.waitFor() != 0) {
            drain.join();
            throw new IOException("git fast-import failed: " + log.toString(StandardCharsets.UTF_8));
        }
        drain.join();
        repo.git("reset", "-q", "--hard", "main");
    }
}
