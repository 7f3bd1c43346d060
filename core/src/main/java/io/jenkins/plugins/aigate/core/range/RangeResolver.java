package io.jenkins.plugins.aigate.core.range;

import java.util.Objects;
import java.util.Optional;

/**
 * Decides the range a gate inspects: "since the last head let through". A baseline that is an ancestor of the
 * head bounds the range; one that is not (force-push), one that cannot be checked, one that cannot be read, or
 * none at all leaves the range without a baseline, which the policy's {@code unknownBaseline} then judges.
 */
public final class RangeResolver {
    private RangeResolver() {
    }

    /**
     * @param baseline the recorded baseline, if any
     * @param head     the full id of the commit about to be deployed
     * @param ancestry answers ancestry questions about the repository
     * @return the range; never throws for a failed ancestry check (that gives {@link BaselineStatus#UNCHECKABLE})
     */
    public static CommitRange resolve(Optional<Baseline> baseline, String head, AncestryCheck ancestry) {
        return resolveSince(baseline.map(Baseline::head).orElse(null), head, ancestry);
    }

    /**
     * Resolves the range from a base given outright (the CLI's {@code BASE..HEAD}) rather than a recorded baseline.
     *
     * @param base     the full id of the last head let through, or {@code null} when there is none
     * @param head     the full id of the commit about to be deployed
     * @param ancestry answers ancestry questions about the repository
     * @return the range; never throws for a failed ancestry check (that gives {@link BaselineStatus#UNCHECKABLE})
     */
    public static CommitRange resolveSince(String base, String head, AncestryCheck ancestry) {
        Objects.requireNonNull(head, "head");
        if (base == null) {
            return CommitRange.withoutBaseline(head, BaselineStatus.NONE, null);
        }
        if (base.equals(head)) {
            return CommitRange.since(base, head);
        }
        Ancestry answer;
        try {
            answer = ancestry.check(base, head);
        } catch (RuntimeException e) {
            answer = Ancestry.UNKNOWN;
        }
        if (answer == Ancestry.ANCESTOR) {
            return CommitRange.since(base, head);
        }
        return CommitRange.withoutBaseline(head,
                answer == Ancestry.NOT_ANCESTOR ? BaselineStatus.NOT_ANCESTOR : BaselineStatus.UNCHECKABLE, base);
    }

    /**
     * Reads the baseline from {@code store} and resolves the range; an unreadable record gives {@link
     * BaselineStatus#UNREADABLE} (fail closed), never a range as if nothing had been recorded.
     */
    public static CommitRange resolve(BaselineStore store, BaselineKey key, String head, AncestryCheck ancestry) {
        Optional<Baseline> baseline;
        try {
            baseline = store.find(key);
        } catch (BaselineStoreException e) {
            return CommitRange.withoutBaseline(head, BaselineStatus.UNREADABLE, null);
        }
        return resolve(baseline, head, ancestry);
    }
}
