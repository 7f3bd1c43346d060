package io.jenkins.plugins.aigate.config;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.core.policy.PolicyProblem;
import io.jenkins.plugins.aigate.core.policy.PolicyReading;
import io.jenkins.plugins.aigate.core.policy.PolicyTreeReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The outcome of building a core {@link Policy} from the configuration: the policy, or every problem. */
final class PolicyCompilation {
    private final Policy policy;
    private final List<String> problems;

    private PolicyCompilation(Policy policy, List<String> problems) {
        this.policy = policy;
        this.problems = Collections.unmodifiableList(new ArrayList<>(problems));
    }

    /** @return the policy the settings' policy keys give, read as core reads any policy tree, or every problem */
    static PolicyCompilation of(@NonNull PolicySettings settings) {
        PolicyReading reading = PolicyTreeReader.literal().read(settings.policyTree());
        if (reading.policy().isPresent()) {
            return of(reading.policy().get());
        }
        List<PolicyProblem> problems = new ArrayList<>();
        reading.problems().forEach(p -> problems.add(p.problem()));
        return refused(ProblemText.all(problems));
    }

    static PolicyCompilation of(@NonNull Policy policy) {
        return new PolicyCompilation(policy, List.of());
    }

    static PolicyCompilation refused(@NonNull List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused policy needs a problem");
        }
        return new PolicyCompilation(null, problems);
    }

    boolean isValid() {
        return policy != null;
    }

    /** @return the policy; only when {@link #isValid()} */
    Policy getPolicy() {
        if (policy == null) {
            throw new IllegalStateException("invalid policy: " + problems);
        }
        return policy;
    }

    /** @return the problems, localised, each starting with its field path; empty when valid */
    List<String> getProblems() {
        return problems;
    }
}
