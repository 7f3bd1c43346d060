package io.jenkins.plugins.aigate.core.audit;

import java.time.Clock;
import java.util.Objects;

/** How an {@link AuditLog} stamps, rotates and splits records. Immutable; start from {@link #defaults()}. */
public final class AuditLogOptions {
    /** Default size at which the active file is rotated: 32 MiB. */
    public static final long DEFAULT_ROTATE_AT_BYTES = 32L * 1024 * 1024;
    /** Default size of flagged-commit details above which they go to a detail file: 64 KiB. */
    public static final int DEFAULT_DETAIL_THRESHOLD_BYTES = 64 * 1024;

    private final Clock clock;
    private final long rotateAtBytes;
    private final int detailThresholdBytes;

    private AuditLogOptions(Clock clock, long rotateAtBytes, int detailThresholdBytes) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (rotateAtBytes < 0 || detailThresholdBytes < 0) {
            throw new IllegalArgumentException("sizes must not be negative");
        }
        this.rotateAtBytes = rotateAtBytes;
        this.detailThresholdBytes = detailThresholdBytes;
    }

    /** @return the system UTC clock, rotation at 32 MiB, detail files above 64 KiB */
    public static AuditLogOptions defaults() {
        return new AuditLogOptions(Clock.systemUTC(), DEFAULT_ROTATE_AT_BYTES, DEFAULT_DETAIL_THRESHOLD_BYTES);
    }

    /** @return these options with the clock that stamps records */
    public AuditLogOptions clock(Clock c) {
        return new AuditLogOptions(c, rotateAtBytes, detailThresholdBytes);
    }

    /** @return these options rotating when the next record would take the active file past this size; 0 never */
    public AuditLogOptions rotateAtBytes(long bytes) {
        return new AuditLogOptions(clock, bytes, detailThresholdBytes);
    }

    /** @return these options moving flagged-commit details above this many bytes to a detail file */
    public AuditLogOptions detailThresholdBytes(int bytes) {
        return new AuditLogOptions(clock, rotateAtBytes, bytes);
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
}
