package io.jenkins.plugins.aigate.core.range;

/** How the start of a range was decided; anything but {@link #KNOWN} follows the policy's {@code unknownBaseline}. */
public enum BaselineStatus {
    /** The recorded baseline is an ancestor of the head: the range is baseline..head. */
    KNOWN,
    /** Nothing was ever recorded for this job, repository and environment (e.g. the first run). */
    NONE,
    /** The recorded baseline is not an ancestor of the head: history was rewritten (force-push) or diverged. */
    NOT_ANCESTOR,
    /** Ancestry could not be checked (missing objects, shallow clone, git failure). */
    UNCHECKABLE,
    /** The baseline record exists but could not be read. */
    UNREADABLE;

    /** @return whether the range is bounded by a trusted baseline */
    public boolean isKnown() {
        return this == KNOWN;
    }
}
