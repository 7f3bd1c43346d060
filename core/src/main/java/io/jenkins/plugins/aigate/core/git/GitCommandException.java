package io.jenkins.plugins.aigate.core.git;

/** A git command failed; {@link #failure()} says why, the message carries git's own words. */
public final class GitCommandException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final GitFailure failure;
    private final int exitCode;

    GitCommandException(GitFailure failure, int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
        this.exitCode = exitCode;
    }

    public GitFailure failure() {
        return failure;
    }

    /** @return git's exit code, or -1 when git did not run */
    public int exitCode() {
        return exitCode;
    }

    /**
     * Classifies a failed git run by its standard error (git runs with {@code LC_ALL=C}, so the words are stable).
     */
    static GitCommandException fromStderr(String command, int exitCode, String stderr) {
        String text = stderr.strip();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        GitFailure failure;
        if (lower.contains("not a git repository") || lower.contains("cannot change to")
                || lower.contains("dubious ownership")) {
            failure = GitFailure.NOT_A_REPOSITORY;
        } else if (lower.contains("unknown revision") || lower.contains("bad revision")
                || lower.contains("not a valid object name") || lower.contains("bad object")
                || lower.contains("invalid revision range") || lower.contains("does not have any commits yet")
                || lower.contains("not a valid commit name")) {
            failure = GitFailure.UNKNOWN_REVISION;
        } else {
            failure = GitFailure.FAILED;
        }
        String firstLine = text.isEmpty() ? "(no message)" : text.lines().findFirst().orElse(text);
        return new GitCommandException(failure, exitCode,
                command + " failed with exit code " + exitCode + ": " + firstLine, null);
    }
}
