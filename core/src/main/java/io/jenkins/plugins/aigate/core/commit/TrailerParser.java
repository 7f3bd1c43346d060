package io.jenkins.plugins.aigate.core.commit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads a commit message's trailers the way {@code git interpret-trailers --parse} does (git 2.39 semantics):
 *
 * <ul>
 *   <li>the message ends at the first line that starts with {@code ---} followed by whitespace (a patch divider);
 *       trailing blank and {@code #} comment lines are ignored;</li>
 *   <li>the first paragraph (the subject) never holds trailers;</li>
 *   <li>only the last paragraph can; it counts when all its lines are trailers (or their continuations), or when
 *       at least 25 % are and one starts with a git-generated prefix ({@code Signed-off-by: },
 *       {@code (cherry picked from commit });</li>
 *   <li>a key is ASCII letters, digits and {@code -}, optionally followed by blanks, then {@code :}; a line that
 *       starts with a blank continues the previous value.</li>
 * </ul>
 *
 * <p>One addition beyond git: GitHub squash messages end with a {@code ---------} line and the co-author block. Git
 * reads the block because a blank line follows the dashes; when an editor removed that blank line, the dashes line
 * starts the last paragraph and this parser still reads the lines after it.
 *
 * <p>Line ends may be {@code \n} or {@code \r\n}; unlike git, a CR before a line end never stays inside a folded
 * value.
 *
 * <p>Stateless and thread-safe; linear in the message length; never throws on any string.
 */
public final class TrailerParser {
    private static final String[] GIT_GENERATED_PREFIXES = {"Signed-off-by: ", "(cherry picked from commit "};

    private TrailerParser() {
    }

    /**
     * @param message a whole commit message (subject, body, trailers), line ends {@code \n} or {@code \r\n}
     * @return the trailers of its trailer block, in order; empty when it has none
     */
    public static List<Trailer> parse(String message) {
        return parse(message, true);
    }

    /**
     * @param message a whole commit message
     * @return the trailers exactly as {@code git interpret-trailers --parse} reports them, without the GitHub
     *     squash-block leniency of {@link #parse(String)}
     */
    public static List<Trailer> parseLikeGit(String message) {
        return parse(message, false);
    }

    private static List<Trailer> parse(String message, boolean squashLeniency) {
        if (message == null || message.isEmpty()) {
            return List.of();
        }
        List<String> lines = lines(message);
        // git only takes "---" for a divider when whitespace follows it, a line end included
        boolean lastLineEnded = message.endsWith("\n") || message.endsWith("\r");
        int end = endOfMessage(lines, lastLineEnded);
        int start = trailerBlockStart(lines, end, squashLeniency);
        if (start < 0) {
            return List.of();
        }
        return Collections.unmodifiableList(readTrailers(lines, start, end));
    }

    private static List<String> lines(String message) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        int length = message.length();
        while (from < length) {
            int nl = message.indexOf('\n', from);
            int to = nl < 0 ? length : nl;
            int visibleEnd = to > from && message.charAt(to - 1) == '\r' ? to - 1 : to;
            lines.add(message.substring(from, visibleEnd));
            from = nl < 0 ? length : nl + 1;
        }
        return lines;
    }

    /** The index after the last line that belongs to the message proper. */
    private static int endOfMessage(List<String> lines, boolean lastLineEnded) {
        int end = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean ended = i < lines.size() - 1 || lastLineEnded;
            if (line.startsWith("---") && (line.length() == 3 ? ended : isBlank(line.charAt(3)))) {
                end = i;
                break;
            }
        }
        while (end > 0 && (isBlankLine(lines.get(end - 1)) || isComment(lines.get(end - 1)))) {
            end--;
        }
        return end;
    }

    /** The first line of the trailer block, or -1 when the last paragraph is not one. */
    private static int trailerBlockStart(List<String> lines, int end, boolean squashLeniency) {
        int endOfTitle = 0;
        while (endOfTitle < end && !isBlankLine(lines.get(endOfTitle))) {
            endOfTitle++;
        }
        if (endOfTitle >= end) {
            return -1;
        }
        int trailerLines = 0;
        int nonTrailerLines = 0;
        int possibleContinuations = 0;
        boolean recognizedPrefix = false;
        for (int i = end - 1; i >= endOfTitle; i--) {
            String line = lines.get(i);
            if (isComment(line)) {
                nonTrailerLines += possibleContinuations;
                possibleContinuations = 0;
                continue;
            }
            if (isBlankLine(line)) {
                nonTrailerLines += possibleContinuations;
                if (recognizedPrefix && trailerLines * 3 >= nonTrailerLines) {
                    return i + 1;
                }
                if (trailerLines > 0 && nonTrailerLines == 0) {
                    return i + 1;
                }
                return squashLeniency ? squashBlockStart(lines, i + 1, end) : -1;
            }
            if (startsWithGitGeneratedPrefix(line)) {
                trailerLines++;
                possibleContinuations = 0;
                recognizedPrefix = true;
            } else if (separatorPosition(line) >= 1) {
                trailerLines++;
                possibleContinuations = 0;
            } else if (isBlank(line.charAt(0))) {
                possibleContinuations++;
            } else {
                nonTrailerLines += 1 + possibleContinuations;
                possibleContinuations = 0;
            }
        }
        return -1;
    }

    /**
     * GitHub's squash block when the blank line after its dashes is missing: the paragraph's first line is only
     * dashes (four or more) and every later line is a trailer or a continuation.
     */
    private static int squashBlockStart(List<String> lines, int paragraphStart, int end) {
        String first = lines.get(paragraphStart);
        if (first.length() < 4 || !first.chars().allMatch(c -> c == '-') || paragraphStart + 1 >= end) {
            return -1;
        }
        if (separatorPosition(lines.get(paragraphStart + 1)) < 1) {
            return -1;
        }
        for (int i = paragraphStart + 2; i < end; i++) {
            String line = lines.get(i);
            if (!isComment(line) && separatorPosition(line) < 1 && !isBlank(line.charAt(0))) {
                return -1;
            }
        }
        return paragraphStart + 1;
    }

    private static List<Trailer> readTrailers(List<String> lines, int start, int end) {
        List<Trailer> trailers = new ArrayList<>();
        String key = null;
        StringBuilder value = null;
        for (int i = start; i < end; i++) {
            String line = lines.get(i);
            if (isComment(line)) {
                // as in git, a comment ends the value: blank-led lines after it continue nothing
                if (key != null) {
                    trailers.add(new Trailer(key, value.toString()));
                    key = null;
                    value = null;
                }
                continue;
            }
            if (!line.isEmpty() && isBlank(line.charAt(0))) {
                if (value != null) {
                    String more = line.strip();
                    if (!more.isEmpty()) {
                        value.append(value.length() == 0 ? "" : " ").append(more);
                    }
                }
                continue;
            }
            if (key != null) {
                trailers.add(new Trailer(key, value.toString()));
                key = null;
                value = null;
            }
            int separator = separatorPosition(line);
            if (separator >= 1) {
                key = line.substring(0, separator).strip();
                value = new StringBuilder(line.substring(separator + 1).strip());
            }
        }
        if (key != null) {
            trailers.add(new Trailer(key, value.toString()));
        }
        return trailers;
    }

    /**
     * git's {@code find_separator}: the position of the {@code :} after a key of ASCII letters, digits and
     * {@code -}, optionally followed by blanks; -1 when the line is no trailer.
     */
    static int separatorPosition(String line) {
        boolean whitespaceFound = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!whitespaceFound && (isAsciiAlphanumeric(c) || c == '-')) {
                continue;
            }
            if (i != 0 && (c == ' ' || c == '\t')) {
                whitespaceFound = true;
                continue;
            }
            return -1;
        }
        return -1;
    }

    private static boolean startsWithGitGeneratedPrefix(String line) {
        for (String prefix : GIT_GENERATED_PREFIXES) {
            if (line.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isComment(String line) {
        return line.startsWith("#");
    }

    /** git's {@code isspace}: space, tab, newline, vertical tab, form feed, carriage return. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isBlankLine(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!isBlank(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
