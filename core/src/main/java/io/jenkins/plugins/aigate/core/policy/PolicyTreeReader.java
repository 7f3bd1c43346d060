package io.jenkins.plugins.aigate.core.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a policy from a {@link TreeNode} mapping of the keys of {@link PolicySchema}: checks every key and value
 * and builds the {@link Policy} atomically, or reports every problem at once, each with its key path (e.g.
 * {@code rules[2].pattern}) and, when the tree knows, where it was written. Unknown keys are errors with a
 * suggestion; the caller may name extra keys it handles itself, which are handed back untouched.
 */
public final class PolicyTreeReader {
    private final ScalarText scalars;
    private final List<String> extraKeys;

    /**
     * @param scalars   how the source's text values are taken
     * @param extraKeys top-level keys that are not the policy's but are allowed (the caller reads them)
     */
    public PolicyTreeReader(ScalarText scalars, List<String> extraKeys) {
        this.scalars = Objects.requireNonNull(scalars, "scalars");
        this.extraKeys = List.copyOf(extraKeys);
    }

    /** @return a reader of literal values that allows no extra keys */
    public static PolicyTreeReader literal() {
        return new PolicyTreeReader(ScalarText.LITERAL, List.of());
    }

    /**
     * @param root the policy's mapping (an empty value is an empty policy: every default)
     * @return the policy, or every problem
     */
    public PolicyReading read(TreeNode root) {
        TreeReading in = new TreeReading(scalars);
        Policy.Builder builder = Policy.builder();
        Map<String, TreeNode.Entry> extras = new LinkedHashMap<>();
        if (root.kind() == TreeNode.Kind.MAPPING) {
            List<String> known = new ArrayList<>(PolicySchema.names());
            known.addAll(extraKeys);
            in.entries(root, "", known).forEach((key, entry) -> {
                PolicySchema.find(key).ifPresentOrElse(k -> k.read(entry.value(), in, builder),
                        () -> extras.put(key, entry));
            });
        } else if (root.kind() != TreeNode.Kind.EMPTY) {
            in.problem(root, "", ProblemKind.INVALID_VALUE, "a policy is a mapping of keys to values, not "
                    + root.describe());
        }
        List<LocatedProblem> problems = new ArrayList<>(in.problems());
        Policy policy = null;
        if (problems.isEmpty()) {
            try {
                policy = builder.build();
            } catch (InvalidPolicyException e) {
                e.problems().forEach(p -> problems.add(new LocatedProblem(p, in.positionOf(p.path()))));
            }
        } else {
            // the policy's own problems too, so one read shows everything; they cannot produce a policy
            builder.problems().forEach(p -> problems.add(new LocatedProblem(p, in.positionOf(p.path()))));
        }
        return new PolicyReading(policy, problems, extras);
    }
}
