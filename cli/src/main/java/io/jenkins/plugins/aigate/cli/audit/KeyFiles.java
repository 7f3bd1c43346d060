package io.jenkins.plugins.aigate.cli.audit;

import io.jenkins.plugins.aigate.cli.BadInputException;
import io.jenkins.plugins.aigate.cli.terminal.TerminalText;
import io.jenkins.plugins.aigate.core.audit.KeyRing;
import java.io.IOException;
import java.nio.file.Path;

/** Reads an audit key file for a command; what goes wrong is bad input, said without quoting the key. */
public final class KeyFiles {
    private KeyFiles() {
    }

    /**
     * @param file {@code id=BASE64} lines or one bare base64 key
     * @return the key ring
     * @throws BadInputException saying why the file cannot be read or is no key file
     */
    public static KeyRing load(Path file) {
        try {
            return KeyRing.load(file);
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException("cannot read key file " + TerminalText.neutralise(file.toString()) + ": "
                    + e.getMessage(), e);
        }
    }
}
