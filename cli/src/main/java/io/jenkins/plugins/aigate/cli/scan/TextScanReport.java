package io.jenkins.plugins.aigate.cli.scan;

import static io.jenkins.plugins.aigate.cli.terminal.TerminalText.neutralise;

import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import io.jenkins.plugins.aigate.core.detection.Evidence;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * The human-readable report: flagged commits (or, with {@code --all}, every commit) with their evidence, then a
 * summary. Every piece of commit text is neutralised first: it is attacker-controlled and goes to a terminal.
 */
final class TextScanReport implements ScanReport {
    private static final String FLAGGED = "AI ";
    private static final String NOT_FLAGGED = "   ";

    private final PrintWriter out;
    private final boolean all;

    TextScanReport(PrintWriter out, boolean all) {
        this.out = out;
        this.all = all;
    }

    @Override
    public void commit(CommitAssessment assessment) {
        Commit commit = assessment.commit();
        boolean aiAssisted = assessment.aiAssisted();
        if (!aiAssisted && !all) {
            return;
        }
        out.print(aiAssisted ? FLAGGED : NOT_FLAGGED);
        out.print(commit.shortId());
        out.print("  ");
        out.println(neutralise(commit.subject()));
        for (Evidence item : assessment.evidence()) {
            out.print("      ");
            out.print(neutralise(item.tool()));
            out.print(" (");
            out.print(item.confidence().name().toLowerCase(Locale.ROOT));
            out.print(", ");
            out.print(neutralise(item.ruleId()));
            out.print(") ");
            out.print(neutralise(item.field()));
            out.print(": ");
            out.println(neutralise(item.value()));
        }
    }

    @Override
    public void finish(ScanTally tally) {
        if (tally.commitsRead() > 0 && (all || tally.aiAssisted() > 0)) {
            out.println();
        }
        out.println(String.format(Locale.ROOT, "%d %s read, %d AI-assisted.", tally.commitsRead(),
                tally.commitsRead() == 1 ? "commit" : "commits", tally.aiAssisted()));
        for (Map.Entry<String, Long> tool : tally.flaggedByTool().entrySet()) {
            out.println(String.format(Locale.ROOT, "  %6d  %s", tool.getValue(), neutralise(tool.getKey())));
        }
        out.flush();
    }
}
