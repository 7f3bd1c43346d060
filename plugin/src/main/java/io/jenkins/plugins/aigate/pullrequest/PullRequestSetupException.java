package io.jenkins.plugins.aigate.pullrequest;

import java.io.Serial;

/** The pull-request lookup is configured but cannot be set up (a missing or unusable credential): fail closed. */
public final class PullRequestSetupException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    PullRequestSetupException(String message) {
        super(message);
    }
}
