package io.jenkins.plugins.aigate.core.audit;

import io.jenkins.plugins.aigate.core.encoding.JsonSyntaxException;
import io.jenkins.plugins.aigate.core.encoding.Hex;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Checks an audit log (its rotated parts, oldest first, then the active file) record by record, and names the first
 * bad record and why: {@link TamperReason}. With an anchor (a sequence number and MAC kept elsewhere) it also detects
 * records cut from the end, which a chain alone cannot.
 *
 * <p>What it cannot detect: without an anchor, records cut from the end (the remainder is a valid shorter chain),
 * and anything done by someone holding the key, who can write a whole new valid chain (an anchor kept outside the
 * log detects that too, up to the anchor).
 */
public final class AuditVerifier {
    private AuditVerifier() {
    }

    /**
     * @param log    the active log file (its rotated parts {@code NAME.<seq>} are found next to it)
     * @param keys   the key ring; every key id used in the log must be in it
     * @param anchor the latest anchor kept outside the log, if any
     * @return the result; tampering is a result, not an exception
     * @throws IOException when neither the log nor a rotated part exists, or a file cannot be read
     */
    public static VerificationResult verify(Path log, KeyRing keys, Optional<Anchor> anchor) throws IOException {
        if (Files.isDirectory(log)) {
            throw new IOException(log + " is a directory, not an audit log");
        }
        if (Files.exists(log) && !Files.isRegularFile(log)) {
            throw new IOException(log + " is not a regular file, not an audit log");
        }
        List<Path> files = new ArrayList<>(AuditLog.archivesOf(log));
        if (Files.exists(log)) {
            files.add(log);
        }
        if (files.isEmpty()) {
            throw new NoSuchFileException(log.toString(), null, "no audit log");
        }
        List<Line> lines;
        Path real = AuditLog.realLocation(log);
        ReentrantLock inProcess = AuditLog.inProcessLock(real);
        // held until every file is closed: closing any descriptor of the log drops this process's lock on it
        inProcess.lock();
        try {
            lines = readUnderSharedLock(real, files, keys);
        } finally {
            inProcess.unlock();
        }
        return walk(lines, anchor);
    }

    private static List<Line> readUnderSharedLock(Path real, List<Path> files, KeyRing keys) throws IOException {
        FileChannel lockChannel = null;
        FileLock shared = null;
        try {
            if (Files.isRegularFile(real)) {
                try {
                    lockChannel = FileChannel.open(real, StandardOpenOption.READ);
                    shared = sharedLock(lockChannel, real);
                } catch (IOException | OverlappingFileLockException e) {
                    if (e instanceof AuditLockTimeoutException) {
                        throw (AuditLockTimeoutException) e;
                    }
                    // a read-only copy of a log: verify without excluding writers
                }
            }
            List<Line> lines = new ArrayList<>();
            for (Path f : files) {
                read(f, keys, lines);
            }
            return lines;
        } finally {
            if (shared != null) {
                shared.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        }
    }

    /** Waits, bounded like an append, for writers to finish: a stuck writer must not hang verification. */
    private static FileLock sharedLock(FileChannel channel, Path log) throws IOException {
        long deadline = System.nanoTime() + AuditLogOptions.DEFAULT_LOCK_TIMEOUT.toNanos();
        while (true) {
            FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new AuditLockTimeoutException("a writer held the lock on the audit log " + log + " for more than "
                        + AuditLogOptions.DEFAULT_LOCK_TIMEOUT.toSeconds() + " s; not verified");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the lock on the audit log " + log, e);
            }
        }
    }

    private enum Status { OK, BAD_MAC, UNKNOWN_KEY, MALFORMED }

    /** What the walk needs of one line; bodies are not kept, so long logs verify in little memory. */
    private static final class Line {
        final Path file;
        final long lineNo;
        final boolean terminated;
        Status status;
        String problem;
        long seq = -1;
        String keyId;
        String prev;
        String mac;
        TamperReason detailProblem;
        TailRepair tailRepair;

        Line(Path file, long lineNo, boolean terminated) {
            this.file = file;
            this.lineNo = lineNo;
            this.terminated = terminated;
        }
    }

    private static void read(Path file, KeyRing keys, List<Line> out) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int start = 0;
        long lineNo = 0;
        while (start < bytes.length) {
            int nl = start;
            while (nl < bytes.length && bytes[nl] != '\n') {
                nl++;
            }
            lineNo++;
            Line line = new Line(file, lineNo, nl < bytes.length);
            out.add(line);
            String text = null;
            try {
                text = utf8.decode(ByteBuffer.wrap(bytes, start, nl - start)).toString();
            } catch (CharacterCodingException e) {
                line.status = Status.MALFORMED;
                line.problem = "not valid UTF-8";
            }
            if (text != null) {
                judge(line, text, keys, file);
            }
            start = nl + 1;
        }
    }

    private static void judge(Line line, String text, KeyRing keys, Path file) {
        RecordFormat.Parsed r;
        try {
            r = RecordFormat.parse(text);
        } catch (JsonSyntaxException e) {
            line.status = Status.MALFORMED;
            line.problem = "not a valid record: " + e.getMessage();
            return;
        }
        line.seq = r.seq;
        line.keyId = r.keyId;
        line.prev = r.prev;
        line.mac = r.mac;
        if (!keys.contains(r.keyId)) {
            line.status = Status.UNKNOWN_KEY;
            return;
        }
        line.status = r.macValid(keys) ? Status.OK : Status.BAD_MAC;
        if (line.status == Status.OK) {
            line.detailProblem = checkDetail(r.body, file);
            if (AuditRecordType.TAIL_REPAIRED.name().equals(r.type)) {
                line.tailRepair = repairOf(r);
            }
        }
    }

    private static TailRepair repairOf(RecordFormat.Parsed r) {
        Object bytes = r.body.get("bytes");
        Object savedAs = r.body.get("savedAs");
        return new TailRepair(r.seq, r.time, bytes instanceof Long ? (Long) bytes : -1,
                savedAs instanceof String ? (String) savedAs : "?");
    }

    /** A large record keeps its flagged commits in a detail file whose digest the (MACed) record names. */
    private static TamperReason checkDetail(Map<String, Object> body, Path logFile) {
        Object pointer = body.get("flaggedCommitsDetail");
        if (pointer == null) {
            return null;
        }
        Object digest = body.get("flaggedCommitsDigest");
        if (!(pointer instanceof String) || !(digest instanceof String)) {
            return TamperReason.DETAIL_MISSING;
        }
        String p = (String) pointer;
        if (p.startsWith("/") || p.contains("..") || p.contains("\\")) {
            return TamperReason.DETAIL_MISSING;
        }
        Path detail = logFile.toAbsolutePath().resolveSibling(p);
        try {
            byte[] bytes = Files.readAllBytes(detail);
            return ("sha256:" + Hex.sha256(bytes)).equals(digest) ? null : TamperReason.DETAIL_ALTERED;
        } catch (IOException e) {
            return TamperReason.DETAIL_MISSING;
        }
    }

    private static VerificationResult walk(List<Line> lines, Optional<Anchor> anchor) {
        Map<String, Integer> verifiedByKey = new HashMap<>();
        for (Line l : lines) {
            if (l.status == Status.OK) {
                verifiedByKey.merge(l.keyId, 1, Integer::sum);
            }
        }
        long expected = 1;
        String prev = RecordFormat.GENESIS;
        Anchor last = null;
        List<TailRepair> repairs = new ArrayList<>();
        boolean newlineMissing = false;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            long good = expected - 1;
            boolean lastLine = i == lines.size() - 1;
            if (!l.terminated && lastLine && l.status == Status.OK && l.seq == expected && l.prev.equals(prev)) {
                // a complete record that lost only its line feed: a record; the next append restores the line feed
                newlineMissing = true;
            } else if (!l.terminated) {
                return bad(good, last, TamperReason.TORN_LAST_LINE, expected, l,
                        "the file ends with an unfinished line (a torn write or a cut inside a record)");
            }
            switch (l.status) {
                case MALFORMED:
                    return bad(good, last, TamperReason.EDITED, expected, l, l.problem);
                case UNKNOWN_KEY:
                    return bad(good, last, TamperReason.UNKNOWN_KEY, expected, l,
                            "key id \"" + l.keyId + "\" is not in the key ring");
                case BAD_MAC:
                    if (l.seq == expected - 1 || existsLater(lines, i, l.seq) || chainSkips(lines, i, expected, prev)) {
                        return bad(good, last, TamperReason.INSERTED, expected, l,
                                "a record with sequence number " + l.seq + " that does not verify, next to the genuine one");
                    }
                    if (verifiedByKey.getOrDefault(l.keyId, 0) == 0) {
                        return bad(good, last, TamperReason.WRONG_KEY, expected, l,
                                "no record signed with key \"" + l.keyId + "\" verifies: wrong key for this log");
                    }
                    return bad(good, last, TamperReason.EDITED, expected, l, "the MAC does not match the content");
                default:
                    break;
            }
            if (l.seq < expected) {
                return bad(good, last, TamperReason.INSERTED, expected, l,
                        "a copy of record " + l.seq + " appears again");
            }
            if (l.seq > expected) {
                return existsLater(lines, i, expected)
                        ? bad(good, last, TamperReason.REORDERED, expected, l,
                                "record " + l.seq + " comes before record " + expected)
                        : bad(good, last, TamperReason.REMOVED, expected, l,
                                "record " + expected + (l.seq - expected > 1 ? " to " + (l.seq - 1) : "")
                                        + " missing: the next record is " + l.seq);
            }
            if (!l.prev.equals(prev)) {
                return bad(good, last, TamperReason.INSERTED, expected, l,
                        "the record does not follow record " + (expected - 1) + " (it belongs to another chain)");
            }
            if (l.detailProblem != null) {
                return bad(good, last, l.detailProblem, expected, l, l.detailProblem == TamperReason.DETAIL_MISSING
                        ? "the record's detail file is missing" : "the record's detail file was changed");
            }
            if (anchor.isPresent() && anchor.get().seq() == l.seq && !Hex.sameMac(anchor.get().mac(), l.mac)) {
                return bad(good, last, TamperReason.ANCHOR_MISMATCH, expected, l,
                        "record " + l.seq + " has another MAC than the anchor: the log was rewritten or is another log");
            }
            if (l.tailRepair != null) {
                repairs.add(l.tailRepair);
            }
            last = new Anchor(l.seq, l.mac);
            prev = l.mac;
            expected++;
        }
        long count = expected - 1;
        if (anchor.isPresent() && anchor.get().seq() > count) {
            Line end = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            long wanted = anchor.get().seq();
            String missing = wanted == count + 1 ? "record " + wanted + " is missing"
                    : "records " + (count + 1) + " to " + wanted + " are missing";
            return VerificationResult.tampered(count, last, TamperReason.TRUNCATED, count + 1,
                    end == null ? null : end.file, end == null ? 0 : end.lineNo + 1, "the log ends at record " + count
                            + " but the anchor names record " + wanted + ": " + missing + " (cut from the end)");
        }
        return VerificationResult.intact(count, last, repairs, newlineMissing);
    }

    /** @return whether the chain resumes right after line {@code i}, as if that line were not there */
    private static boolean chainSkips(List<Line> lines, int i, long expected, String prev) {
        if (i + 1 >= lines.size()) {
            return false;
        }
        Line next = lines.get(i + 1);
        return next.status == Status.OK && next.seq == expected && prev.equals(next.prev);
    }

    private static boolean existsLater(List<Line> lines, int from, long seq) {
        for (int j = from + 1; j < lines.size(); j++) {
            Line l = lines.get(j);
            if (l.seq == seq && l.status == Status.OK) {
                return true;
            }
        }
        return false;
    }

    private static VerificationResult bad(long good, Anchor last, TamperReason reason, long expected, Line l,
            String detail) {
        return VerificationResult.tampered(good, last, reason, expected, l.file, l.lineNo, detail);
    }
}
