package io.jenkins.plugins.aigate.github;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code rel="next"} target from GitHub's {@code Link} pagination headers. */
final class LinkHeader {
    private static final Pattern ENTRY = Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,]+)*)");
    private static final Pattern REL = Pattern.compile(";\\s*rel\\s*=\\s*(?:\"([^\"]*)\"|([^\\s;,]+))");

    private LinkHeader() {
    }

    /**
     * @param headerValues every {@code Link} header value of a response
     * @return the next page's URL as written (possibly relative), or empty on the last page
     */
    static Optional<String> next(List<String> headerValues) {
        for (String value : headerValues) {
            Matcher entry = ENTRY.matcher(value);
            while (entry.find()) {
                Matcher rel = REL.matcher(entry.group(2));
                while (rel.find()) {
                    String relations = rel.group(1) != null ? rel.group(1) : rel.group(2);
                    if (List.of(relations.trim().split("\\s+")).contains("next")) {
                        return Optional.of(entry.group(1).trim());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
