package io.jenkins.plugins.aigate.secret;

import hudson.console.ConsoleLogFilter;
import hudson.console.LineTransformationOutputStream;
import hudson.model.Run;
import hudson.util.Secret;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/** Replaces the unlocked secret with {@code ****} in the body's console output. */
final class SecretMasker extends ConsoleLogFilter implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Secret secret;

    SecretMasker(Secret secret) {
        this.secret = secret;
    }

    @Override
    public OutputStream decorateLogger(Run build, OutputStream logger) {
        String plain = secret.getPlainText();
        if (plain.isEmpty()) {
            return logger;
        }
        return new LineTransformationOutputStream.Delegating(logger) {
            @Override
            protected void eol(byte[] b, int len) throws IOException {
                String line = new String(b, 0, len, StandardCharsets.UTF_8);
                if (line.contains(plain)) {
                    out.write(line.replace(plain, "****").getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(b, 0, len);
                }
            }
        };
    }
}
