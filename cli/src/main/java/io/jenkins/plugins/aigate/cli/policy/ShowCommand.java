package io.jenkins.plugins.aigate.cli.policy;

import io.jenkins.plugins.aigate.cli.ExitCode;
import io.jenkins.plugins.aigate.cli.policyfile.PolicyFileException;
import io.jenkins.plugins.aigate.cli.policyfile.PolicyYaml;
import io.jenkins.plugins.aigate.core.policy.Policy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aigate policy show}: prints the effective policy, every default filled in, as YAML. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Prints the effective policy (defaults filled in) as YAML: of FILE, or the built-in default.")
public final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The policy file; none: the default policy.")
    private Path file;

    @Option(names = "--jcasc", description = "Print it as a Configuration-as-Code file (unclassified: aiGate:).")
    private boolean jcasc;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Policy policy;
        if (file == null) {
            policy = Policy.defaults();
        } else {
            try {
                policy = PolicyYaml.load(file);
            } catch (PolicyFileException e) {
                throw PolicyErrors.oneLine(e);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("# fingerprint " + policy.fingerprint());
        String yaml = jcasc ? PolicyYaml.dumpJcasc(policy) : PolicyYaml.dump(policy);
        out.print(yaml);
        out.flush();
        return ExitCode.OK;
    }
}
