package io.jenkins.plugins.aigate.cli.audit;

import static io.jenkins.plugins.aigate.cli.terminal.TerminalText.neutralise;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.jenkins.plugins.aigate.cli.BadInputException;
import io.jenkins.plugins.aigate.cli.ExitCode;
import io.jenkins.plugins.aigate.core.audit.Anchor;
import io.jenkins.plugins.aigate.core.audit.AuditVerifier;
import io.jenkins.plugins.aigate.core.audit.KeyRing;
import io.jenkins.plugins.aigate.core.audit.TailRepair;
import io.jenkins.plugins.aigate.core.audit.TamperReason;
import io.jenkins.plugins.aigate.core.audit.VerificationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aigate audit verify}: checks every record's MAC and the chain between them, and with an anchor (the last
 * record's sequence number and MAC, kept elsewhere) also that nothing was cut from the end. Repairs of torn writes
 * are reported as warnings (failures with {@code --strict}); a wrong or missing key is not reported as tampering.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verifies an audit log (and its rotated parts) record by record.",
            "Exit 0: intact (repairs of torn writes are listed as warnings), 1: tampered (the first bad record and "
                    + "why), or a repair with --strict, 2: unreadable input, or a key that does not fit the log."})
public final class VerifyCommand implements Callable<Integer> {
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** The output formats. */
    enum Format {
        text, json
    }

    @Option(names = "--key-file", paramLabel = "FILE", required = true,
            description = "The key ring the log was written with: id=BASE64 lines, or one bare base64 key.")
    private Path keyFile;

    @Option(names = "--anchor", paramLabel = "SEQ:MAC",
            description = "The latest anchor kept outside the log; detects records cut from the end.")
    private String anchor;

    @Option(names = "--strict", description = "Fail (exit 1) when the log holds repairs of torn writes.")
    private boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    private Format format;

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
        KeyRing keys = KeyFiles.load(keyFile);
        VerificationResult result;
        try {
            result = AuditVerifier.verify(log, keys, expected);
        } catch (IOException e) {
            throw new BadInputException("cannot read audit log " + neutralise(log.toString()) + ": "
                    + e.getMessage(), e);
        }
        int code = exitCode(result);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? json(result, code) : text(result));
        out.flush();
        return code;
    }

    private int exitCode(VerificationResult result) {
        if (result.keyProblem()) {
            return ExitCode.BAD_INPUT;
        }
        if (!result.intact()) {
            return ExitCode.CHECK_FAILED;
        }
        return strict && !warnings(result).isEmpty() ? ExitCode.CHECK_FAILED : ExitCode.OK;
    }

    private static String status(VerificationResult result) {
        return result.keyProblem() ? "unverified" : result.intact() ? "intact" : "tampered";
    }

    /** @return one line per repair of a torn write or missing line feed: worth an auditor's attention */
    private static List<String> warnings(VerificationResult result) {
        List<String> warnings = new ArrayList<>();
        for (TailRepair repair : result.repairs()) {
            warnings.add("record " + repair.record() + " (" + Instant.ofEpochMilli(repair.time()) + ") repaired a torn"
                    + " write: " + repair.bytes() + " bytes moved aside to " + repair.savedAs());
        }
        if (result.newlineMissing()) {
            warnings.add("the last record lacks its line feed (an interrupted write); the next append restores it");
        }
        return warnings;
    }

    private String text(VerificationResult result) {
        StringBuilder text = new StringBuilder();
        String records = result.records() + (result.records() == 1 ? " record" : " records");
        if (result.intact()) {
            text.append("intact: ").append(records)
                    .append(result.lastAnchor().map(last -> " (last anchor " + last + ")").orElse("")).append('\n');
            for (String warning : warnings(result)) {
                text.append("warning: ").append(neutralise(warning)).append('\n');
            }
            return text.toString();
        }
        text.append(result.keyProblem() ? "UNVERIFIED (the key does not fit the log, not a finding of tampering)"
                : "TAMPERED").append(": record ").append(result.badRecord()).append(": ")
                .append(result.reason().map(Enum::name).orElse("?"))
                .append(result.file().map(file -> " (" + neutralise(file.toString()) + where(result) + ")")
                        .orElse(""))
                .append(result.detail().map(detail -> ": " + neutralise(detail)).orElse("")).append('\n');
        text.append(records).append(" verified before it.\n");
        return text.toString();
    }

    private static String where(VerificationResult result) {
        return result.reason().orElse(null) == TamperReason.TRUNCATED
                ? ", missing after line " + (result.line() - 1) + ", the end" : " line " + result.line();
    }

    private String json(VerificationResult result, int code) {
        StringWriter buffer = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(buffer)) {
            json.writeStartObject();
            json.writeStringField("status", status(result));
            json.writeNumberField("exitCode", code);
            json.writeNumberField("records", result.records());
            if (result.lastAnchor().isPresent()) {
                json.writeStringField("lastAnchor", result.lastAnchor().get().toString());
            }
            if (!result.intact()) {
                json.writeObjectFieldStart("problem");
                json.writeNumberField("record", result.badRecord());
                json.writeStringField("reason", result.reason().map(Enum::name).orElse("?"));
                if (result.file().isPresent()) {
                    json.writeStringField("file", result.file().get().toString());
                    json.writeNumberField("line", result.line());
                }
                json.writeStringField("detail", result.detail().orElse(""));
                json.writeEndObject();
            }
            json.writeArrayFieldStart("repairs");
            for (TailRepair repair : result.repairs()) {
                json.writeStartObject();
                json.writeNumberField("record", repair.record());
                json.writeNumberField("time", repair.time());
                json.writeNumberField("bytes", repair.bytes());
                json.writeStringField("savedAs", repair.savedAs());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeBooleanField("newlineMissing", result.newlineMissing());
            json.writeArrayFieldStart("warnings");
            for (String warning : warnings(result)) {
                json.writeString(warning);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer + "\n";
    }
}
