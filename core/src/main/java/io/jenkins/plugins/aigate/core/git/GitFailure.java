package io.jenkins.plugins.aigate.core.git;

/** Why a git command failed, as a code callers can map to exit codes or localised messages. */
public enum GitFailure {
    /** The {@code git} executable could not be started. */
    GIT_NOT_FOUND,
    /** The directory does not exist, is not a git repository, or git refuses it (dubious ownership). */
    NOT_A_REPOSITORY,
    /** A revision does not name a commit in the repository. */
    UNKNOWN_REVISION,
    /** Any other failure; the message carries git's standard error. */
    FAILED
}
