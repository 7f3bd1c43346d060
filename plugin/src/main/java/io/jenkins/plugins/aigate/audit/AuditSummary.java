package io.jenkins.plugins.aigate.audit;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Date;
import java.util.Objects;

/** One audit record as the management page lists it: plain strings and epoch millis, nothing from core kept. */
public final class AuditSummary {
    private final long sequence;
    private final long timeMillis;
    private final String kind;
    private final String subject;
    private final String outcome;
    private final String actors;

    AuditSummary(long sequence, long timeMillis, @NonNull String kind, @NonNull String subject,
            @NonNull String outcome, @NonNull String actors) {
        this.sequence = sequence;
        this.timeMillis = timeMillis;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.actors = Objects.requireNonNull(actors, "actors");
    }

    /** @return the record's sequence number in the chain */
    public long getSequence() {
        return sequence;
    }

    public long getTimeMillis() {
        return timeMillis;
    }

    /** @return the time, for {@code i:formatDate} */
    public Date getTime() {
        return new Date(timeMillis);
    }

    /** @return what kind of record this is (a gate decision, a policy change, a break-glass override) */
    public @NonNull String getKind() {
        return kind;
    }

    /** @return what it concerns: {@code job #build} and environment, or the policy fingerprints */
    public @NonNull String getSubject() {
        return subject;
    }

    /** @return the decision or change */
    public @NonNull String getOutcome() {
        return outcome;
    }

    /** @return who decided or changed, comma-separated */
    public @NonNull String getActors() {
        return actors;
    }
}
