package io.jenkins.plugins.aigate.cli.policyfile;

import io.jenkins.plugins.aigate.core.policy.LocatedProblem;
import io.jenkins.plugins.aigate.core.policy.PolicyProblem;
import io.jenkins.plugins.aigate.core.policy.ProblemKind;
import java.util.Objects;

/** One thing wrong with a policy file: core's {@link PolicyProblem} and where it is (file, line, column). */
public final class PolicyFileProblem {
    private final String source;
    private final int line;
    private final int column;
    private final PolicyProblem problem;

    /**
     * @param source  the file as the user named it
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     * @param problem what is wrong, with its key path
     */
    public PolicyFileProblem(String source, int line, int column, PolicyProblem problem) {
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.column = column;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** @return the problem in the file {@code source}, at its position when known */
    static PolicyFileProblem of(String source, LocatedProblem located) {
        return located.position() == null ? new PolicyFileProblem(source, 0, 0, located.problem())
                : new PolicyFileProblem(source, located.position().line(), located.position().column(),
                        located.problem());
    }

    /** @return a problem with the file as a whole, or with no known line */
    static PolicyFileProblem ofFile(String source, ProblemKind kind, String message) {
        return new PolicyFileProblem(source, 0, 0, new PolicyProblem("", kind, message));
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

    /** @return the problem itself: key path, code and message */
    public PolicyProblem problem() {
        return problem;
    }

    /** @return the key path, e.g. {@code rules[1].paths[0]}; empty for the file as a whole */
    public String path() {
        return problem.path();
    }

    public ProblemKind kind() {
        return problem.kind();
    }

    /** @return what is wrong, in English */
    public String message() {
        return problem.message();
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
        return out.append(": ").append(problem).toString();
    }
}
