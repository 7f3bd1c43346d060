package io.jenkins.plugins.aigate.core.policy;

import java.util.Objects;

/** A policy problem with where its value was written, when the source says. */
public final class LocatedProblem {
    private final PolicyProblem problem;
    private final SourcePosition position;

    /**
     * @param problem  the problem
     * @param position where the value (or the nearest enclosing key) was written, or {@code null}
     */
    public LocatedProblem(PolicyProblem problem, SourcePosition position) {
        this.problem = Objects.requireNonNull(problem, "problem");
        this.position = position;
    }

    public PolicyProblem problem() {
        return problem;
    }

    /** @return where it was written, or {@code null} when unknown */
    public SourcePosition position() {
        return position;
    }

    @Override
    public String toString() {
        return (position == null ? "" : position + ": ") + problem;
    }
}
