package io.jenkins.plugins.aigate.core.encoding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small, strict JSON writer and parser with one canonical form, so that a MAC or a hash computed over a value
 * can be recomputed from its text: the audit records' MACs and the policy fingerprint use it. Core may use no JSON
 * library, hence this.
 *
 * <p>Values are {@code null}, {@link Boolean}, integers ({@link Long}; {@link Integer}, {@link Short} and
 * {@link Byte} are accepted when writing), {@link String}, {@link List} and {@link Map} with string keys. There are
 * no fractions or exponents: nothing the audit records needs them, and they have no single canonical spelling.
 *
 * <p>Canonical form: no whitespace; object members sorted by key in UTF-16 code unit order (as RFC 8785 does);
 * strings escape only the quote, the backslash, control characters (as the short escapes b, f, n, r, t or a
 * four-digit lowercase hexadecimal u-escape) and unpaired surrogates (as u-escapes, so the text stays valid UTF-8);
 * everything else is written literally.
 * The canonical text never contains a line feed, so one value fits one JSON Lines line.
 *
 * <p>The policy fingerprint was first published with another string escaping, {@link Escaping#UNICODE}: every
 * control character and DEL as a u-escape, no short escapes. Both stay, byte for byte, since audit logs and
 * fingerprints already written must still verify.
 *
 * <p>The parser accepts standard JSON whitespace but refuses duplicate keys, numbers that are not integers or do
 * not fit a long, leading zeros, {@code -0}, unescaped control characters, invalid escapes, nesting deeper than
 * {@value #MAX_DEPTH}, and anything after the value. Objects come back as unmodifiable maps in document order,
 * arrays as unmodifiable lists, numbers as {@link Long}.
 */
public final class CanonicalJson {
    /** Deepest nesting the parser and writer accept. */
    public static final int MAX_DEPTH = 64;

    /** How strings escape characters other than the quote and the backslash. */
    public enum Escaping {
        /** The audit records': short escapes where JSON has them, DEL literal. */
        SHORT,
        /** The policy fingerprint's: every control character and DEL as a four-digit u-escape. */
        UNICODE
    }

    private CanonicalJson() {
    }

    /**
     * @param value a value of the supported types
     * @return its canonical text, strings escaped the {@link Escaping#SHORT} way
     * @throws IllegalArgumentException for an unsupported type, a non-string key, or nesting too deep
     */
    public static String write(Object value) {
        return write(value, Escaping.SHORT);
    }

    /**
     * @param value    a value of the supported types
     * @param escaping how strings escape control characters
     * @return its canonical text
     * @throws IllegalArgumentException for an unsupported type, a non-string key, or nesting too deep
     */
    public static String write(Object value, Escaping escaping) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0, escaping);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, int depth, Escaping escaping) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("nesting deeper than " + MAX_DEPTH);
        }
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean) {
            out.append(((Boolean) value) ? "true" : "false");
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            out.append(((Number) value).longValue());
        } else if (value instanceof String) {
            writeString((String) value, out, escaping);
        } else if (value instanceof Map) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                if (!(e.getKey() instanceof String)) {
                    throw new IllegalArgumentException("object key is not a string: " + e.getKey());
                }
                sorted.put((String) e.getKey(), e.getValue());
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeString(e.getKey(), out, escaping);
                out.append(':');
                write(e.getValue(), out, depth + 1, escaping);
            }
            out.append('}');
        } else if (value instanceof List) {
            out.append('[');
            boolean first = true;
            for (Object item : (List<?>) value) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(item, out, depth + 1, escaping);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("unsupported JSON value type: " + value.getClass().getName());
        }
    }

    private static void writeString(String s, StringBuilder out, Escaping escaping) {
        out.append('"');
        int plainFrom = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean unicodeOnly = escaping == Escaping.UNICODE;
            if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c) && !(unicodeOnly && c == 0x7f)) {
                continue;
            }
            out.append(s, plainFrom, i);
            plainFrom = i + 1;
            if (unicodeOnly && (c < 0x20 || c == 0x7f)) {
                hexEscape(c, out);
                continue;
            }
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\b':
                    out.append("\\b");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
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
                    if (c < 0x20) {
                        hexEscape(c, out);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                        plainFrom = i + 1;
                    } else {
                        hexEscape(c, out);
                    }
            }
        }
        out.append(s, plainFrom, s.length());
        out.append('"');
    }

    private static void hexEscape(char c, StringBuilder out) {
        out.append("\\u");
        String hex = Integer.toHexString(c);
        for (int pad = hex.length(); pad < 4; pad++) {
            out.append('0');
        }
        out.append(hex);
    }

    /**
     * @param text JSON text
     * @return the value it holds
     * @throws JsonSyntaxException when the text is not strict JSON as described above
     */
    public static Object parse(String text) throws JsonSyntaxException {
        Parser p = new Parser(text);
        p.skipWhitespace();
        Object value = p.value(0);
        p.skipWhitespace();
        if (p.pos != text.length()) {
            throw new JsonSyntaxException("unexpected text after the value", p.pos);
        }
        return value;
    }

    /**
     * @return the object the text holds
     * @throws JsonSyntaxException when the text is not strict JSON or not an object
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String text) throws JsonSyntaxException {
        Object value = parse(text);
        if (!(value instanceof Map)) {
            throw new JsonSyntaxException("expected an object", 0);
        }
        return (Map<String, Object>) value;
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        void skipWhitespace() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    pos++;
                } else {
                    break;
                }
            }
        }

        Object value(int depth) throws JsonSyntaxException {
            if (depth > MAX_DEPTH) {
                throw new JsonSyntaxException("nesting deeper than " + MAX_DEPTH, pos);
            }
            if (pos >= s.length()) {
                throw new JsonSyntaxException("unexpected end of text", pos);
            }
            char c = s.charAt(pos);
            switch (c) {
                case '{':
                    return object(depth);
                case '[':
                    return array(depth);
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number();
                    }
                    throw new JsonSyntaxException("unexpected character '" + printable(c) + "'", pos);
            }
        }

        private static String printable(char c) {
            return c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c);
        }

        private Object literal(String word, Object value) throws JsonSyntaxException {
            if (!s.startsWith(word, pos)) {
                throw new JsonSyntaxException("expected " + word, pos);
            }
            pos += word.length();
            return value;
        }

        private Map<String, Object> object(int depth) throws JsonSyntaxException {
            pos++;
            LinkedHashMap<String, Object> map = new LinkedHashMap<>();
            skipWhitespace();
            if (pos < s.length() && s.charAt(pos) == '}') {
                pos++;
                return Collections.unmodifiableMap(map);
            }
            while (true) {
                skipWhitespace();
                if (pos >= s.length() || s.charAt(pos) != '"') {
                    throw new JsonSyntaxException("expected a string key", pos);
                }
                int keyAt = pos;
                String key = string();
                skipWhitespace();
                expect(':');
                skipWhitespace();
                Object value = value(depth + 1);
                if (map.containsKey(key)) {
                    throw new JsonSyntaxException("duplicate key \"" + key + "\"", keyAt);
                }
                map.put(key, value);
                skipWhitespace();
                if (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                    continue;
                }
                expect('}');
                return Collections.unmodifiableMap(map);
            }
        }

        private List<Object> array(int depth) throws JsonSyntaxException {
            pos++;
            List<Object> list = new ArrayList<>();
            skipWhitespace();
            if (pos < s.length() && s.charAt(pos) == ']') {
                pos++;
                return Collections.unmodifiableList(list);
            }
            while (true) {
                skipWhitespace();
                list.add(value(depth + 1));
                skipWhitespace();
                if (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                    continue;
                }
                expect(']');
                return Collections.unmodifiableList(list);
            }
        }

        private void expect(char c) throws JsonSyntaxException {
            if (pos >= s.length() || s.charAt(pos) != c) {
                throw new JsonSyntaxException("expected '" + c + "'", pos);
            }
            pos++;
        }

        private String string() throws JsonSyntaxException {
            pos++;
            StringBuilder out = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    throw new JsonSyntaxException("unterminated string", pos);
                }
                char c = s.charAt(pos);
                if (c == '"') {
                    pos++;
                    return out.toString();
                }
                if (c < 0x20) {
                    throw new JsonSyntaxException("unescaped control character in a string", pos);
                }
                if (c != '\\') {
                    // copy a run of plain characters at once
                    int run = pos + 1;
                    while (run < s.length()) {
                        char r = s.charAt(run);
                        if (r == '"' || r == '\\' || r < 0x20) {
                            break;
                        }
                        run++;
                    }
                    out.append(s, pos, run);
                    pos = run;
                    continue;
                }
                if (pos + 1 >= s.length()) {
                    throw new JsonSyntaxException("unterminated escape", pos);
                }
                char e = s.charAt(pos + 1);
                switch (e) {
                    case '"':
                    case '\\':
                    case '/':
                        out.append(e);
                        break;
                    case 'b':
                        out.append('\b');
                        break;
                    case 'f':
                        out.append('\f');
                        break;
                    case 'n':
                        out.append('\n');
                        break;
                    case 'r':
                        out.append('\r');
                        break;
                    case 't':
                        out.append('\t');
                        break;
                    case 'u':
                        if (pos + 6 > s.length()) {
                            throw new JsonSyntaxException("short \\u escape", pos);
                        }
                        int code = 0;
                        for (int i = pos + 2; i < pos + 6; i++) {
                            int d = Character.digit(s.charAt(i), 16);
                            if (d < 0) {
                                throw new JsonSyntaxException("bad hex digit in \\u escape", i);
                            }
                            code = code * 16 + d;
                        }
                        out.append((char) code);
                        pos += 4;
                        break;
                    default:
                        throw new JsonSyntaxException("invalid escape \\" + printable(e), pos);
                }
                pos += 2;
            }
        }

        private Long number() throws JsonSyntaxException {
            int start = pos;
            if (s.charAt(pos) == '-') {
                pos++;
            }
            int digitsAt = pos;
            while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                pos++;
            }
            if (pos == digitsAt) {
                throw new JsonSyntaxException("expected a digit", pos);
            }
            if (pos < s.length() && (s.charAt(pos) == '.' || s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                throw new JsonSyntaxException("only integers are allowed", start);
            }
            if (s.charAt(digitsAt) == '0' && pos - digitsAt > 1) {
                throw new JsonSyntaxException("leading zero", start);
            }
            String text = s.substring(start, pos);
            if (text.equals("-0")) {
                throw new JsonSyntaxException("-0 is not allowed", start);
            }
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException ex) {
                throw new JsonSyntaxException("integer does not fit 64 bits", start);
            }
        }
    }
}
