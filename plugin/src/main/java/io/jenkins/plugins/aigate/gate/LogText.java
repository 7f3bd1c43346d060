package io.jenkins.plugins.aigate.gate;

/**
 * Makes attacker-controlled commit text safe for the console log: control characters (ANSI escape sequences
 * start with one), C1 controls and bidirectional overrides become {@code ?}, so a commit message can neither
 * forge log lines, recolour the log, nor reorder what a reader sees.
 */
public final class LogText {

    /** Longest commit text printed on one log line. */
    static final int MAX_LENGTH = 200;

    private LogText() {
    }

    /** @return {@code text} on one line, neutralised and cut to {@link #MAX_LENGTH} characters */
    public static String sanitize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH + 1));
        for (int i = 0; i < text.length() && out.length() < MAX_LENGTH; i++) {
            char c = text.charAt(i);
            out.append(unsafe(c) ? '?' : c);
        }
        if (text.length() > MAX_LENGTH) {
            out.append('\u2026');
        }
        return out.toString();
    }

    private static boolean unsafe(char c) {
        return c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f
                || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x200e || c == 0x200f
                || c == 0x061c;
    }
}
