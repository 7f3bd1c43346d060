package io.jenkins.plugins.aigate.core.range;

import io.jenkins.plugins.aigate.core.encoding.Hex;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link BaselineStore} keeping one small text file per key in a directory (in Jenkins, under {@code
 * JENKINS_HOME}, outside any build). A record is written to a temporary file, forced to disk and renamed over the
 * old one, so readers and crashes see the old record or the new one, never a torn one.
 *
 * <p>The file name is a hash of the key, so no job or repository name can escape the directory; the key is also
 * written inside and checked on reading, so a mixed-up file is refused rather than used for another job.
 */
public final class FileBaselineStore implements BaselineStore {
    private static final String MAGIC = "aigate-baseline 1";
    private static final String SUFFIX = ".baseline";
    private static final int MAX_FILE_BYTES = 64 * 1024;

    private final Path directory;
    private final Object lock = new Object();

    /** @param directory where the records live; created on the first write */
    public FileBaselineStore(Path directory) {
        this.directory = directory;
    }

    /** @return the file that holds {@code key}'s baseline (it may not exist) */
    public Path fileFor(BaselineKey key) {
        return directory.resolve(digest(key.job() + '\0' + key.repository() + '\0' + key.environment()) + SUFFIX);
    }

    @Override
    public Optional<Baseline> find(BaselineKey key) throws BaselineStoreException {
        Path file = fileFor(key);
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new BaselineStoreException(file + ": larger than a baseline record can be");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new BaselineStoreException(file + ": cannot be read: " + e, e);
        }
        return Optional.of(parse(file, key, bytes));
    }

    @Override
    public void record(BaselineKey key, Baseline baseline) throws BaselineStoreException {
        Path file = fileFor(key);
        byte[] content = format(key, baseline).getBytes(StandardCharsets.UTF_8);
        synchronized (lock) {
            Path temp = null;
            try {
                Files.createDirectories(directory);
                temp = Files.createTempFile(directory, ".baseline-", ".tmp");
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    ByteBuffer buffer = ByteBuffer.wrap(content);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    throw new BaselineStoreException(directory + ": the file system cannot replace files atomically", e);
                }
                temp = null;
                forceDirectory();
            } catch (IOException e) {
                throw new BaselineStoreException(file + ": cannot be written: " + e, e);
            } finally {
                if (temp != null) {
                    try {
                        Files.deleteIfExists(temp);
                    } catch (IOException ignored) {
                        // the failure being reported matters more than a leftover temporary file
                    }
                }
            }
        }
    }

    /** Makes the rename itself durable where the platform allows opening a directory (not on Windows). */
    private void forceDirectory() {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the data file itself was forced before the rename.
        }
    }

    static String format(BaselineKey key, Baseline baseline) {
        StringBuilder out = new StringBuilder(MAGIC).append('\n');
        line(out, "job", key.job());
        line(out, "repository", key.repository());
        line(out, "environment", key.environment());
        line(out, "head", baseline.head());
        line(out, "outcome", baseline.outcome().name());
        line(out, "recordedAt", Long.toString(baseline.recordedAtMillis()));
        baseline.build().ifPresent(build -> line(out, "build", build));
        return out.toString();
    }

    private static void line(StringBuilder out, String name, String value) {
        out.append(name).append('=').append(escape(value)).append('\n');
    }

    private static Baseline parse(Path file, BaselineKey key, byte[] bytes) throws BaselineStoreException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BaselineStoreException(file + ": not UTF-8 text", e);
        }
        if (!text.endsWith("\n")) {
            throw new BaselineStoreException(file + ": truncated (no final line end)");
        }
        String[] lines = text.split("\n", -1);
        if (!lines[0].equals(MAGIC)) {
            throw new BaselineStoreException(file + ": not a baseline record (first line '" + clip(lines[0]) + "')");
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < lines.length - 1; i++) {
            String line = lines[i];
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new BaselineStoreException(file + ": line " + (i + 1) + " is not name=value");
            }
            String name = line.substring(0, eq);
            if (values.put(name, unescape(file, i + 1, line.substring(eq + 1))) != null) {
                throw new BaselineStoreException(file + ": line " + (i + 1) + " repeats '" + clip(name) + "'");
            }
        }
        BaselineKey stored = new BaselineKey(required(file, values, "job"), required(file, values, "repository"),
                required(file, values, "environment"));
        if (!stored.equals(key)) {
            throw new BaselineStoreException(file + ": holds the baseline of " + stored + ", not of " + key);
        }
        String head = required(file, values, "head");
        if (!head.matches("[0-9a-f]{40}|[0-9a-f]{64}")) {
            throw new BaselineStoreException(file + ": head '" + clip(head) + "' is not a full commit id");
        }
        BaselineOutcome outcome;
        long recordedAt;
        try {
            outcome = BaselineOutcome.valueOf(required(file, values, "outcome"));
            recordedAt = Long.parseLong(required(file, values, "recordedAt"));
        } catch (IllegalArgumentException e) {
            throw new BaselineStoreException(file + ": bad outcome or recordedAt: " + e.getMessage(), e);
        }
        return new Baseline(head, outcome, recordedAt, values.get("build"));
    }

    private static String required(Path file, Map<String, String> values, String name)
            throws BaselineStoreException {
        String value = values.get(name);
        if (value == null) {
            throw new BaselineStoreException(file + ": '" + name + "' is missing");
        }
        return value;
    }

    /** Percent-encodes '%' and every control character, so each value stays on one line. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' || c < 0x20 || c == 0x7f) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String unescape(Path file, int lineNumber, String value) throws BaselineStoreException {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i + 2 >= value.length()) {
                throw new BaselineStoreException(file + ": line " + lineNumber + " has a cut-off escape");
            }
            int high = Character.digit(value.charAt(i + 1), 16);
            int low = Character.digit(value.charAt(i + 2), 16);
            if (high < 0 || low < 0) {
                throw new BaselineStoreException(file + ": line " + lineNumber + " has a bad escape");
            }
            out.append((char) (high * 16 + low));
            i += 2;
        }
        return out.toString();
    }

    private static String clip(String text) {
        return escape(text.length() > 80 ? text.substring(0, 80) + "..." : text);
    }

    private static String digest(String text) {
        return Hex.sha256(text);
    }
}
