package io.jenkins.plugins.aigate.cli.scan;

import static io.jenkins.plugins.aigate.cli.terminal.TerminalText.neutralise;

import io.jenkins.plugins.aigate.cli.CommitProblems;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import io.jenkins.plugins.aigate.core.detection.Evidence;
import io.jenkins.plugins.aigate.core.detection.ProbableToolIdentities;
import io.jenkins.plugins.aigate.core.pullrequest.CommitLookup;
import io.jenkins.plugins.aigate.core.pullrequest.LookupStatus;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequest;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The human-readable report: flagged commits (or, with {@code --all}, every commit) with their evidence, then a
 * summary. Every piece of commit text is neutralised first: it is attacker-controlled and goes to a terminal.
 */
final class TextScanReport implements ScanReport {
    private static final String FLAGGED = "AI ";
    private static final String NOT_FLAGGED = "   ";
    /**
     * Not flagged, but its pull requests could not be looked up, or git could not show it whole: always listed, the
     * policy decides.
     */
    private static final String UNRESOLVED = "?  ";

    private final PrintWriter out;
    private final boolean all;
    private boolean listedAny;

    TextScanReport(PrintWriter out, boolean all) {
        this.out = out;
        this.all = all;
    }

    @Override
    public void commit(CommitAssessment assessment) {
        commit(assessment, null);
    }

    @Override
    public void commit(CommitAssessment assessment, CommitLookup lookup) {
        Commit commit = assessment.commit();
        boolean aiAssisted = assessment.aiAssisted();
        boolean unresolved = lookup != null && lookup.isUnresolved();
        List<String> problems = CommitProblems.of(commit);
        if (!aiAssisted && !unresolved && problems.isEmpty() && !all) {
            return;
        }
        listedAny = true;
        out.print(aiAssisted ? FLAGGED : unresolved || !problems.isEmpty() ? UNRESOLVED : NOT_FLAGGED);
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
        for (String problem : problems) {
            out.println("      " + neutralise(problem));
        }
        if (lookup != null) {
            printLookup(lookup);
        }
    }

    private void printLookup(CommitLookup lookup) {
        StringBuilder numbers = new StringBuilder();
        for (PullRequest pullRequest : lookup.pullRequests()) {
            numbers.append(numbers.length() == 0 ? "" : ", ").append('#').append(pullRequest.number()).append(' ')
                    .append(pullRequest.url());
        }
        if (lookup.isUnresolved()) {
            out.print("      pull requests unresolved (");
            out.print(lookup.reason().map(Enum::name).orElse(""));
            out.print("): ");
            out.println(neutralise(lookup.message().orElse("")));
            if (numbers.length() > 0) {
                out.println("      pull requests found so far: " + neutralise(numbers.toString()));
            }
        } else if (numbers.length() > 0) {
            out.println("      pull requests: " + neutralise(numbers.toString()));
        }
    }

    @Override
    public void finish(ScanTally tally) {
        if (listedAny) {
            out.println();
        }
        out.println(String.format(Locale.ROOT, "%d %s read, %d AI-assisted.", tally.commitsRead(),
                tally.commitsRead() == 1 ? "commit" : "commits", tally.aiAssisted()));
        for (Map.Entry<String, Long> tool : tally.flaggedByTool().entrySet()) {
            out.println(String.format(Locale.ROOT, "  %6d  %s", tool.getValue(), neutralise(tool.getKey())));
        }
        List<ProbableToolIdentities.ToolIdentity> identities = tally.probableToolIdentities();
        if (!identities.isEmpty()) {
            out.println("Probable tool identities (weak: only ever a co-author, of several authors, never an author;"
                    + " a custom signal can name one):");
            for (ProbableToolIdentities.ToolIdentity identity : identities) {
                out.println(String.format(Locale.ROOT, "  %6d commits, %d authors  %s", identity.commits(),
                        identity.authors(), neutralise(identity.identity())));
            }
        }
        if (tally.lookedUpPullRequests()) {
            out.println(String.format(Locale.ROOT, "Pull requests: %d resolved, %d unresolved, %d skipped "
                    + "(already flagged by definitive evidence).", tally.lookups(LookupStatus.RESOLVED),
                    tally.lookups(LookupStatus.UNRESOLVED), tally.lookups(LookupStatus.SKIPPED)));
        }
        out.flush();
    }
}
