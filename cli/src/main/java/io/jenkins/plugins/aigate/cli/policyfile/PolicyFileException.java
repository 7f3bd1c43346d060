package io.jenkins.plugins.aigate.cli.policyfile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A policy file could not be read, parsed or validated. Carries every problem found, each naming the file, line and
 * key; its message lists them one per line.
 */
public final class PolicyFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<PolicyFileProblem> problems;

    public PolicyFileException(List<PolicyFileProblem> problems) {
        super(problems.stream().map(PolicyFileProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a policy file exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, in file order where the order is known */
    public List<PolicyFileProblem> problems() {
        return problems;
    }
}
