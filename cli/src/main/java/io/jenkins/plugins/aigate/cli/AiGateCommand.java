package io.jenkins.plugins.aigate.cli;

import io.jenkins.plugins.aigate.cli.audit.AuditCommand;
import io.jenkins.plugins.aigate.cli.check.CheckCommand;
import io.jenkins.plugins.aigate.cli.policy.PolicyCommand;
import io.jenkins.plugins.aigate.cli.scan.ScanCommand;
import io.jenkins.plugins.aigate.cli.terminal.TerminalText;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code aigate}: the gate's engine on any git checkout. Every subcommand shares the exit codes of
 * {@link ExitCode}: usage and input errors print one line and exit 2; a bug of ours prints one line naming the file
 * that holds its stack trace (the trace itself with {@code --debug}) and exits 70.
 */
@Command(name = "aigate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Flags AI-assisted commits and checks them against an approval policy.",
        subcommands = {ScanCommand.class, CheckCommand.class, AuditCommand.class, PolicyCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done; for a check, it passed", "1:the check failed",
            "2:bad usage or input (not a git repository, unknown revision, policy error)", "70:internal error"})
public final class AiGateCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "On an internal error (exit 70), print the stack trace instead of saving it to a file.")
    private boolean debug;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
    }

    /**
     * Runs {@code aigate} with the process's standard streams (UTF-8, buffered) and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = execute(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs {@code aigate} in-process, as {@link #main} does, writing to the given streams.
     *
     * @return the exit code
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(out, err);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** @return the command line with aigate's streams and error handling */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new AiGateCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(AiGateCommand::exitCodeOf);
        commandLine.setParameterExceptionHandler(AiGateCommand::handleUsageError);
        commandLine.setExecutionExceptionHandler(AiGateCommand::handleExecutionError);
        return commandLine;
    }

    private static int exitCodeOf(Throwable failure) {
        return failure instanceof BadInputException || failure instanceof CommandLine.ParameterException
                ? ExitCode.BAD_INPUT : ExitCode.INTERNAL_ERROR;
    }

    private static int handleUsageError(CommandLine.ParameterException failure, String[] args) {
        CommandLine command = failure.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(prefix(command) + oneLine(failure.getMessage()) + " (see '"
                + command.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    private static int handleExecutionError(Exception failure, CommandLine command,
            CommandLine.ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (failure instanceof BadInputException) {
            err.println(prefix(command) + oneLine(failure.getMessage()));
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        // a bug of ours: one line, and the trace where a bug report can take it from
        if (debugRequested(parseResult)) {
            err.println(prefix(command) + "internal error: " + oneLine(String.valueOf(failure)));
            failure.printStackTrace(err);
        } else {
            err.println(prefix(command) + "internal error: " + oneLine(String.valueOf(failure)) + traceSaved(failure));
        }
        err.flush();
        return ExitCode.INTERNAL_ERROR;
    }

    private static boolean debugRequested(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** @return where the stack trace was saved, for the message's end; or how to see it when it cannot be */
    private static String traceSaved(Throwable failure) {
        try {
            Path file = Files.createTempFile("aigate-trace-", ".txt");
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            Files.writeString(file, trace.toString(), StandardCharsets.UTF_8);
            return " (stack trace in " + file + ")";
        } catch (IOException | RuntimeException e) {
            return " (run again with --debug for the stack trace)";
        }
    }

    private static String prefix(CommandLine command) {
        return command.getCommandSpec().qualifiedName() + ": ";
    }

    /** Messages can quote user input (a revision, a file name): keep them to one harmless line. */
    private static String oneLine(String message) {
        return TerminalText.neutralise(message == null ? "" : message.strip());
    }
}
