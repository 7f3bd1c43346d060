package io.jenkins.plugins.aigate.cli.check;

import io.jenkins.plugins.aigate.cli.BadInputException;
import io.jenkins.plugins.aigate.cli.ExitCode;
import io.jenkins.plugins.aigate.cli.GitHubOptions;
import io.jenkins.plugins.aigate.cli.RangeOptions;
import io.jenkins.plugins.aigate.cli.audit.KeyFiles;
import io.jenkins.plugins.aigate.cli.policy.PolicyErrors;
import io.jenkins.plugins.aigate.cli.policyfile.PolicyDocument;
import io.jenkins.plugins.aigate.cli.policyfile.PolicyFileException;
import io.jenkins.plugins.aigate.cli.policyfile.PolicyFileNote;
import io.jenkins.plugins.aigate.cli.policyfile.PolicyYaml;
import io.jenkins.plugins.aigate.cli.terminal.TerminalText;
import io.jenkins.plugins.aigate.core.approval.ApprovalRequest;
import io.jenkins.plugins.aigate.core.audit.Anchor;
import io.jenkins.plugins.aigate.core.audit.AuditEntry;
import io.jenkins.plugins.aigate.core.audit.AuditException;
import io.jenkins.plugins.aigate.core.audit.AuditLog;
import io.jenkins.plugins.aigate.core.audit.AuditLogOptions;
import io.jenkins.plugins.aigate.core.audit.AuditOrigin;
import io.jenkins.plugins.aigate.core.audit.GateRecords;
import io.jenkins.plugins.aigate.core.audit.KeyRing;
import io.jenkins.plugins.aigate.core.detection.Detector;
import io.jenkins.plugins.aigate.core.detection.PullRequestStage;
import io.jenkins.plugins.aigate.core.evaluation.ApprovalRequests;
import io.jenkins.plugins.aigate.core.evaluation.GateDecision;
import io.jenkins.plugins.aigate.core.evaluation.GateEvaluator;
import io.jenkins.plugins.aigate.core.evaluation.GatedCommit;
import io.jenkins.plugins.aigate.core.evaluation.Outcome;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.core.pullrequest.LookupResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aigate check}: evaluates the policy over a range, as the pipeline step would before a deploy, and exits
 * 0 when the deploy may go on (always in observe mode), 1 when approval is required.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Evaluates the approval policy over a range: BASE..HEAD, where BASE is the last approved "
                + "head, or one revision (no baseline: the policy's unknownBaseline applies).",
            "REV accepts exactly one of: BASE..HEAD, ^BASE HEAD (two revisions), or one revision; default HEAD. "
                    + "BASE...HEAD and more revisions are refused.",
            "Exit 0: pass (always in observe mode), 1: approval required, 2: bad input or policy error."})
public final class CheckCommand implements Callable<Integer> {
    @Mixin
    private RangeOptions range;

    @Mixin
    private GitHubOptions github;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "The policy, as YAML: its keys at the top level, or a Configuration-as-Code file "
                    + "(unclassified: aiGate:). Default: the built-in default policy.")
    private Path policyFile;

    @Option(names = "--audit-log", paramLabel = "FILE",
            description = "Append the evaluation to this audit log (JSON Lines, HMAC-chained), marked as made by "
                    + "the CLI. Needs --key-file.")
    private Path auditLog;

    @Option(names = "--key-file", paramLabel = "FILE",
            description = "The audit key: one bare base64 key (openssl rand -base64 32), or one key per line as "
                    + "id=BASE64 (16 bytes or more), the last current.")
    private Path keyFile;

    @Option(names = "--audit-lock-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long to wait for another writer's lock on the audit log before giving up with no "
                    + "decision (exit 2). Default: ${DEFAULT-VALUE}.")
    private long auditLockTimeoutSeconds;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if ((auditLog == null) != (keyFile == null)) {
            throw new BadInputException("--audit-log and --key-file go together");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Policy policy = loadPolicy(err);
        if (auditLockTimeoutSeconds < 0) {
            throw new BadInputException("--audit-lock-timeout must not be negative");
        }
        KeyRing keys = keyFile == null ? null : KeyFiles.load(keyFile);
        long startedAt = System.currentTimeMillis();

        Detector detector = Detector.create(policy.detectionSettings());
        PullRequestStage pullRequests = github.lookup(System.getenv(), range.repository())
                .map(lookup -> new PullRequestStage(lookup, github.newBudget())).orElse(null);
        CheckedRange checked = CheckedRange.read(range.repository(), RangeSpec.parse(range.revisions()), detector,
                policy.maxCommits(), pullRequests);
        if (checked.pathsUnknownBecause().isPresent()) {
            // path rules (the pipeline definition's is always there) cannot be judged without the paths: fail
            // closed, and say how to get them
            throw new BadInputException("no decision: changed paths not read: " + checked.pathsUnknownBecause().get()
                    + "; the policy's path rules need them: fetch the missing objects (git fetch --refetch) or "
                    + "clone without --filter");
        }
        GateDecision decision = GateEvaluator.evaluate(policy, checked.assessments(), checked.range(),
                checked.lookups());
        ApprovalRequest request = decision.requiresApproval()
                ? ApprovalRequests.from(policy, decision, List.of(),
                        pullRequestAuthors(decision, checked), startedAt) : null;

        if (auditLog != null) {
            // written before anything is reported: no decision without a durable record
            Anchor anchor = record(decision, keys, startedAt);
            new DecisionReport(out).print(decision, policy, policySource(), request);
            out.println();
            out.println("Audit:    record " + anchor.seq() + " appended to " + TerminalText.neutralise(
                    auditLog.toString()) + " (anchor " + anchor + ")");
        } else {
            new DecisionReport(out).print(decision, policy, policySource(), request);
        }
        out.flush();
        return decision.outcome() == Outcome.APPROVAL_REQUIRED ? ExitCode.CHECK_FAILED : ExitCode.OK;
    }

    /** Whoever opened a pull request behind a gated commit ran or assigned the agent: not an approver. */
    private static List<String> pullRequestAuthors(GateDecision decision, CheckedRange checked) {
        List<String> gated = new ArrayList<>();
        for (GatedCommit commit : decision.gatedCommits()) {
            gated.add(commit.commit().id());
        }
        return new LookupResult(checked.lookups(), 0).pullRequestAuthors(gated);
    }

    private String policySource() {
        return policyFile == null ? "built-in default policy" : policyFile.toString();
    }

    private Policy loadPolicy(PrintWriter err) {
        if (policyFile == null) {
            return Policy.defaults();
        }
        try {
            PolicyDocument document = PolicyYaml.read(policyFile);
            for (PolicyFileNote note : document.notes()) {
                err.println(spec.qualifiedName() + ": note: " + TerminalText.neutralise(policyFile + ":"
                        + note.line() + ": " + note.path() + ": " + note.message()));
            }
            return document.policy();
        } catch (PolicyFileException e) {
            throw PolicyErrors.oneLine(e);
        }
    }

    private Anchor record(GateDecision decision, KeyRing keys, long startedAt) {
        AuditEntry entry = GateRecords.evaluation(decision, AuditOrigin.CLI)
                .repository(range.repository().toAbsolutePath().normalize().toString())
                .startedAt(startedAt)
                .decidedAt(System.currentTimeMillis())
                .build();
        PrintWriter err = spec.commandLine().getErr();
        AuditLogOptions options = AuditLogOptions.defaults().createDirectory(false)
                .lockWait(Duration.ofSeconds(auditLockTimeoutSeconds), waiting -> {
                    err.println(spec.qualifiedName() + ": " + TerminalText.neutralise(waiting));
                    err.flush();
                });
        try {
            return AuditLog.open(auditLog, keys, options).append(entry);
        } catch (AuditException e) {
            throw new BadInputException("no decision: the audit record could not be written to " + auditLog
                    + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException("no decision: cannot open audit log " + auditLog + ": " + e.getMessage(),
                    e);
        }
    }
}
