package io.jenkins.plugins.aigate.core.detection;

import java.util.Arrays;

/**
 * The lines of a message or pull-request body, and which of them show or quote someone else's text rather than
 * say something of this change: fenced code ({@code ```}, {@code ~~~}), indented code (four spaces or a tab),
 * quoted lines ({@code >}), and reverted-commit quotes: a {@code Revert "..."} subject, and the reverted commit's
 * message a revert quotes under a header such as {@code Original commit message:} or
 * {@code Original change's description:} (Gerrit), up to the next squashed commit ({@code * subject} at a line
 * start) or GitHub's {@code ---------} separator. A revert's own text is its own: {@code git revert} copies nothing
 * of the reverted message, so a tool marker after {@code This reverts commit <id>.} is the reverter's. Immutable once
 * built.
 */
final class MessageLayout {
    private static final byte CODE = 1;
    private static final byte QUOTE = 2;
    private static final byte REVERT = 4;

    private final String text;
    private final int[] starts;
    private final byte[] flags;

    MessageLayout(String text) {
        this.text = text;
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        starts = new int[count];
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[line++] = i + 1;
        }
        flags = new byte[count];
        boolean fence = false;
        boolean reverted = false;
        for (int i = 0; i < count; i++) {
            String content = line(i);
            String stripped = content.stripLeading();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                flags[i] |= CODE;
                fence = !fence;
                continue;
            }
            if (fence || content.startsWith("    ") || content.startsWith("\t")) {
                flags[i] |= CODE;
            }
            if (stripped.startsWith(">")) {
                flags[i] |= QUOTE;
            }
            if (content.startsWith("* ") || content.startsWith("---------")) {
                reverted = false; // the next squashed commit, or the squash's own trailer block
            }
            if (reverted || content.startsWith("Revert \"") || content.startsWith("* Revert \"")) {
                flags[i] |= REVERT;
            }
            if (quotesReverted(stripped)) {
                reverted = true;
            }
        }
    }

    private static boolean quotesReverted(String line) {
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("original ") && lower.endsWith(":") && (lower.contains("message")
                || lower.contains("description")) || lower.startsWith("the reverted commit") && lower.endsWith(":");
    }

    int lineCount() {
        return starts.length;
    }

    /** @return line {@code index} without its line end (a CR before the LF is dropped) */
    String line(int index) {
        int end = end(index);
        return text.substring(starts[index], end > starts[index] && text.charAt(end - 1) == '\r' ? end - 1 : end);
    }

    /** @return the offset of line {@code index}'s first character */
    int start(int index) {
        return starts[index];
    }

    /** @return the offset just past line {@code index} (its LF, or the text's end) */
    int end(int index) {
        return index + 1 < starts.length ? starts[index + 1] - 1 : text.length();
    }

    /** @return the line holding offset {@code offset} */
    int lineOf(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }

    /** @return whether the line shows or quotes others' text: code, a quote, or a reverted commit's text */
    boolean quotesOthers(int index) {
        return flags[index] != 0;
    }

    /** @return whether the line belongs to a reverted commit's text */
    boolean inRevertQuote(int index) {
        return (flags[index] & REVERT) != 0;
    }
}
