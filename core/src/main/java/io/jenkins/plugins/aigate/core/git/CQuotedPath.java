package io.jenkins.plugins.aigate.core.git;

import java.io.ByteArrayOutputStream;

/**
 * Undoes git's C-style path quoting ({@code quote_c_style}): a path holding a control character, {@code "}, {@code \}
 * or (with {@code core.quotePath}) a byte of 0x80 or more is printed in double quotes with backslash escapes and
 * three-digit octal bytes.
 */
final class CQuotedPath {
    private CQuotedPath() {
    }

    /** @return whether the field is quoted and must be passed to {@link #unquote} */
    static boolean isQuoted(byte[] line, int from, int to) {
        return to > from && line[from] == '"';
    }

    /**
     * @param line the raw line
     * @param from index of the opening quote
     * @param to   end of the field (exclusive); the closing quote must be its last byte
     * @return the path's bytes
     * @throws MalformedLineException describing a bad escape or a missing closing quote
     */
    static byte[] unquote(byte[] line, int from, int to) {
        if (to - from < 2 || line[to - 1] != '"') {
            throw bad("quoted path has no closing quote");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        int i = from + 1;
        int end = to - 1;
        while (i < end) {
            byte b = line[i++];
            if (b == '"') {
                throw bad("unescaped quote inside a quoted path");
            }
            if (b != '\\') {
                out.write(b);
                continue;
            }
            if (i >= end) {
                throw bad("quoted path ends with a backslash");
            }
            byte escape = line[i++];
            switch (escape) {
                case 'a': out.write(7); break;
                case 'b': out.write(8); break;
                case 't': out.write('\t'); break;
                case 'n': out.write('\n'); break;
                case 'v': out.write(11); break;
                case 'f': out.write(12); break;
                case 'r': out.write('\r'); break;
                case '"': out.write('"'); break;
                case '\\': out.write('\\'); break;
                default:
                    i = octal(line, i - 1, end, out);
            }
        }
        return out.toByteArray();
    }

    private static MalformedLineException bad(String detail) {
        return new MalformedLineException(ReadProblem.BAD_QUOTING, detail);
    }

    private static int octal(byte[] line, int start, int end, ByteArrayOutputStream out) {
        if (start + 3 > end) {
            throw bad("bad escape in quoted path");
        }
        int value = 0;
        for (int i = start; i < start + 3; i++) {
            int digit = line[i] - '0';
            if (digit < 0 || digit > 7) {
                throw bad("bad escape in quoted path");
            }
            value = value * 8 + digit;
        }
        if (value > 0xff) {
            throw bad("octal escape above \\377 in quoted path");
        }
        out.write(value);
        return start + 3;
    }
}
