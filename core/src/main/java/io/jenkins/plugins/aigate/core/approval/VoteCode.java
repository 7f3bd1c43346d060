package io.jenkins.plugins.aigate.core.approval;

/**
 * The outcome of one attempt to act on an approval process. The plugin localises these; core never returns prose.
 */
public enum VoteCode {
    /** The approval counted; the quorum is not reached yet. */
    ACCEPTED,
    /** The approval counted and completed the quorum: the process is now approved. */
    APPROVED,
    /** The rejection was accepted: the process is now rejected. */
    REJECTED,
    /** The break-glass override was accepted: the process is now overridden. */
    OVERRIDDEN,
    /** The process had already reached a final state (including expiry discovered by this attempt). */
    ALREADY_DECIDED,
    /** The voter is not an eligible approver (or, for an override, not a break-glass user). */
    NOT_ELIGIBLE,
    /** Separation of duties: the voter wrote, committed, co-authored, opened or started what is gated. */
    SELF_APPROVAL,
    /** Separation of duties cannot be checked: an identity is missing, so the vote is refused. */
    IDENTITY_UNRESOLVED,
    /** This person has already voted; one person counts once. */
    DUPLICATE,
    /** The voter saw different evidence from what is now gated. */
    EVIDENCE_CHANGED,
    /** An override needs a written justification. */
    JUSTIFICATION_REQUIRED,
    /** A rejection needs a written reason. */
    REASON_REQUIRED,
    /** The policy refuses votes cast with an API token (or by an unknown method). */
    TOKEN_VOTE_REFUSED,
    /** A lifecycle event (expiry, supersession, abort) was applied. */
    CLOSED;

    /** @return whether the attempt changed the process */
    public boolean isAccepted() {
        return this == ACCEPTED || this == APPROVED || this == REJECTED || this == OVERRIDDEN || this == CLOSED;
    }
}
