package io.jenkins.plugins.aigate.cli.audit;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code aigate audit}: works on the gate's tamper-evident audit log. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Works on the gate's audit log.",
        subcommands = {VerifyCommand.class, KeyIdCommand.class})
public final class AuditCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
    }
}
