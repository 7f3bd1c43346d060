package io.jenkins.plugins.aigate.core.policy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A policy (or a pipeline override of one) was refused. It carries every problem found, not only the first, and
 * nothing was applied.
 */
public final class InvalidPolicyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<PolicyProblem> problems;

    public InvalidPolicyException(List<PolicyProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, in the order the fields were checked */
    public List<PolicyProblem> problems() {
        return problems;
    }

    private static String summary(List<PolicyProblem> problems) {
        return (problems.size() == 1 ? "1 problem" : problems.size() + " problems") + " in the policy: "
                + problems.stream().map(PolicyProblem::toString).collect(Collectors.joining("; "));
    }
}
