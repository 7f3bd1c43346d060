package io.jenkins.plugins.aigate.audit;

import io.jenkins.plugins.aigate.core.encoding.CanonicalJson;
import io.jenkins.plugins.aigate.core.encoding.JsonSyntaxException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Reads the newest records of the active log file for display, from its last bytes only (the file may hold up to
 * its rotation size). Lines that do not parse are skipped: this is a view, verification is what proves anything.
 */
final class AuditTail {
    /** How far back from the end to read; comfortably more than a page of records. */
    static final int TAIL_BYTES = 512 * 1024;
    private static final int SHORT_MAC = 12;

    private AuditTail() {}

    static List<AuditSummary> read(Path log, int limit) throws IOException {
        String text;
        try (SeekableByteChannel ch = Files.newByteChannel(log)) {
            long size = ch.size();
            long start = Math.max(0, size - TAIL_BYTES);
            ByteBuffer buf = ByteBuffer.allocate((int) (size - start));
            ch.position(start);
            while (buf.hasRemaining() && ch.read(buf) > 0) {
                // keep reading
            }
            text = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
            if (start > 0) {
                // the first line was cut by the window
                int nl = text.indexOf('\n');
                text = nl < 0 ? "" : text.substring(nl + 1);
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        String[] lines = text.split("\n");
        List<AuditSummary> out = new ArrayList<>();
        for (int i = lines.length - 1; i >= 0 && out.size() < limit; i--) {
            AuditSummary summary = summarize(lines[i]);
            if (summary != null) {
                out.add(summary);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** @return the record as the management page lists it, or {@code null} when the line is not a record */
    static AuditSummary summarize(String line) {
        if (line.isBlank()) {
            return null;
        }
        Map<String, Object> record;
        try {
            record = CanonicalJson.parseObject(line);
        } catch (JsonSyntaxException | RuntimeException e) {
            return null;
        }
        long seq = number(record.get("seq"));
        long time = number(record.get("time"));
        String type = string(record.get("type"));
        Map<String, Object> body = map(record.get("body"));
        switch (type) {
            case "GATE_DECISION":
                return new AuditSummary(seq, time, Messages.AuditTail_GateDecision(), buildOf(body),
                        string(body.get("decision")), gateActors(body));
            case "POLICY_CHANGE":
                return new AuditSummary(seq, time, Messages.AuditTail_PolicyChange(),
                        Messages.AuditTail_Fingerprints(shortMac(body.get("oldFingerprint")),
                                shortMac(body.get("newFingerprint"))),
                        string(body.get("source")), string(body.get("userId")));
            case "BREAK_GLASS":
                return new AuditSummary(seq, time, Messages.AuditTail_BreakGlass(), buildOf(body),
                        Messages.AuditTail_Overridden(), string(map(body.get("override")).get("userId")));
            case "TAIL_REPAIRED":
                return new AuditSummary(seq, time, Messages.AuditTail_TailRepaired(), "", "", "");
            default:
                return new AuditSummary(seq, time, type, "", "", "");
        }
    }

    private static String buildOf(Map<String, Object> body) {
        String job = string(body.get("job"));
        String build = string(body.get("build"));
        String environment = string(body.get("environment"));
        // the record keeps the build's externalizable id, "<job>#<number>": shown as "<job> #<number>"
        String number = build.startsWith(job + "#") ? build.substring(job.length() + 1) : build;
        String where = build.isEmpty() ? job : job + " #" + number;
        return environment.isEmpty() ? where : where + " (" + environment + ")";
    }

    private static String gateActors(Map<String, Object> body) {
        List<String> ids = new ArrayList<>();
        Object approvers = body.get("approvers");
        if (approvers instanceof List) {
            for (Object vote : (List<?>) approvers) {
                String id = string(map(vote).get("userId"));
                if (!id.isEmpty()) {
                    ids.add(id);
                }
            }
        }
        String overrider = string(map(body.get("override")).get("userId"));
        if (!overrider.isEmpty()) {
            ids.add(overrider);
        }
        return String.join(", ", ids);
    }

    private static String shortMac(Object value) {
        String s = string(value);
        return s.length() > SHORT_MAC ? s.substring(0, SHORT_MAC) : (s.isEmpty() ? "-" : s);
    }

    private static long number(Object value) {
        return value instanceof Number ? ((Number) value).longValue() : 0L;
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }
}
