package io.jenkins.plugins.aigate.cli.policy;

import static io.jenkins.plugins.aigate.cli.terminal.TerminalText.neutralise;

import io.jenkins.plugins.aigate.cli.ExitCode;
import io.jenkins.plugins.aigate.cli.policyfile.PolicyDocument;
import io.jenkins.plugins.aigate.cli.policyfile.PolicyFileException;
import io.jenkins.plugins.aigate.cli.policyfile.PolicyFileNote;
import io.jenkins.plugins.aigate.cli.policyfile.PolicyFileProblem;
import io.jenkins.plugins.aigate.cli.policyfile.PolicyYaml;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aigate policy validate}: reports every problem of a policy file, each with file, line and key. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a policy file and lists every problem (file:line:column: key: message).",
            "Exit 0: valid, 2: problems found or the file cannot be read."})
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The policy file (YAML, bare or Configuration as Code).")
    private Path file;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            PolicyDocument document = PolicyYaml.read(file);
            for (PolicyFileNote note : document.notes()) {
                out.println(neutralise(file + ":" + note.line() + ": note: " + note.path() + ": " + note.message()));
            }
            out.println(neutralise(file.toString()) + ": valid (" + document.form().name().toLowerCase(
                    java.util.Locale.ROOT).replace('_', ' ') + " form, mode " + document.policy().mode().spelling()
                    + ", fingerprint " + document.policy().fingerprint() + ")");
            out.flush();
            return ExitCode.OK;
        } catch (PolicyFileException e) {
            for (PolicyFileProblem problem : e.problems()) {
                err.println(neutralise(problem.toString()));
            }
            err.println(spec.qualifiedName() + ": " + e.problems().size()
                    + (e.problems().size() == 1 ? " problem" : " problems") + " in " + neutralise(file.toString()));
            err.flush();
            return ExitCode.BAD_INPUT;
        }
    }
}
