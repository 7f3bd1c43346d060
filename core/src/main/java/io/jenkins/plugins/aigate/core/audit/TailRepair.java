package io.jenkins.plugins.aigate.core.audit;

import java.util.Objects;

/**
 * One {@link AuditRecordType#TAIL_REPAIRED} record found by verification: a torn last line (a crash mid-append)
 * that the next append moved aside. Worth reporting to whoever verifies the log; not tampering by itself.
 */
public final class TailRepair {
    private final long record;
    private final long time;
    private final long bytes;
    private final String savedAs;

    TailRepair(long record, long time, long bytes, String savedAs) {
        this.record = record;
        this.time = time;
        this.bytes = bytes;
        this.savedAs = Objects.requireNonNull(savedAs, "savedAs");
    }

    /** @return the sequence number of the repair record */
    public long record() {
        return record;
    }

    /** @return when the repair was made, epoch millis */
    public long time() {
        return time;
    }

    /** @return how many torn bytes were moved aside */
    public long bytes() {
        return bytes;
    }

    /** @return the file (next to the log) the torn bytes were moved to */
    public String savedAs() {
        return savedAs;
    }

    @Override
    public String toString() {
        return "record " + record + " at " + time + ": " + bytes + " torn bytes moved to " + savedAs;
    }
}
