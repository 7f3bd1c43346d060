package io.jenkins.plugins.aigate.core.audit;

import io.jenkins.plugins.aigate.core.encoding.CanonicalJson;
import io.jenkins.plugins.aigate.core.encoding.JsonSyntaxException;
import io.jenkins.plugins.aigate.core.encoding.Hex;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The on-disk form of one record, shared by the writer and the verifier.
 *
 * <p>A record is one line of canonical JSON: {@code v} (format version, 1), {@code seq}, {@code keyId}, {@code prev}
 * (the previous record's MAC; 64 zeros for the first record ever), {@code time}, {@code type}, {@code origin},
 * {@code body} and {@code mac}. The MAC is HMAC-SHA256, under the key {@code keyId} names, of the canonical JSON
 * of the record without {@code mac}; since that includes {@code prev}, each MAC covers the whole chain before it.
 *
 * <p>Files next to a log {@code NAME}: rotated parts {@code NAME.<last seq, 19 digits>}, large flagged-commit details
 * under {@code NAME.details/}, and torn tails moved aside as {@code NAME.torn-<seq>-<millis>}. Writers lock the log
 * file itself; there is no lock file.
 */
final class RecordFormat {
    static final long VERSION = 1;
    static final String GENESIS = "0".repeat(64);

    private RecordFormat() {
    }

    static Map<String, Object> unsigned(long seq, String keyId, String prev, long time, AuditRecordType type,
            AuditOrigin origin, Map<String, Object> body) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", VERSION);
        m.put("seq", seq);
        m.put("keyId", keyId);
        m.put("prev", prev);
        m.put("time", time);
        m.put("type", type.name());
        m.put("origin", origin.name());
        m.put("body", body);
        return m;
    }

    static String mac(KeyRing keys, String keyId, Map<String, Object> unsigned) {
        return keys.macHex(keyId, CanonicalJson.write(unsigned).getBytes(StandardCharsets.UTF_8));
    }

    static String archiveName(String logName, long lastSeq) {
        return logName + "." + String.format("%019d", lastSeq);
    }

    static Pattern archivePattern(String logName) {
        return Pattern.compile(Pattern.quote(logName) + "\\.(\\d{19})");
    }

    static String detailsDirName(String logName) {
        return logName + ".details";
    }

    /** A record line taken apart; {@link #parse} checks its shape but not its MAC. */
    static final class Parsed {
        final long seq;
        final String keyId;
        final String prev;
        final long time;
        final String type;
        final String origin;
        final Map<String, Object> body;
        final String mac;
        final Map<String, Object> unsigned;
        String unsignedText;

        private Parsed(Map<String, Object> m) throws JsonSyntaxException {
            Object v = m.get("v");
            if (!(v instanceof Long) || (Long) v != VERSION) {
                throw new JsonSyntaxException("unknown record format version " + v, 0);
            }
            if (m.size() != 9) {
                throw new JsonSyntaxException("a record has exactly 9 fields, this one " + m.size(), 0);
            }
            this.seq = longField(m, "seq");
            this.keyId = stringField(m, "keyId");
            this.prev = stringField(m, "prev");
            this.time = longField(m, "time");
            this.type = stringField(m, "type");
            this.origin = stringField(m, "origin");
            Object b = m.get("body");
            if (!(b instanceof Map)) {
                throw new JsonSyntaxException("field body is not an object", 0);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) b;
            this.body = body;
            this.mac = stringField(m, "mac");
            if (seq < 1 || !Hex.isSha256Hex(prev) || !Hex.isSha256Hex(mac)) {
                throw new JsonSyntaxException("bad seq, prev or mac", 0);
            }
            Map<String, Object> u = new LinkedHashMap<>(m);
            u.remove("mac");
            this.unsigned = u;
        }

        private static long longField(Map<String, Object> m, String name) throws JsonSyntaxException {
            Object o = m.get(name);
            if (!(o instanceof Long)) {
                throw new JsonSyntaxException("field " + name + " is missing or not an integer", 0);
            }
            return (Long) o;
        }

        private static String stringField(Map<String, Object> m, String name) throws JsonSyntaxException {
            Object o = m.get(name);
            if (!(o instanceof String)) {
                throw new JsonSyntaxException("field " + name + " is missing or not a string", 0);
            }
            return (String) o;
        }

        /** @return whether the MAC verifies under the ring's key for {@link #keyId}; the ring must hold that id */
        boolean macValid(KeyRing keys) {
            byte[] data = (unsignedText != null ? unsignedText : CanonicalJson.write(unsigned))
                    .getBytes(StandardCharsets.UTF_8);
            return Hex.sameMac(mac, keys.macHex(keyId, data));
        }
    }

    /**
     * @param line one line without its line feed
     * @return the record
     * @throws JsonSyntaxException when it is not JSON, not canonical, or not shaped like a record
     */
    static Parsed parse(String line) throws JsonSyntaxException {
        Map<String, Object> m = CanonicalJson.parseObject(line);
        Parsed p = new Parsed(m);
        // the canonical line is the unsigned text with the mac member in its sorted place (after body and keyId,
        // before origin); rebuilding it from the unsigned text checks canonical form with one serialisation
        String unsignedText = CanonicalJson.write(p.unsigned);
        String tail = CanonicalJson.write(tailOf(p));
        String tailMembers = "," + tail.substring(1);
        if (!unsignedText.endsWith(tailMembers)) {
            throw new JsonSyntaxException("the line is not in canonical form", 0);
        }
        String head = unsignedText.substring(0, unsignedText.length() - tailMembers.length());
        String expected = head + ",\"mac\":\"" + p.mac + "\"" + tailMembers;
        if (!expected.equals(line)) {
            throw new JsonSyntaxException("the line is not in canonical form", 0);
        }
        p.unsignedText = unsignedText;
        return p;
    }

    private static Map<String, Object> tailOf(Parsed p) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("origin", p.origin);
        t.put("prev", p.prev);
        t.put("seq", p.seq);
        t.put("time", p.time);
        t.put("type", p.type);
        t.put("v", VERSION);
        return t;
    }
}
