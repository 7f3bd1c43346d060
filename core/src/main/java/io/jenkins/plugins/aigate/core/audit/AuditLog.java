package io.jenkins.plugins.aigate.core.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;

/**
 * An append-only, tamper-evident audit log in JSON Lines: each record is canonical JSON carrying an HMAC-SHA256 over
 * itself and the previous record's MAC (see {@link RecordFormat} for the layout).
 *
 * <p>Appends are atomic and durable: under an in-process lock and an exclusive lock on {@code NAME.lock} (so several
 * threads and several processes may append to one log), a record is written as one line at the end of the file
 * and forced to disk before {@link #append} returns its {@link Anchor}. Earlier bytes are never rewritten.
 *
 * <p>A crash mid-write can leave a torn last line (bytes after the last line feed). The next append does not glue
 * onto it: it moves those bytes aside to {@code NAME.torn-<seq>-<millis>}, truncates them away, and writes a
 * {@link AuditRecordType#TAIL_REPAIRED} record (size, SHA-256 and where they went) before its own record. Until
 * then, verification reports the torn line. Such bytes were never acknowledged: {@link #append} had not returned.
 *
 * <p>The append refuses (throws) when the last record does not verify, so a tampered tail is never chained on; any
 * failure throws {@link AuditException} and the caller must not treat the decision as made.
 *
 * <p>When the next record would take the active file past {@link AuditLogOptions#rotateAtBytes()}, the file is
 * renamed to {@code NAME.<last seq>} and a new one started; the chain (sequence numbers and MACs) continues across
 * files.
 */
public final class AuditLog {
    private static final ConcurrentHashMap<String, ReentrantLock> IN_PROCESS_LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final KeyRing keys;
    private final AuditLogOptions options;
    private final ReentrantLock lock;

    private AuditLog(Path file, KeyRing keys, AuditLogOptions options) throws IOException {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.options = Objects.requireNonNull(options, "options");
        Files.createDirectories(file.toAbsolutePath().normalize().getParent());
        // resolve symbolic links in the directory so two spellings of one log share one lock
        this.file = realLocation(file);
        if (Files.isDirectory(this.file)) {
            throw new IOException(this.file + " is a directory");
        }
        this.lock = inProcessLock(this.file);
    }

    /** @return the lock every user of this log file in this JVM shares (file locks are per process, not thread) */
    static ReentrantLock inProcessLock(Path realFile) {
        return IN_PROCESS_LOCKS.computeIfAbsent(realFile.toString(), k -> new ReentrantLock());
    }

    /** @return the file with symbolic links in its directory resolved, as the lock map keys it */
    static Path realLocation(Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        return abs.getParent().toRealPath().resolve(abs.getFileName().toString());
    }

    /**
     * @param file the active log file (created on the first append; its directory now)
     * @param keys the key ring; new records use its current key
     * @throws IOException when the directory cannot be created
     */
    public static AuditLog open(Path file, KeyRing keys) throws IOException {
        return new AuditLog(file, keys, AuditLogOptions.defaults());
    }

    /** As {@link #open(Path, KeyRing)}, with options (clock, rotation, detail threshold). */
    public static AuditLog open(Path file, KeyRing keys, AuditLogOptions options) throws IOException {
        return new AuditLog(file, keys, options);
    }

    /** @return the active log file */
    public Path file() {
        return file;
    }

    /**
     * Appends one record durably.
     *
     * @return the new record's anchor (sequence number and MAC), for the caller to keep elsewhere
     * @throws AuditException when the record could not be made durable, or the log's last record does not verify
     */
    public Anchor append(AuditEntry entry) throws AuditException {
        Objects.requireNonNull(entry, "entry");
        lock.lock();
        try (FileChannel lockChannel = FileChannel.open(file.resolveSibling(RecordFormat.lockName(name())),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = lockChannel.lock()) {
            return appendLocked(entry);
        } catch (AuditException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new AuditException("could not append to the audit log " + file + ": " + e, e);
        } finally {
            lock.unlock();
        }
    }

    private String name() {
        return file.getFileName().toString();
    }

    private Anchor appendLocked(AuditEntry entry) throws IOException {
        boolean created = !Files.exists(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            if (created) {
                forceDirectory(file.getParent());
            }
            Active active = new Active(ch);
            try {
                return appendTo(active, entry);
            } finally {
                if (active.channel != ch) {
                    active.channel.close();
                }
            }
        }
    }

    private Anchor appendTo(Active active, AuditEntry entry) throws IOException {
        FileChannel ch = active.channel;
        long size = ch.size();
        long end = Tail.completeEnd(ch, size);
        Tail.Last last = Tail.lastRecord(ch, end);
        if (last == null) {
            last = lastOfNewestArchive();
        }
        long seq = 1;
        String prev = RecordFormat.GENESIS;
        if (last != null) {
            checkVerifies(last);
            seq = last.record.seq + 1;
            prev = last.record.mac;
        }
        active.end = end;
        active.lastSeqInFile = end > 0 ? seq - 1 : 0;
        if (end < size) {
            AuditEntry repair = moveTornTailAside(ch, end, size, seq, entry.origin());
            ch.truncate(end);
            ch.force(true);
            prev = write(active, repair, seq, prev);
            seq++;
        }
        String mac = write(active, entry, seq, prev);
        return new Anchor(seq, mac);
    }

    /** The active file as appends go: its channel (replaced on rotation), where the next line goes, its last seq. */
    private static final class Active {
        FileChannel channel;
        final FileChannel original;
        long end;
        long lastSeqInFile;

        Active(FileChannel ch) {
            this.channel = ch;
            this.original = ch;
        }
    }

    private String write(Active active, AuditEntry entry, long seq, String prev) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>(entry.body());
        if (entry.flaggedCommits() != null) {
            putFlaggedCommits(body, entry.flaggedCommits());
        }
        String keyId = keys.currentKeyId();
        Map<String, Object> record = RecordFormat.unsigned(seq, keyId, prev, options.clock().millis(), entry.type(),
                entry.origin(), body);
        String mac = RecordFormat.mac(keys, keyId, record);
        record.put("mac", mac);
        byte[] line = (CanonicalJson.write(record) + "\n").getBytes(StandardCharsets.UTF_8);
        if (options.rotateAtBytes() > 0 && active.end > 0 && active.end + line.length > options.rotateAtBytes()) {
            rotate(active);
        }
        ByteBuffer buf = ByteBuffer.wrap(line);
        long pos = active.end;
        try {
            while (buf.hasRemaining()) {
                pos += active.channel.write(buf, pos);
            }
            active.channel.force(true);
        } catch (IOException e) {
            // leave no partial line behind when we can; if this fails too, the next append moves it aside
            try {
                active.channel.truncate(active.end);
                active.channel.force(true);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        active.end = pos;
        active.lastSeqInFile = seq;
        return mac;
    }

    private void putFlaggedCommits(Map<String, Object> body, List<Object> flagged) throws IOException {
        String json = CanonicalJson.write(flagged);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= options.detailThresholdBytes()) {
            body.put("flaggedCommits", flagged);
            return;
        }
        String digest = Hex.sha256(bytes);
        Path dir = file.resolveSibling(RecordFormat.detailsDirName(name()));
        Files.createDirectories(dir);
        Path target = dir.resolve(digest + ".json");
        if (!Files.exists(target)) {
            Path tmp = Files.createTempFile(dir, digest, ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            moveAtomically(tmp, target);
            forceDirectory(dir);
        }
        body.put("flaggedCommitsDigest", "sha256:" + digest);
        body.put("flaggedCommitsDetail", dir.getFileName() + "/" + digest + ".json");
        body.put("flaggedCommitCount", (long) flagged.size());
    }

    private void rotate(Active active) throws IOException {
        active.channel.force(true);
        Path archive = file.resolveSibling(RecordFormat.archiveName(name(), active.lastSeqInFile));
        if (Files.exists(archive)) {
            throw new AuditException("cannot rotate: " + archive + " already exists");
        }
        moveAtomically(file, archive);
        FileChannel fresh = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        forceDirectory(file.getParent());
        if (active.channel != active.original) {
            active.channel.close();
        }
        active.channel = fresh;
        active.end = 0;
        active.lastSeqInFile = 0;
    }

    private AuditEntry moveTornTailAside(FileChannel ch, long from, long size, long seq, AuditOrigin origin)
            throws IOException {
        byte[] torn = new byte[Math.toIntExact(size - from)];
        ByteBuffer buf = ByteBuffer.wrap(torn);
        long pos = from;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos);
            if (n < 0) {
                break;
            }
            pos += n;
        }
        String savedAs = name() + ".torn-" + seq + "-" + options.clock().millis();
        Path aside = file.resolveSibling(savedAs);
        try (FileChannel out = FileChannel.open(aside, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer w = ByteBuffer.wrap(torn);
            while (w.hasRemaining()) {
                out.write(w);
            }
            out.force(true);
        }
        forceDirectory(file.getParent());
        return AuditEntry.tailRepaired(torn.length, Hex.sha256(torn), savedAs, origin);
    }

    private Tail.Last lastOfNewestArchive() throws IOException {
        List<Path> archives = archivesOf(file);
        for (int i = archives.size() - 1; i >= 0; i--) {
            try (FileChannel ch = FileChannel.open(archives.get(i), StandardOpenOption.READ)) {
                long size = ch.size();
                if (size != Tail.completeEnd(ch, size)) {
                    throw new AuditException("the rotated file " + archives.get(i) + " ends with a torn line");
                }
                Tail.Last last = Tail.lastRecord(ch, size);
                if (last != null) {
                    return last;
                }
            }
        }
        return null;
    }

    private void checkVerifies(Tail.Last last) throws AuditException {
        if (last.problem != null) {
            throw new AuditException("the last record of the audit log " + file + " is unreadable (" + last.problem
                    + "); refusing to chain onto it. Run the audit verifier.");
        }
        if (!keys.contains(last.record.keyId)) {
            throw new AuditException("the last record of the audit log " + file + " uses key \"" + last.record.keyId
                    + "\", which is not in the key ring; refusing to chain onto it");
        }
        if (!last.record.macValid(keys)) {
            throw new AuditException("the last record of the audit log " + file + " does not verify (edited, or"
                    + " another key); refusing to chain onto it. Run the audit verifier.");
        }
    }

    /** @return the rotated parts of this log, oldest first */
    static List<Path> archivesOf(Path log) throws IOException {
        String name = log.getFileName().toString();
        java.util.regex.Pattern p = RecordFormat.archivePattern(name);
        List<Path> out = new ArrayList<>();
        Path dir = log.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            s.forEach(f -> {
                Matcher m = p.matcher(f.getFileName().toString());
                if (m.matches() && Files.isRegularFile(f)) {
                    out.add(f);
                }
            });
        }
        out.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return out;
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new AuditException("the file system cannot rename " + from + " atomically", e);
        }
    }

    /** Makes a new or renamed entry in {@code dir} durable; platforms that cannot open a directory skip this. */
    static void forceDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory as a channel; its file system journals the entry itself
        }
    }

    /** Reading the end of a log file. */
    static final class Tail {
        private Tail() {
        }

        /** @return the offset just after the last line feed (0 when there is none) */
        static long completeEnd(FileChannel ch, long size) throws IOException {
            long pos = size;
            ByteBuffer buf = ByteBuffer.allocate(8192);
            while (pos > 0) {
                int len = (int) Math.min(buf.capacity(), pos);
                long start = pos - len;
                buf.clear().limit(len);
                readFully(ch, buf, start);
                for (int i = len - 1; i >= 0; i--) {
                    if (buf.get(i) == '\n') {
                        return start + i + 1;
                    }
                }
                pos = start;
            }
            return 0;
        }

        /** The last complete record before {@code end}, or why it could not be read. */
        static final class Last {
            final RecordFormat.Parsed record;
            final String problem;

            Last(RecordFormat.Parsed record, String problem) {
                this.record = record;
                this.problem = problem;
            }
        }

        /** @return the line ending just before {@code end} (which follows a line feed), or {@code null} if none */
        static Last lastRecord(FileChannel ch, long end) throws IOException {
            if (end == 0) {
                return null;
            }
            long lineEnd = end - 1;
            long start = completeEnd(ch, lineEnd);
            ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(lineEnd - start));
            readFully(ch, buf, start);
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buf.flip()).toString();
            } catch (CharacterCodingException e) {
                return new Last(null, "not UTF-8");
            }
            try {
                return new Last(RecordFormat.parse(text), null);
            } catch (JsonSyntaxException e) {
                return new Last(null, e.getMessage());
            }
        }

        private static void readFully(FileChannel ch, ByteBuffer buf, long at) throws IOException {
            long pos = at;
            while (buf.hasRemaining()) {
                int n = ch.read(buf, pos);
                if (n < 0) {
                    throw new IOException("unexpected end of file");
                }
                pos += n;
            }
        }
    }
}
