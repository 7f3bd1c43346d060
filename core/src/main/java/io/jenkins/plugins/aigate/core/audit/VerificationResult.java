package io.jenkins.plugins.aigate.core.audit;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link AuditVerifier#verify} found: either an intact log with its record count and last anchor, or the first
 * bad record, why, and where (file and line).
 */
public final class VerificationResult {
    private final long records;
    private final Anchor last;
    private final TamperReason reason;
    private final long badRecord;
    private final Path file;
    private final long line;
    private final String detail;
    private final List<TailRepair> repairs;
    private final boolean newlineMissing;

    private VerificationResult(long records, Anchor last, TamperReason reason, long badRecord, Path file, long line,
            String detail, List<TailRepair> repairs, boolean newlineMissing) {
        this.records = records;
        this.last = last;
        this.reason = reason;
        this.badRecord = badRecord;
        this.file = file;
        this.line = line;
        this.detail = detail;
        this.repairs = List.copyOf(repairs);
        this.newlineMissing = newlineMissing;
    }

    static VerificationResult intact(long records, Anchor last, List<TailRepair> repairs, boolean newlineMissing) {
        return new VerificationResult(records, last, null, 0, null, 0, null, repairs, newlineMissing);
    }

    static VerificationResult tampered(long goodRecords, Anchor last, TamperReason reason, long badRecord, Path file,
            long line, String detail) {
        return new VerificationResult(goodRecords, last, Objects.requireNonNull(reason), badRecord, file, line,
                detail, List.of(), false);
    }

    /** @return whether every record verified (and the anchor, if given, matched) */
    public boolean intact() {
        return reason == null;
    }

    /** @return how many records verified before the first bad one (all of them when intact) */
    public long records() {
        return records;
    }

    /** @return the anchor of the last record that verified */
    public Optional<Anchor> lastAnchor() {
        return Optional.ofNullable(last);
    }

    /** @return why verification failed; empty when intact */
    public Optional<TamperReason> reason() {
        return Optional.ofNullable(reason);
    }

    /**
     * @return whether verification could not judge the records because of the key: {@link TamperReason#WRONG_KEY}
     *     (no record verifies under the key supplied) or {@link TamperReason#UNKNOWN_KEY} (the ring lacks a key id
     *     the log uses). Not a finding of tampering; verify again with the right key ring
     */
    public boolean keyProblem() {
        return reason == TamperReason.WRONG_KEY || reason == TamperReason.UNKNOWN_KEY;
    }

    /** @return the sequence number expected where verification failed (the first bad record); 0 when intact */
    public long badRecord() {
        return badRecord;
    }

    /** @return the file holding the first bad record; empty when intact */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** @return the 1-based line of the first bad record in {@link #file()}; 0 when intact or past the end */
    public long line() {
        return line;
    }

    /** @return a short English explanation for command-line output; empty when intact */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /**
     * @return sequence numbers of {@link AuditRecordType#TAIL_REPAIRED} records in an intact log: where a torn
     *     write (a crash mid-append) was moved aside; worth reporting, not tampering
     */
    public List<Long> tailRepairs() {
        return repairs.stream().map(TailRepair::record).collect(java.util.stream.Collectors.toUnmodifiableList());
    }

    /** @return every repair of a torn write in an intact log, oldest first: record, time, bytes and where */
    public List<TailRepair> repairs() {
        return repairs;
    }

    /**
     * @return whether the last record, complete and valid, lacks its line feed (a crash just before it was
     *     written); the next append restores it
     */
    public boolean newlineMissing() {
        return newlineMissing;
    }

    @Override
    public String toString() {
        return intact() ? "intact, " + records + " records"
                : "record " + badRecord + ": " + reason + " (" + file + " line " + line + "): " + detail;
    }
}
