package io.jenkins.plugins.aigate.cli.audit;

import static io.jenkins.plugins.aigate.cli.terminal.TerminalText.neutralise;

import io.jenkins.plugins.aigate.cli.BadInputException;
import io.jenkins.plugins.aigate.cli.ExitCode;
import io.jenkins.plugins.aigate.core.audit.Anchor;
import io.jenkins.plugins.aigate.core.audit.AuditVerifier;
import io.jenkins.plugins.aigate.core.audit.KeyRing;
import io.jenkins.plugins.aigate.core.audit.VerificationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aigate audit verify}: checks every record's MAC and the chain between them, and with an anchor (the last
 * record's sequence number and MAC, kept elsewhere) also that nothing was cut from the end.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verifies an audit log (and its rotated parts) record by record.",
            "Exit 0: intact, 1: tampered (the first bad record and why), 2: unreadable input."})
public final class VerifyCommand implements Callable<Integer> {
    @Option(names = "--key-file", paramLabel = "FILE", required = true,
            description = "The key ring the log was written with: one key per line as id=BASE64.")
    private Path keyFile;

    @Option(names = "--anchor", paramLabel = "SEQ:MAC",
            description = "The latest anchor kept outside the log; detects records cut from the end.")
    private String anchor;

    @Parameters(paramLabel = "LOG", description = "The active log file.")
    private Path log;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Optional<Anchor> expected = Optional.empty();
        if (anchor != null) {
            try {
                expected = Optional.of(Anchor.parse(anchor));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("bad --anchor: " + e.getMessage(), e);
            }
        }
        KeyRing keys;
        try {
            keys = KeyRing.load(keyFile);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("cannot read key file " + keyFile + ": " + e.getMessage(), e);
        }
        VerificationResult result;
        try {
            result = AuditVerifier.verify(log, keys, expected);
        } catch (IOException e) {
            throw new BadInputException("cannot read audit log " + log + ": " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (result.intact()) {
            out.println("intact: " + result.records() + (result.records() == 1 ? " record" : " records")
                    + result.lastAnchor().map(last -> " (last anchor " + last + ")").orElse(""));
            out.flush();
            return ExitCode.OK;
        }
        out.println("TAMPERED: record " + result.badRecord() + ": "
                + result.reason().map(Enum::name).orElse("?")
                + result.file().map(file -> " (" + neutralise(file.toString()) + " line " + result.line() + ")")
                        .orElse("")
                + result.detail().map(detail -> ": " + neutralise(detail)).orElse(""));
        out.println(result.records() + (result.records() == 1 ? " record" : " records")
                + " verified before it.");
        out.flush();
        return ExitCode.CHECK_FAILED;
    }
}
