package io.jenkins.plugins.aigate.cli.policyfile;

import java.util.Objects;

/**
 * Something the CLI wants the user to know about a policy file that is not an error: a key only Jenkins uses, or a
 * {@code ${...}} that Configuration as Code would interpolate and the CLI does not.
 */
public final class PolicyFileNote {
    /** What the note is about. */
    public enum Kind {
        /** A key the Jenkins plugin uses and the CLI ignores (credential ids, the job pattern, the GitHub URL). */
        IGNORED_KEY,
        /** A value containing {@code ${...}}, used literally because the CLI does not interpolate. */
        NOT_INTERPOLATED
    }

    private final int line;
    private final String path;
    private final Kind kind;
    private final String message;

    public PolicyFileNote(int line, String path, Kind kind, String message) {
        this.line = line;
        this.path = Objects.requireNonNull(path, "path");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.message = Objects.requireNonNull(message, "message");
    }

    /** @return the 1-based line, or 0 when unknown */
    public int line() {
        return line;
    }

    public String path() {
        return path;
    }

    public Kind kind() {
        return kind;
    }

    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + path + ": " + message;
    }
}
