package io.jenkins.plugins.aigate.core.policy;

/** What is wrong with one field of a policy, as a code a user interface can localise. */
public enum ProblemKind {
    /** A required value is missing or blank. */
    REQUIRED,
    /** The value is not one the key accepts (wrong spelling, wrong type, malformed). */
    INVALID_VALUE,
    /** A number is outside the accepted range. */
    OUT_OF_RANGE,
    /** The same name, id, email or login appears twice where it must be unique. */
    DUPLICATE,
    /** Two settings contradict each other. */
    CONFLICT,
    /** A path glob is malformed. */
    INVALID_GLOB,
    /** A regular expression does not compile. */
    INVALID_PATTERN,
    /** The key is not part of the policy (typo protection). */
    UNKNOWN_KEY,
    /** The file was written for a schema version this build does not know. */
    UNSUPPORTED_VERSION,
    /** A pipeline override tried to make the policy weaker. */
    LOOSENS_POLICY,
    /** The input could not be read or parsed at all. */
    UNREADABLE
}
