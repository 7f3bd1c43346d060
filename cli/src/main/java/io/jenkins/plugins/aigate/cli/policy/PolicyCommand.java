package io.jenkins.plugins.aigate.cli.policy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code aigate policy}: checks and shows approval policy files. */
@Command(name = "policy", mixinStandardHelpOptions = true, description = "Checks and shows approval policy files.",
        subcommands = {ValidateCommand.class, ShowCommand.class})
public final class PolicyCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
    }
}
