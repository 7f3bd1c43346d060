package io.jenkins.plugins.aigate.cli.audit;

import io.jenkins.plugins.aigate.cli.ExitCode;
import io.jenkins.plugins.aigate.core.audit.KeyRing;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aigate audit key-id FILE}: prints the ids of a key file's keys, the current one last, and never the keys.
 * For a bare base64 key that is the id derived from its fingerprint, the id its records carry.
 */
@Command(name = "key-id", mixinStandardHelpOptions = true,
        description = {"Prints the key ids of an audit key file (the current key last), never the keys.",
            "A file holding one bare base64 key (openssl rand -base64 32) gets an id from the key's fingerprint."})
public final class KeyIdCommand implements Callable<Integer> {
    @Parameters(paramLabel = "KEY_FILE", description = "The key file.")
    private Path keyFile;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        KeyRing keys = KeyFiles.load(keyFile);
        PrintWriter out = spec.commandLine().getOut();
        for (String id : keys.keyIds()) {
            out.println(id + (id.equals(keys.currentKeyId()) ? " (current)" : ""));
        }
        out.flush();
        return ExitCode.OK;
    }
}
