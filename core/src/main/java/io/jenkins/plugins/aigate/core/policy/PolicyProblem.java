package io.jenkins.plugins.aigate.core.policy;

import java.util.Objects;

/**
 * One thing wrong with a policy: the field's path (e.g. {@code rules[1].paths[0]}), a code and an English message.
 */
public final class PolicyProblem {
    private final String path;
    private final ProblemKind kind;
    private final String message;

    public PolicyProblem(String path, ProblemKind kind, String message) {
        this.path = Objects.requireNonNull(path, "path");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.message = Objects.requireNonNull(message, "message");
    }

    /** @return the field path in the policy's key vocabulary; empty for the policy as a whole */
    public String path() {
        return path;
    }

    public ProblemKind kind() {
        return kind;
    }

    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PolicyProblem)) {
            return false;
        }
        PolicyProblem that = (PolicyProblem) o;
        return path.equals(that.path) && kind == that.kind && message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, kind, message);
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
