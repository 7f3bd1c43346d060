package io.jenkins.plugins.aigate.core.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How an {@link AuditLog} stamps, rotates, splits and waits. Immutable; start from {@link #defaults()}.
 */
public final class AuditLogOptions {
    /** Default size at which the active file is rotated: 32 MiB. */
    public static final long DEFAULT_ROTATE_AT_BYTES = 32L * 1024 * 1024;
    /** Default size of flagged-commit details above which they go to a detail file: 64 KiB. */
    public static final int DEFAULT_DETAIL_THRESHOLD_BYTES = 64 * 1024;
    /** Default longest wait for another writer's lock on the log: 60 seconds. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

    private final Clock clock;
    private final long rotateAtBytes;
    private final int detailThresholdBytes;
    private final Duration lockTimeout;
    private final Consumer<String> lockWaitNotice;
    private final boolean createDirectory;

    private AuditLogOptions(Clock clock, long rotateAtBytes, int detailThresholdBytes, Duration lockTimeout,
            Consumer<String> lockWaitNotice, boolean createDirectory) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (rotateAtBytes < 0 || detailThresholdBytes < 0) {
            throw new IllegalArgumentException("sizes must not be negative");
        }
        if (lockTimeout.isNegative()) {
            throw new IllegalArgumentException("the lock timeout must not be negative");
        }
        this.rotateAtBytes = rotateAtBytes;
        this.detailThresholdBytes = detailThresholdBytes;
        this.lockTimeout = lockTimeout;
        this.lockWaitNotice = Objects.requireNonNull(lockWaitNotice, "lockWaitNotice");
        this.createDirectory = createDirectory;
    }

    /**
     * @return the system UTC clock, rotation at 32 MiB, detail files above 64 KiB, a 60 second lock wait told to
     *     nobody, and the log's directory created when missing
     */
    public static AuditLogOptions defaults() {
        return new AuditLogOptions(Clock.systemUTC(), DEFAULT_ROTATE_AT_BYTES, DEFAULT_DETAIL_THRESHOLD_BYTES,
                DEFAULT_LOCK_TIMEOUT, message -> { }, true);
    }

    /** @return these options with the clock that stamps records */
    public AuditLogOptions clock(Clock c) {
        return new AuditLogOptions(c, rotateAtBytes, detailThresholdBytes, lockTimeout, lockWaitNotice,
                createDirectory);
    }

    /** @return these options rotating when the next record would take the active file past this size; 0 never */
    public AuditLogOptions rotateAtBytes(long bytes) {
        return new AuditLogOptions(clock, bytes, detailThresholdBytes, lockTimeout, lockWaitNotice, createDirectory);
    }

    /** @return these options moving flagged-commit details above this many bytes to a detail file */
    public AuditLogOptions detailThresholdBytes(int bytes) {
        return new AuditLogOptions(clock, rotateAtBytes, bytes, lockTimeout, lockWaitNotice, createDirectory);
    }

    /**
     * @param timeout the longest an append waits for another writer's lock before failing with
     *                {@link AuditLockTimeoutException}
     * @param notice  told once, in one line, what the append is waiting for when it has to wait
     * @return these options with that wait
     */
    public AuditLogOptions lockWait(Duration timeout, Consumer<String> notice) {
        return new AuditLogOptions(clock, rotateAtBytes, detailThresholdBytes, Objects.requireNonNull(timeout),
                notice, createDirectory);
    }

    /**
     * @param create whether {@link AuditLog#open} creates a missing directory for the log (the command line does
     *               not: a mistyped path must be an error, not a new log somewhere unexpected)
     * @return these options with that choice
     */
    public AuditLogOptions createDirectory(boolean create) {
        return new AuditLogOptions(clock, rotateAtBytes, detailThresholdBytes, lockTimeout, lockWaitNotice, create);
    }

    public Clock clock() {
        return clock;
    }

    public long rotateAtBytes() {
        return rotateAtBytes;
    }

    public int detailThresholdBytes() {
        return detailThresholdBytes;
    }

    public Duration lockTimeout() {
        return lockTimeout;
    }

    Consumer<String> lockWaitNotice() {
        return lockWaitNotice;
    }

    public boolean createDirectory() {
        return createDirectory;
    }
}
