package io.jenkins.plugins.aigate.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists of names (groups, users, globs, rule ids) arrive as YAML sequences from JCasC but as one text area, one
 * entry per line, from the web form, which Stapler binds as a one-element list. Splitting every element on line
 * breaks accepts both.
 */
final class Lines {

    private Lines() {}

    /** @return the trimmed, non-blank lines of every element, in order; never {@code null} */
    static @NonNull ArrayList<String> normalize(@CheckForNull List<String> values) {
        ArrayList<String> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        for (String value : values) {
            if (value == null) {
                continue;
            }
            for (String line : value.split("\\R")) {
                String trimmed = line.trim();
                if (!trimmed.isEmpty()) {
                    out.add(trimmed);
                }
            }
        }
        return out;
    }

    /** @return {@code values} one per line, for a text area */
    static @NonNull String join(@CheckForNull List<String> values) {
        return values == null ? "" : String.join("\n", values);
    }

    /** @return {@code value} trimmed, or {@code null} when blank */
    static @CheckForNull String emptyToNull(@CheckForNull String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
