package io.jenkins.plugins.aigate.core.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What {@link PolicyTreeReader} made of a tree: the policy, or every problem; and the extra keys it was let see. */
public final class PolicyReading {
    private final Policy policy;
    private final List<LocatedProblem> problems;
    private final Map<String, TreeNode.Entry> extras;

    PolicyReading(Policy policy, List<LocatedProblem> problems, Map<String, TreeNode.Entry> extras) {
        this.policy = policy;
        this.problems = List.copyOf(problems);
        this.extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }

    /** @return the policy, when the tree held a valid one */
    public Optional<Policy> policy() {
        return Optional.ofNullable(policy);
    }

    /** @return every problem, in the order found (empty when there is a policy) */
    public List<LocatedProblem> problems() {
        return problems;
    }

    /** @return the extra (non-policy) keys the reader was told to accept, with their values, in source order */
    public Map<String, TreeNode.Entry> extras() {
        return extras;
    }
}
