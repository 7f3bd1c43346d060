package io.jenkins.plugins.aigate.core.audit;

/** Why verification stopped at a record. */
public enum TamperReason {
    /** The record's content changed (its MAC does not match, or the line is not a valid canonical record). */
    EDITED,
    /** A record is missing: the sequence jumps and the missing number appears nowhere later. */
    REMOVED,
    /** Records are out of order: the expected record appears later. */
    REORDERED,
    /** A record that does not belong here: a forged one, a copy of an earlier one, or one from another chain. */
    INSERTED,
    /** No record signed with this key id verifies: the key supplied for it is not the one the log was written with. */
    WRONG_KEY,
    /** The record names a key id the ring does not hold. */
    UNKNOWN_KEY,
    /** The file ends with an unfinished line (a write torn by a crash, or a cut in the middle of a record). */
    TORN_LAST_LINE,
    /** The log ends before the anchor's record: records were cut from the end. */
    TRUNCATED,
    /** The anchor's record exists but has another MAC: the log was rewritten or is another log. */
    ANCHOR_MISMATCH,
    /** A record's detail file (large flagged-commit evidence) is missing. */
    DETAIL_MISSING,
    /** A record's detail file does not have the digest the record names. */
    DETAIL_ALTERED
}
