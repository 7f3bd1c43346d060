package io.jenkins.plugins.aigate.core.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * A path pattern relative to the repository root, matched against the paths git reports ({@code /}-separated, no
 * leading slash). {@code *} matches any run of characters within one path segment, {@code ?} one character other
 * than {@code /}, and a whole segment {@code **} any number of segments, including none. Every other character
 * matches itself, so an administrator's pattern can never become a regular expression. Matching is case-sensitive,
 * like git, and takes time proportional to pattern length times path length at worst.
 */
public final class PathGlob {
    private static final String ANY_SEGMENTS = "**";

    private final String pattern;
    private final String[] segments;

    private PathGlob(String pattern) {
        this.pattern = pattern;
        this.segments = pattern.split("/", -1);
    }

    /**
     * @param pattern the glob
     * @return the compiled glob
     * @throws IllegalArgumentException when {@link #problem(String)} reports one
     */
    public static PathGlob compile(String pattern) {
        Optional<String> problem = problem(pattern);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return new PathGlob(pattern);
    }

    /**
     * Checks a glob without compiling it.
     *
     * @param pattern the glob
     * @return what is wrong with it, in English, or empty when it is valid
     */
    public static Optional<String> problem(String pattern) {
        if (pattern == null || pattern.isEmpty()) {
            return Optional.of("a path glob must not be empty");
        }
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return Optional.of("a path glob must not contain control characters");
            }
            if (c == '\\') {
                return Optional.of("a path glob uses '/' as separator, never '\\'");
            }
        }
        if (pattern.startsWith("/")) {
            return Optional.of("'" + pattern + "': globs are relative to the repository root; drop the leading '/'");
        }
        if (pattern.endsWith("/")) {
            return Optional.of("'" + pattern + "': a glob names files; to match a directory's content write '"
                    + pattern + "**'");
        }
        for (String segment : pattern.split("/", -1)) {
            if (segment.isEmpty()) {
                return Optional.of("'" + pattern + "' has an empty path segment ('//')");
            }
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("'" + pattern + "' must not contain '.' or '..' segments");
            }
            if (segment.contains(ANY_SEGMENTS) && !segment.equals(ANY_SEGMENTS)) {
                return Optional.of("'" + pattern + "': '**' must be a whole path segment, e.g. 'src/**/test'");
            }
        }
        return Optional.empty();
    }

    /** @return the glob as written */
    public String pattern() {
        return pattern;
    }

    /**
     * @param path a repository-relative path as git reports it
     * @return whether the glob matches the whole path
     */
    public boolean matches(String path) {
        Objects.requireNonNull(path, "path");
        String[] parts = path.split("/", -1);
        // Greedy matching with one backtrack point, as for single-character wildcards: '**' plays the star and a
        // segment pattern the single token. The last '**' seen is the only point worth returning to.
        int p = 0;
        int s = 0;
        int starP = -1;
        int starS = -1;
        while (s < parts.length) {
            if (p < segments.length && segments[p].equals(ANY_SEGMENTS)) {
                starP = p++;
                starS = s;
            } else if (p < segments.length && segmentMatches(segments[p], parts[s])) {
                p++;
                s++;
            } else if (starP >= 0) {
                p = starP + 1;
                s = ++starS;
            } else {
                return false;
            }
        }
        while (p < segments.length && segments[p].equals(ANY_SEGMENTS)) {
            p++;
        }
        return p == segments.length;
    }

    /** Wildcard match of one segment: '*' any run, '?' one character, the rest literal. */
    static boolean segmentMatches(String glob, String text) {
        int g = 0;
        int t = 0;
        int starG = -1;
        int starT = -1;
        while (t < text.length()) {
            if (g < glob.length() && glob.charAt(g) == '*') {
                starG = g++;
                starT = t;
            } else if (g < glob.length() && (glob.charAt(g) == '?' || glob.charAt(g) == text.charAt(t))) {
                g++;
                t++;
            } else if (starG >= 0) {
                g = starG + 1;
                t = ++starT;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') {
            g++;
        }
        return g == glob.length();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PathGlob && ((PathGlob) o).pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
