package io.jenkins.plugins.aigate.core.git;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Small operations on lines held as bytes. */
final class Bytes {
    private Bytes() {
    }

    static boolean startsWith(byte[] line, String prefix) {
        if (line.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (line[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** @return the line without one trailing {@code \r} (Windows agents end some lines with it) */
    static byte[] stripCarriageReturn(byte[] line) {
        int length = line.length;
        return length > 0 && line[length - 1] == '\r' ? Arrays.copyOf(line, length - 1) : line;
    }

    static int indexOf(byte[] line, byte value, int from) {
        for (int i = from; i < line.length; i++) {
            if (line[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** @return the bytes as text for error messages and ids, never failing */
    static String ascii(byte[] line, int from, int to) {
        return new String(line, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** @return whether {@code text} is a full SHA-1 or SHA-256 object id in lower-case hex */
    static boolean isObjectId(String text) {
        int length = text.length();
        if (length != 40 && length != 64) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** @return an excerpt of a line fit for an error message: at most 80 characters, control bytes escaped */
    static String excerpt(byte[] line) {
        StringBuilder out = new StringBuilder();
        int shown = Math.min(line.length, 80);
        for (int i = 0; i < shown; i++) {
            int b = line[i] & 0xff;
            if (b < 0x20 || b >= 0x7f) {
                out.append(String.format("\\x%02x", b));
            } else {
                out.append((char) b);
            }
        }
        if (line.length > shown) {
            out.append("...");
        }
        return "'" + out + "'";
    }
}
