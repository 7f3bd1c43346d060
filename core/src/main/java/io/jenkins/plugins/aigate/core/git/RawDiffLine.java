package io.jenkins.plugins.aigate.core.git;

import io.jenkins.plugins.aigate.core.commit.ChangeType;
import io.jenkins.plugins.aigate.core.commit.ChangedPath;

/**
 * Reads one raw diff line, {@code :<old mode> <new mode> <old id> <new id> <status>\t<path>}, where a rename or copy
 * adds a score to the status and a second path. CLI git separates the two paths with a tab and C-quotes them; JGit's
 * {@code RawFormatter} separates them with a space and never quotes.
 */
final class RawDiffLine {
    private RawDiffLine() {
    }

    /** @return whether the line is a combined-diff line ({@code ::...}), which lists no first-parent paths */
    static boolean isCombined(byte[] line) {
        return line.length > 1 && line[0] == ':' && line[1] == ':';
    }

    /**
     * @param line           the line, starting with {@code :}
     * @param unquotedPaths  whether paths are printed as-is (JGit) rather than C-quoted
     * @param decoder        decodes path bytes
     * @return the changed path
     * @throws MalformedLineException when the line is not a raw diff line
     */
    static ChangedPath parse(byte[] line, boolean unquotedPaths, TextDecoder decoder) {
        int tab = Bytes.indexOf(line, (byte) '\t', 0);
        if (tab < 0) {
            throw bad("raw diff line has no tab before its path");
        }
        ChangeType type = status(line, tab);
        boolean twoPaths = type == ChangeType.RENAMED || type == ChangeType.COPIED;
        int start = tab + 1;
        int second = Bytes.indexOf(line, (byte) '\t', start);
        if (!twoPaths) {
            if (second >= 0 && !unquotedPaths) {
                throw bad("raw diff line has a second path but is no rename or copy");
            }
            return ChangedPath.of(type, path(line, start, line.length, unquotedPaths, decoder));
        }
        if (!unquotedPaths) {
            if (second < 0) {
                throw bad("rename or copy without its second path");
            }
            return new ChangedPath(type, path(line, second + 1, line.length, false, decoder),
                    path(line, start, second, false, decoder));
        }
        int space = JGitRenameSplit.splitAt(line, start, line.length);
        if (space < 0) {
            throw bad("rename or copy without its second path");
        }
        return new ChangedPath(type, decoder.decode(line, space + 1, line.length - space - 1),
                decoder.decode(line, start, space - start));
    }

    private static ChangeType status(byte[] line, int tab) {
        // five space-separated fields before the tab: two modes, two ids, the status
        int fields = 1;
        int lastSpace = -1;
        for (int i = 1; i < tab; i++) {
            if (line[i] == ' ') {
                fields++;
                lastSpace = i;
            }
        }
        if (fields != 5 || lastSpace + 1 >= tab) {
            throw bad("raw diff line does not have two modes, two ids and a status");
        }
        ChangeType type = ChangeType.fromLetter((char) line[lastSpace + 1]);
        if (type == null) {
            throw bad("unknown status " + Bytes.excerpt(java.util.Arrays.copyOfRange(line, lastSpace + 1, tab)));
        }
        for (int i = lastSpace + 2; i < tab; i++) {
            if (line[i] < '0' || line[i] > '9') {
                throw bad("status score is not a number");
            }
        }
        return type;
    }

    private static String path(byte[] line, int from, int to, boolean unquotedPaths, TextDecoder decoder) {
        if (from == to) {
            throw bad("raw diff line has an empty path");
        }
        if (!unquotedPaths && CQuotedPath.isQuoted(line, from, to)) {
            return decoder.decode(CQuotedPath.unquote(line, from, to));
        }
        return decoder.decode(line, from, to - from);
    }

    private static MalformedLineException bad(String detail) {
        return new MalformedLineException(ReadProblem.BAD_RAW_LINE, detail);
    }
}
