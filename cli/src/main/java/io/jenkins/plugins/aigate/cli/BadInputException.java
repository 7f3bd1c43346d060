package io.jenkins.plugins.aigate.cli;

/**
 * Input the user can fix: not a git repository, an unknown revision, a broken policy file. The command ends with
 * {@link ExitCode#BAD_INPUT} and the message, which must be one line that says what was wrong and where.
 */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
