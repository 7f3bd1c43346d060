package io.jenkins.plugins.aigate.cli.policy;

import io.jenkins.plugins.aigate.core.policy.ProblemKind;
import java.util.Objects;

/** One thing wrong with a policy file: where (file, line, column, key path), a code and an English message. */
public final class PolicyFileProblem {
    private final String source;
    private final int line;
    private final int column;
    private final String path;
    private final ProblemKind kind;
    private final String message;

    /**
     * @param source  the file as the user named it
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     * @param path    the key path, e.g. {@code rules[1].paths[0]}; empty for the file as a whole
     * @param kind    what kind of problem
     * @param message what is wrong, in English
     */
    public PolicyFileProblem(String source, int line, int column, String path, ProblemKind kind, String message) {
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.column = column;
        this.path = Objects.requireNonNull(path, "path");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.message = Objects.requireNonNull(message, "message");
    }

    public String source() {
        return source;
    }

    /** @return the 1-based line, or 0 when unknown */
    public int line() {
        return line;
    }

    /** @return the 1-based column, or 0 when unknown */
    public int column() {
        return column;
    }

    public String path() {
        return path;
    }

    public ProblemKind kind() {
        return kind;
    }

    public String message() {
        return message;
    }

    /** @return {@code file:line:column: path: message}, as compilers print it */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(source);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ");
        if (!path.isEmpty()) {
            out.append(path).append(": ");
        }
        return out.append(message).toString();
    }
}
