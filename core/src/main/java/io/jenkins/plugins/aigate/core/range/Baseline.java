package io.jenkins.plugins.aigate.core.range;

import java.util.Objects;
import java.util.Optional;

/**
 * The last head the gate let through for one {@link BaselineKey}; the next range starts after it. Immutable.
 */
public final class Baseline {
    private final String head;
    private final BaselineOutcome outcome;
    private final long recordedAtMillis;
    private final String build;

    /**
     * @param head             the full commit id that was let through
     * @param outcome          how it was let through
     * @param recordedAtMillis when, in epoch milliseconds (the caller's clock)
     * @param build            which build, e.g. {@code folder/job#42}, or {@code null}
     */
    public Baseline(String head, BaselineOutcome outcome, long recordedAtMillis, String build) {
        this.head = Objects.requireNonNull(head, "head");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.recordedAtMillis = recordedAtMillis;
        this.build = build;
    }

    public String head() {
        return head;
    }

    public BaselineOutcome outcome() {
        return outcome;
    }

    public long recordedAtMillis() {
        return recordedAtMillis;
    }

    public Optional<String> build() {
        return Optional.ofNullable(build);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Baseline)) {
            return false;
        }
        Baseline that = (Baseline) o;
        return recordedAtMillis == that.recordedAtMillis && head.equals(that.head) && outcome == that.outcome
                && Objects.equals(build, that.build);
    }

    @Override
    public int hashCode() {
        return Objects.hash(head, outcome, recordedAtMillis, build);
    }

    @Override
    public String toString() {
        return outcome + " " + head + (build == null ? "" : " by " + build) + " at " + recordedAtMillis;
    }
}
