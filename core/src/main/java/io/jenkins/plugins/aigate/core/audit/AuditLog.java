package io.jenkins.plugins.aigate.core.audit;

import io.jenkins.plugins.aigate.core.encoding.CanonicalJson;
import io.jenkins.plugins.aigate.core.encoding.JsonSyntaxException;
import io.jenkins.plugins.aigate.core.encoding.Hex;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;

/**
 * An append-only, tamper-evident audit log in JSON Lines: each record is canonical JSON carrying an HMAC-SHA256 over
 * itself and the previous record's MAC (see {@link RecordFormat} for the layout).
 *
 * <p>Appends are atomic and durable. An append takes an in-process lock and an exclusive lock on the log file itself
 * (not on a separate lock file, which anyone could unlink), then checks that the path still names the file it
 * locked (a rotation by another writer replaces it; then it starts again), reads and verifies the last record under
 * the lock, writes its record as one line at the end, forces it to disk, and reads the last line back: only when
 * that is its own record does {@link #append} return the {@link Anchor}. The wait for another writer's lock is
 * bounded ({@link AuditLogOptions#lockTimeout()}). Earlier bytes are never rewritten. Writers on other machines
 * (a log on a network file system) are not supported: file locks there are not reliable.
 *
 * <p>Only a regular file (or a path where one can be created) is a log: devices, pipes and directories are refused.
 *
 * <p>A crash mid-write can leave a last line without its line feed. When that line is a complete record that
 * verifies and continues the chain (only the line feed is missing), the next append restores the line feed and keeps
 * it. Anything else is a torn line: the next append moves those bytes aside to {@code NAME.torn-<seq>-<millis>},
 * truncates them away, and writes a {@link AuditRecordType#TAIL_REPAIRED} record (size, SHA-256 and where they went)
 * with the next unused sequence number before its own record. Until then, verification reports the torn line. Such
 * bytes were never acknowledged: {@link #append} had not returned.
 *
 * <p>The append refuses (throws) when the last record does not verify, so a tampered tail is never chained on; any
 * failure throws {@link AuditException} and the caller must not treat the decision as made.
 *
 * <p>When the next record would take the active file past {@link AuditLogOptions#rotateAtBytes()}, the file is
 * renamed to {@code NAME.<last seq>} and a new one started; the chain (sequence numbers and MACs) continues across
 * files.
 */
public final class AuditLog implements AuditSink {
    private static final ConcurrentHashMap<String, ReentrantLock> IN_PROCESS_LOCKS = new ConcurrentHashMap<>();
    private static final long LOCK_POLL_MILLIS = 10;

    private final Path file;
    private final KeyRing keys;
    private final AuditLogOptions options;
    private final ReentrantLock lock;

    private AuditLog(Path file, KeyRing keys, AuditLogOptions options) throws IOException {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.options = Objects.requireNonNull(options, "options");
        Path directory = file.toAbsolutePath().normalize().getParent();
        if (options.createDirectory()) {
            Files.createDirectories(directory);
        } else if (!Files.isDirectory(directory)) {
            throw new AuditException("the directory " + directory + " does not exist");
        }
        // resolve symbolic links in the directory so two spellings of one log share one lock
        this.file = realLocation(file);
        requireRegularOrAbsent(this.file);
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

    /** A log is a regular file: writing "records" to a device or a pipe would acknowledge what nobody keeps. */
    static void requireRegularOrAbsent(Path file) throws AuditException {
        if (Files.isDirectory(file)) {
            throw new AuditException(file + " is a directory, not an audit log");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new AuditException(file + " is not a regular file (a device, a pipe or a socket), not an audit log");
        }
    }

    /**
     * @param file the active log file (created on the first append; its directory now)
     * @param keys the key ring; new records use its current key
     * @throws IOException when the directory cannot be created, or the file exists and is not a regular file
     */
    public static AuditLog open(Path file, KeyRing keys) throws IOException {
        return new AuditLog(file, keys, AuditLogOptions.defaults());
    }

    /**
     * As {@link #open(Path, KeyRing)}, with options (clock, rotation, detail threshold, lock wait, whether a missing
     * directory is created).
     */
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
     * @throws AuditException when the record could not be made durable, the log's last record does not verify, or
     *     the lock was not obtained in time ({@link AuditLockTimeoutException})
     */
    @Override
    public Anchor append(AuditEntry entry) throws AuditException {
        Objects.requireNonNull(entry, "entry");
        long deadline = System.nanoTime() + options.lockTimeout().toNanos();
        try {
            if (!lock.tryLock() && !waitInProcess(deadline)) {
                throw lockTimeout();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditException("interrupted while waiting for the lock on the audit log " + file);
        }
        try {
            return appendUnderProcessLock(entry, deadline);
        } catch (AuditException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new AuditException("could not append to the audit log " + file + ": " + e, e);
        } finally {
            lock.unlock();
        }
    }

    private boolean waitInProcess(long deadline) throws InterruptedException {
        options.lockWaitNotice().accept(waitingMessage());
        return lock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    private String waitingMessage() {
        return "waiting up to " + options.lockTimeout().toSeconds() + " s for another writer's lock on the audit log "
                + file;
    }

    private AuditLockTimeoutException lockTimeout() {
        return new AuditLockTimeoutException("another writer held the lock on the audit log " + file + " for more"
                + " than " + options.lockTimeout().toSeconds() + " s; no record was written");
    }

    private String name() {
        return file.getFileName().toString();
    }

    private Anchor appendUnderProcessLock(AuditEntry entry, long deadline) throws IOException {
        boolean told = false;
        for (int attempt = 0; ; attempt++) {
            if (attempt > 0 && System.nanoTime() - deadline >= 0) {
                // the path kept changing under this writer (rotations, or someone replacing the file)
                throw lockTimeout();
            }
            requireRegularOrAbsent(file);
            Object before = fileKey(file);
            if (before == null) {
                createEmpty();
                continue;
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                if (!before.equals(fileKey(file))) {
                    continue; // replaced between looking and opening: which file was opened is unknown
                }
                FileLock fileLock = ch.tryLock();
                if (fileLock == null) {
                    if (!told) {
                        options.lockWaitNotice().accept(waitingMessage());
                        told = true;
                    }
                    fileLock = waitForLock(ch, deadline);
                }
                try (FileLock held = fileLock) {
                    if (!before.equals(fileKey(file))) {
                        continue; // rotated while this writer waited: the path names a new file now
                    }
                    Anchor anchor = appendLocked(ch, entry);
                    if (anchor != null) {
                        return anchor;
                    }
                }
            } catch (NoSuchFileException e) {
                // moved away between looking and opening: look again
            }
        }
    }

    private FileLock waitForLock(FileChannel ch, long deadline) throws IOException {
        while (true) {
            if (System.nanoTime() - deadline >= 0) {
                throw lockTimeout();
            }
            try {
                Thread.sleep(LOCK_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AuditException("interrupted while waiting for the lock on the audit log " + file);
            }
            FileLock fileLock = ch.tryLock();
            if (fileLock != null) {
                return fileLock;
            }
        }
    }

    /** @return the identity of the file the path names now (device and inode), or {@code null} when absent */
    private static Object fileKey(Path path) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            Object key = attributes.fileKey();
            // platforms without file keys cannot replace an open file; the path is then its own identity
            return key != null ? key : path;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private void createEmpty() throws IOException {
        try (FileChannel ignored = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            forceDirectory(file.getParent());
        }
    }

    /** @return the anchor, or {@code null} when the file was rotated first and the append must start again */
    private Anchor appendLocked(FileChannel ch, AuditEntry entry) throws IOException {
        long size = ch.size();
        long end = Tail.completeEnd(ch, size);
        Tail.Last last = Tail.lastRecord(ch, end);
        if (last == null) {
            last = lastOfNewestArchive();
        }
        if (end < size) {
            Tail.Last unterminated = Tail.line(ch, end, size);
            if (continuesChain(unterminated, last)) {
                // a complete record lost only its line feed: keep it
                writeAt(ch, size, new byte[] {'\n'});
                end = size + 1;
                size = end;
                last = unterminated;
            }
        }
        long seq = 1;
        String prev = RecordFormat.GENESIS;
        if (last != null) {
            checkVerifies(last);
            seq = last.record.seq + 1;
            prev = last.record.mac;
        }
        if (end < size) {
            AuditEntry repair = moveTornTailAside(ch, end, size, seq, entry.origin());
            ch.truncate(end);
            ch.force(true);
            byte[] line = line(repair, seq, prev);
            prev = write(ch, end, line, seq);
            end += line.length;
            seq++;
        }
        byte[] line = line(entry, seq, prev);
        if (options.rotateAtBytes() > 0 && end > 0 && end + line.length > options.rotateAtBytes()) {
            rotate(ch, seq - 1);
            return null;
        }
        String mac = write(ch, end, line, seq);
        return new Anchor(seq, mac);
    }

    private boolean continuesChain(Tail.Last line, Tail.Last last) {
        if (line.record == null || !keys.contains(line.record.keyId) || !line.record.macValid(keys)) {
            return false;
        }
        return last == null ? line.record.seq == 1 && RecordFormat.GENESIS.equals(line.record.prev)
                : line.record.seq == last.record.seq + 1 && last.record.mac.equals(line.record.prev);
    }

    private byte[] line(AuditEntry entry, long seq, String prev) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>(entry.body());
        if (entry.flaggedCommits() != null) {
            putFlaggedCommits(body, entry.flaggedCommits());
        }
        String keyId = keys.currentKeyId();
        Map<String, Object> record = RecordFormat.unsigned(seq, keyId, prev, options.clock().millis(), entry.type(),
                entry.origin(), body);
        record.put("mac", RecordFormat.mac(keys, keyId, record));
        return (CanonicalJson.write(record) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes one line at {@code at}, forces it to disk, and reads the last line back.
     *
     * @return the MAC of the record written
     */
    private String write(FileChannel ch, long at, byte[] line, long seq) throws IOException {
        try {
            writeAt(ch, at, line);
            ch.force(true);
        } catch (IOException e) {
            // leave no partial line behind when we can; if this fails too, the next append moves it aside
            try {
                ch.truncate(at);
                ch.force(true);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        long end = at + line.length;
        Tail.Last written = Tail.lastRecord(ch, ch.size());
        if (ch.size() != end || written == null || written.record == null || written.record.seq != seq
                || !Arrays.equals(line, (written.text + "\n").getBytes(StandardCharsets.UTF_8))) {
            throw new AuditException("record " + seq + " is not the last line of the audit log " + file
                    + " after writing it; another process wrote to the log without its lock");
        }
        return written.record.mac;
    }

    private static void writeAt(FileChannel ch, long at, byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        long pos = at;
        while (buf.hasRemaining()) {
            pos += ch.write(buf, pos);
        }
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
        if (!Files.isRegularFile(target)) {
            Path tmp = Files.createTempFile(dir, digest, ".tmp");
            try {
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    writeAt(ch, 0, bytes);
                    ch.force(true);
                }
                moveAtomically(tmp, target);
            } catch (IOException | RuntimeException e) {
                // a full disk must not leave a half-written detail file behind
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
            forceDirectory(dir);
        }
        body.put("flaggedCommitsDigest", "sha256:" + digest);
        body.put("flaggedCommitsDetail", dir.getFileName() + "/" + digest + ".json");
        body.put("flaggedCommitCount", (long) flagged.size());
    }

    /** Renames the locked active file to its archive name; the next file is begun by the retried append. */
    private void rotate(FileChannel ch, long lastSeqInFile) throws IOException {
        ch.force(true);
        Path archive = file.resolveSibling(RecordFormat.archiveName(name(), lastSeqInFile));
        if (Files.exists(archive)) {
            throw new AuditException("cannot rotate: " + archive + " already exists");
        }
        moveAtomically(file, archive);
        forceDirectory(file.getParent());
    }

    private AuditEntry moveTornTailAside(FileChannel ch, long from, long size, long seq, AuditOrigin origin)
            throws IOException {
        byte[] torn = new byte[Math.toIntExact(size - from)];
        Tail.readFully(ch, ByteBuffer.wrap(torn), from);
        String savedAs = name() + ".torn-" + seq + "-" + options.clock().millis();
        Path aside = file.resolveSibling(savedAs);
        try (FileChannel out = FileChannel.open(aside, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            writeAt(out, 0, torn);
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
            final String text;

            Last(RecordFormat.Parsed record, String problem, String text) {
                this.record = record;
                this.problem = problem;
                this.text = text;
            }
        }

        /** @return the line ending just before {@code end} (which follows a line feed), or {@code null} if none */
        static Last lastRecord(FileChannel ch, long end) throws IOException {
            if (end == 0) {
                return null;
            }
            long lineEnd = end - 1;
            return line(ch, completeEnd(ch, lineEnd), lineEnd);
        }

        /** @return the bytes from {@code start} to {@code end} (no line feed among them) read as a record */
        static Last line(FileChannel ch, long start, long end) throws IOException {
            if (end - start > Integer.MAX_VALUE - 16) {
                return new Last(null, "a line of " + (end - start) + " bytes", null);
            }
            ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(end - start));
            readFully(ch, buf, start);
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buf.flip()).toString();
            } catch (CharacterCodingException e) {
                return new Last(null, "not UTF-8", null);
            }
            try {
                return new Last(RecordFormat.parse(text), null, text);
            } catch (JsonSyntaxException e) {
                return new Last(null, e.getMessage(), text);
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
