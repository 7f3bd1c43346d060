package io.jenkins.plugins.aigate.cli.scan;

import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.detection.CommitAssessor;
import io.jenkins.plugins.aigate.core.detection.Detector;
import io.jenkins.plugins.aigate.core.pullrequest.CallBudget;
import io.jenkins.plugins.aigate.core.pullrequest.CommitLookup;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequestLookup;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * One scan, commit by commit: assess each commit as it arrives, count it, report it, forget it. What
 * {@code aigate scan} runs over git's output, and what the benchmark runs over captured output.
 */
public final class ScanPipeline {
    private final Detector detector;
    private final ScanReport report;
    private final ScanTally tally = new ScanTally();
    private CommitAssessor assessor;

    private ScanPipeline(Detector detector, ScanReport report) {
        this.detector = detector;
        this.report = report;
        this.assessor = CommitAssessor.alone(detector);
    }

    /** @return a scan writing the JSON contract to {@code out} */
    public static ScanPipeline json(Writer out, Detector detector) throws IOException {
        return new ScanPipeline(detector, new JsonScanReport(out));
    }

    /** @return a scan writing the text report to {@code out}; {@code all} lists unflagged commits too */
    public static ScanPipeline text(PrintWriter out, boolean all, Detector detector) {
        return new ScanPipeline(detector, new TextScanReport(out, all));
    }

    /** Looks up each commit's pull requests too, and reports how each lookup ended. */
    public ScanPipeline withPullRequests(PullRequestLookup lookup, CallBudget budget) {
        this.assessor = CommitAssessor.withPullRequests(detector, lookup, budget);
        return this;
    }

    /** Assesses and reports one commit, the next in git log order. */
    public void accept(Commit commit) throws IOException {
        CommitAssessor.Result result = assessor.assess(commit);
        tally.count(result.assessment());
        if (result.lookup().isEmpty()) {
            report.commit(result.assessment());
            return;
        }
        CommitLookup lookup = result.lookup().get();
        tally.count(lookup);
        report.commit(result.assessment(), lookup);
    }

    /** Writes the summary and flushes. */
    public void finish() throws IOException {
        report.finish(tally);
    }

    /** Ends the report after a failure part-way, so what was written stays whole; see {@link ScanReport#fail}. */
    public void fail(String error) throws IOException {
        report.fail(tally, error);
    }
}
