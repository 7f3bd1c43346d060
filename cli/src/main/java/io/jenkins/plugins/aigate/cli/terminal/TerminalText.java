package io.jenkins.plugins.aigate.cli.terminal;

/**
 * Makes attacker-controlled text (commit subjects, names, trailer values) safe to print on a terminal. Commit
 * text can carry ANSI escape sequences that recolour, hide or rewrite earlier output, and bidirectional controls
 * that reorder what is shown ("Trojan Source"); every such character is replaced by a visible escape, so the
 * reader sees that it was there and nothing reaches the terminal that the terminal would act on.
 */
public final class TerminalText {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private TerminalText() {
    }

    /**
     * @param text any text, possibly null
     * @return the text on one line, with C0 and C1 control characters, DEL, bidirectional controls and line or
     *     paragraph separators written as {@code \n}, {@code \t}, {@code \r}, {@code \xHH} or {@code \}{@code uHHHH};
     *     the same instance when nothing needed escaping
     */
    public static String neutralise(CharSequence text) {
        if (text == null) {
            return "";
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                escape(c, out);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** @return whether the character would be acted on by a terminal or reorder the displayed text */
    static boolean isUnsafe(char c) {
        if (c < 0x20 || c == 0x7F) {
            return true;
        }
        if (c < 0x80) {
            return false;
        }
        return c <= 0x9F // C1 controls, including the 8-bit CSI (0x9B)
                || c == '\u061C' // Arabic letter mark
                || c == '\u200E' || c == '\u200F' // left-to-right and right-to-left marks
                || (c >= '\u202A' && c <= '\u202E') // embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069') // isolates
                || c == '\u2028' || c == '\u2029'; // line and paragraph separators
    }

    private static int firstUnsafe(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case '\n':
                out.append("\\n");
                break;
            case '\r':
                out.append("\\r");
                break;
            case '\t':
                out.append("\\t");
                break;
            default:
                if (c <= 0xFF) {
                    out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                } else {
                    out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                            .append(HEX[c & 0xF]);
                }
        }
    }
}
