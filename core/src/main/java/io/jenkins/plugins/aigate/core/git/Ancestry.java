package io.jenkins.plugins.aigate.core.git;

/** Whether one commit is an ancestor of another, as {@code git merge-base --is-ancestor} answers. */
public enum Ancestry {
    /** The first commit is an ancestor of (or the same as) the second. */
    ANCESTOR,
    /** It is not (e.g. history was rewritten). */
    NOT_ANCESTOR,
    /** git could not tell: a commit is missing (shallow clone, garbage-collected) or git failed. */
    UNKNOWN
}
