package io.jenkins.plugins.aigate.core.approval;

/** What an expired approval does to the build. Expiry never approves. */
public enum TimeoutOutcome {
    /** The build is aborted. */
    ABORT,
    /** The build fails. */
    FAIL
}
