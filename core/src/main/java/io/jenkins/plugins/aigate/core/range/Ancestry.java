package io.jenkins.plugins.aigate.core.range;

/** Whether one commit is an ancestor of another, or that it could not be told. */
public enum Ancestry {
    /** The first commit is an ancestor of the second, or the same commit. */
    ANCESTOR,
    /** Both commits exist and the first is not an ancestor of the second (e.g. after a force-push). */
    NOT_ANCESTOR,
    /** It could not be checked: a commit is missing (shallow clone, garbage-collected), or git failed. */
    UNKNOWN
}
