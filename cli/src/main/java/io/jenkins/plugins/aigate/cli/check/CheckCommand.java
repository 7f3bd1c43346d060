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
import io.jenkins.plugins.aigate.core.audit.AuditException;
import io.jenkins.plugins.aigate.core.audit.AuditLog;
import io.jenkins.plugins.aigate.core.audit.AuditLogOptions;
import io.jenkins.plugins.aigate.core.audit.AuditOrigin;
import io.jenkins.plugins.aigate.core.audit.AuditSink;
import io.jenkins.plugins.aigate.core.audit.KeyRing;
import io.jenkins.plugins.aigate.core.evaluation.GateDecision;
import io.jenkins.plugins.aigate.core.gate.GateRun;
import io.jenkins.plugins.aigate.core.gate.GateRunResult;
import io.jenkins.plugins.aigate.core.lifecycle.GateState;
import io.jenkins.plugins.aigate.core.policy.Policy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
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

        GateRun.Builder gate = GateRun.builder(policy,
                new GitRangeSource(range.repository(), RangeSpec.parse(range.revisions())));
        github.lookup(System.getenv(), range.repository())
                .ifPresent(lookup -> gate.pullRequests(lookup, github.newBudget()));
        if (auditLog != null) {
            // written before anything is reported: no decision without a durable record
            String repository = range.repository().toAbsolutePath().normalize().toString();
            gate.audit(auditSink(keys), AuditOrigin.CLI, entry -> entry.repository(repository).startedAt(startedAt)
                    .decidedAt(System.currentTimeMillis()));
        }
        GateRunResult result;
        try {
            result = gate.build().run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException(e.getMessage());
            interrupted.initCause(e);
            throw interrupted;
        }
        GateDecision decision = result.decision();
        ApprovalRequest request = result.approvalRequest().orElse(null);
        new DecisionReport(out).print(decision, policy, policySource(), request);
        if (result.anchor().isPresent()) {
            Anchor anchor = result.anchor().get();
            out.println();
            out.println("Audit:    record " + anchor.seq() + " appended to " + TerminalText.neutralise(
                    auditLog.toString()) + " (anchor " + anchor + ")");
        }
        out.flush();
        return decision.outcome() == GateState.APPROVAL_REQUIRED ? ExitCode.CHECK_FAILED : ExitCode.OK;
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

    /** The audit log named by {@code --audit-log}, opened when the record is written; a failure is no decision. */
    private AuditSink auditSink(KeyRing keys) {
        PrintWriter err = spec.commandLine().getErr();
        AuditLogOptions options = AuditLogOptions.defaults().createDirectory(false)
                .lockWait(Duration.ofSeconds(auditLockTimeoutSeconds), waiting -> {
                    err.println(spec.qualifiedName() + ": " + TerminalText.neutralise(waiting));
                    err.flush();
                });
        return entry -> {
            try {
                return AuditLog.open(auditLog, keys, options).append(entry);
            } catch (AuditException e) {
                throw new BadInputException("no decision: the audit record could not be written to " + auditLog
                        + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new BadInputException("no decision: cannot open audit log " + auditLog + ": "
                        + e.getMessage(), e);
            }
        };
    }
}
