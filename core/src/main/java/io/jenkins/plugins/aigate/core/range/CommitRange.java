package io.jenkins.plugins.aigate.core.range;

import java.util.Objects;
import java.util.Optional;

/**
 * The commits a gate inspects: {@code base..head} when the baseline is known, otherwise everything reachable from
 * {@code head} up to the policy's {@code maxCommits}. Also records whether reading stopped at that bound and, for
 * an unusable baseline, which commit it was, so approvers are told why the range has no baseline.
 */
public final class CommitRange {
    private final String base;
    private final String head;
    private final BaselineStatus status;
    private final String previousBaseline;
    private final boolean truncated;

    private CommitRange(String base, String head, BaselineStatus status, String previousBaseline, boolean truncated) {
        this.base = base;
        this.head = Objects.requireNonNull(head, "head");
        this.status = Objects.requireNonNull(status, "status");
        this.previousBaseline = previousBaseline;
        this.truncated = truncated;
    }

    /** @return the range {@code base..head} over a baseline that is an ancestor of {@code head} */
    public static CommitRange since(String base, String head) {
        return new CommitRange(Objects.requireNonNull(base, "base"), head, BaselineStatus.KNOWN, base, false);
    }

    /**
     * @param head             the head to inspect
     * @param status           why there is no usable baseline (not {@link BaselineStatus#KNOWN})
     * @param previousBaseline the recorded baseline that could not be used, or {@code null}
     * @return a range bounded only by {@code maxCommits}
     */
    public static CommitRange withoutBaseline(String head, BaselineStatus status, String previousBaseline) {
        if (status.isKnown()) {
            throw new IllegalArgumentException("a range without baseline needs a status other than KNOWN");
        }
        return new CommitRange(null, head, status, previousBaseline, false);
    }

    /** @return this range, marked as cut off at {@code maxCommits} (or not) */
    public CommitRange truncated(boolean value) {
        return value == truncated ? this : new CommitRange(base, head, status, previousBaseline, value);
    }

    /** @return the exclusive start; empty when the range has no baseline */
    public Optional<String> base() {
        return Optional.ofNullable(base);
    }

    public String head() {
        return head;
    }

    public BaselineStatus status() {
        return status;
    }

    /** @return the recorded baseline, whether or not it could be used */
    public Optional<String> previousBaseline() {
        return Optional.ofNullable(previousBaseline);
    }

    /** @return whether reading stopped at {@code maxCommits} before reaching the base (or the root) */
    public boolean isTruncated() {
        return truncated;
    }

    /** @return whether the range has nothing in it (the head is the baseline) */
    public boolean isEmpty() {
        return head.equals(base);
    }

    /** @return the revision expression for git: {@code base..head}, or {@code head} alone */
    public String revisions() {
        return base == null ? head : base + ".." + head;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CommitRange)) {
            return false;
        }
        CommitRange that = (CommitRange) o;
        return truncated == that.truncated && Objects.equals(base, that.base) && head.equals(that.head)
                && status == that.status && Objects.equals(previousBaseline, that.previousBaseline);
    }

    @Override
    public int hashCode() {
        return Objects.hash(base, head, status, previousBaseline, truncated);
    }

    @Override
    public String toString() {
        return revisions() + " (" + status + (truncated ? ", truncated" : "") + ")";
    }
}
