package io.jenkins.plugins.aigate.cli.scan;

import io.jenkins.plugins.aigate.cli.BadInputException;
import io.jenkins.plugins.aigate.cli.ExitCode;
import io.jenkins.plugins.aigate.cli.GitErrors;
import io.jenkins.plugins.aigate.cli.GitHubOptions;
import io.jenkins.plugins.aigate.cli.GitRevisions;
import io.jenkins.plugins.aigate.cli.RangeOptions;
import io.jenkins.plugins.aigate.core.detection.Detector;
import io.jenkins.plugins.aigate.cli.terminal.TerminalText;
import io.jenkins.plugins.aigate.core.git.CommitReadException;
import io.jenkins.plugins.aigate.core.git.GitCommandException;
import io.jenkins.plugins.aigate.core.git.GitLog;
import io.jenkins.plugins.aigate.core.git.GitLogCommits;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aigate scan}: reads a range of history and reports the commits an AI tool helped write. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Lists the commits in a range that an AI tool helped write, with the evidence.")
public final class ScanCommand implements Callable<Integer> {
    /** The output formats. */
    enum Format {
        text, json
    }

    @Mixin
    private RangeOptions range;

    @Mixin
    private GitHubOptions github;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json; json is a stable contract for other tools.")
    private Format format;

    @Option(names = "--all", description = "In text output, list every commit, not only the flagged ones.")
    private boolean all;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Detector detector = Detector.withDefaults();
        ScanPipeline scan = format == Format.json ? ScanPipeline.json(out, detector)
                : ScanPipeline.text(out, all, detector);
        github.lookup(System.getenv(), range.repository())
                .ifPresent(lookup -> scan.withPullRequests(lookup, github.newBudget()));
        new GitRevisions(range.repository()).requireCommits(range.revisions());
        try (GitLogCommits commits = GitLog.in(range.repository()).open(range.revisions())) {
            commits.pathsUnknownBecause().ifPresent(why -> note("changed paths not read: " + why));
            while (commits.hasNext()) {
                scan.accept(commits.next());
            }
        } catch (GitCommandException e) {
            throw failed(scan, GitErrors.translate(e, range.repository(), range.revisions()));
        } catch (CommitReadException e) {
            throw failed(scan, GitErrors.translate(e, range.repository()));
        } catch (RuntimeException e) {
            throw failed(scan, e);
        }
        scan.finish();
        return ExitCode.OK;
    }

    /** Ends the report so that no half document is left, and returns the failure to throw. */
    private RuntimeException failed(ScanPipeline scan, RuntimeException failure) throws IOException {
        scan.fail(failure instanceof BadInputException ? failure.getMessage()
                : "internal error: " + failure.getClass().getSimpleName());
        return failure;
    }

    private void note(String message) {
        spec.commandLine().getErr().println(spec.qualifiedName() + ": note: " + TerminalText.neutralise(message));
        spec.commandLine().getErr().flush();
    }
}
