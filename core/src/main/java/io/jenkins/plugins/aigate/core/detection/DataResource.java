package io.jenkins.plugins.aigate.core.detection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads one of the detector's data files (rule table, vocabulary) shipped next to these classes, as UTF-8. */
final class DataResource {
    /** Parses a data file's lines. */
    interface Parser<T> {
        T parse(BufferedReader reader) throws IOException;
    }

    private DataResource() {
    }

    /** @throws IllegalStateException when the resource is missing, so a broken build fails at once */
    static <T> T read(String name, Parser<T> parser) {
        try (InputStream in = DataResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return parser.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
