package io.jenkins.plugins.aigate.audit;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Objects;

/** The result of verifying the audit log chain, localised for the management page. */
public final class VerificationReport {
    private final boolean intact;
    private final long records;
    private final Long firstBadRecord;
    private final String detail;

    private VerificationReport(boolean intact, long records, Long firstBadRecord, String detail) {
        this.intact = intact;
        this.records = records;
        this.firstBadRecord = firstBadRecord;
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    static VerificationReport intact(long records, @NonNull String detail) {
        return new VerificationReport(true, records, null, detail);
    }

    static VerificationReport broken(long records, @CheckForNull Long firstBadRecord, @NonNull String detail) {
        return new VerificationReport(false, records, firstBadRecord, detail);
    }

    /** @return whether every record verified */
    public boolean isIntact() {
        return intact;
    }

    /** @return how many records were read */
    public long getRecords() {
        return records;
    }

    /** @return the sequence number of the first record that failed, if one did */
    public @CheckForNull Long getFirstBadRecord() {
        return firstBadRecord;
    }

    /** @return a localised sentence saying what was found */
    public @NonNull String getDetail() {
        return detail;
    }
}
