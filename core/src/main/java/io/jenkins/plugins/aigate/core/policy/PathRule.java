package io.jenkins.plugins.aigate.core.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One entry of the policy's {@code rules}: a name, path globs and what a commit touching those paths means.
 * <ul>
 *   <li>an {@code exempt} rule: an AI-assisted commit whose every changed path matches exempt rules (and no other
 *       rule) does not count;</li>
 *   <li>otherwise an AI-assisted commit touching the paths needs the rule's {@code requiredApprovals} (the highest
 *       of all rules that apply wins, and never fewer than the policy's own);</li>
 *   <li>with {@code anyCommit}, every commit touching the paths counts, AI-assisted or not.</li>
 * </ul>
 * A commit touches a rule's paths when any changed path, or the source of a rename or copy, matches a glob.
 * Build one through {@link #builder(String)}; a policy validates its rules together with everything else.
 */
public final class PathRule {
    /** The name of the rule every policy has unless it defines a rule of that name itself. */
    public static final String PIPELINE_DEFINITION = "pipeline-definition";

    private final String name;
    private final List<PathGlob> paths;
    private final Integer requiredApprovals;
    private final boolean exempt;
    private final boolean anyCommit;

    private PathRule(Builder builder) {
        this.name = builder.name;
        List<PathGlob> globs = new ArrayList<>();
        for (String path : builder.paths) {
            globs.add(PathGlob.compile(path));
        }
        this.paths = List.copyOf(globs);
        this.requiredApprovals = builder.requiredApprovals;
        this.exempt = builder.exempt;
        this.anyCommit = builder.anyCommit;
    }

    /** @return a builder for a rule named {@code name} */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * @return the rule every policy starts with: any commit changing the pipeline's own definition ({@code
     *     Jenkinsfile}, {@code .jenkins/**}) needs approval, so the gate's own wiring cannot change unreviewed
     */
    public static PathRule pipelineDefinition() {
        return builder(PIPELINE_DEFINITION).paths("Jenkinsfile", ".jenkins/**").anyCommit(true).build();
    }

    public String name() {
        return name;
    }

    /** @return the globs in the order written */
    public List<PathGlob> paths() {
        return paths;
    }

    /** @return the approvals this rule asks for, when it names a number (exempt rules never do) */
    public OptionalInt requiredApprovals() {
        return requiredApprovals == null ? OptionalInt.empty() : OptionalInt.of(requiredApprovals);
    }

    public boolean exempt() {
        return exempt;
    }

    public boolean anyCommit() {
        return anyCommit;
    }

    /** @return whether any glob matches {@code path} */
    public boolean matches(String path) {
        for (PathGlob glob : paths) {
            if (glob.matches(path)) {
                return true;
            }
        }
        return false;
    }

    /** @return a builder holding this rule's values, e.g. to derive a changed copy */
    public Builder toBuilder() {
        Builder builder = builder(name).exempt(exempt).anyCommit(anyCommit).requiredApprovals(requiredApprovals);
        paths.forEach(glob -> builder.paths.add(glob.pattern()));
        return builder;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PathRule)) {
            return false;
        }
        PathRule that = (PathRule) o;
        return exempt == that.exempt && anyCommit == that.anyCommit && name.equals(that.name)
                && paths.equals(that.paths) && Objects.equals(requiredApprovals, that.requiredApprovals);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, paths, requiredApprovals, exempt, anyCommit);
    }

    @Override
    public String toString() {
        return name + " " + paths + (exempt ? " exempt" : "") + (anyCommit ? " anyCommit" : "")
                + (requiredApprovals == null ? "" : " requiredApprovals=" + requiredApprovals);
    }

    /** Collects a rule's parts; validated when built, with every problem reported at once. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private final List<String> paths = new ArrayList<>();
        private Integer requiredApprovals;
        private boolean exempt;
        private boolean anyCommit;

        private Builder(String name) {
            this.name = name;
        }

        /** Adds globs. */
        public Builder paths(String... globs) {
            return paths(Arrays.asList(globs));
        }

        /** Adds globs. */
        public Builder paths(Collection<String> globs) {
            paths.addAll(globs);
            return this;
        }

        /** @param value the approvals this rule asks for, or {@code null} for the policy's own number */
        public Builder requiredApprovals(Integer value) {
            this.requiredApprovals = value;
            return this;
        }

        public Builder exempt(boolean value) {
            this.exempt = value;
            return this;
        }

        public Builder anyCommit(boolean value) {
            this.anyCommit = value;
            return this;
        }

        String name() {
            return name;
        }

        boolean isExempt() {
            return exempt;
        }

        boolean isAnyCommit() {
            return anyCommit;
        }

        /** @return the approvals asked for, or {@code null} for the policy's own */
        Integer approvals() {
            return requiredApprovals;
        }

        /** @return the globs as written */
        List<String> pathTexts() {
            return paths;
        }

        /** Appends every problem of this rule to {@code problems}, with paths under {@code prefix}. */
        void check(String prefix, List<PolicyProblem> problems) {
            if (name == null || name.isBlank()) {
                problems.add(new PolicyProblem(prefix + ".name", ProblemKind.REQUIRED, "a rule needs a name"));
            } else if (!name.equals(name.strip()) || name.chars().anyMatch(Character::isISOControl)) {
                problems.add(new PolicyProblem(prefix + ".name", ProblemKind.INVALID_VALUE,
                        "a rule name must not contain control characters or surrounding spaces"));
            }
            if (paths.isEmpty()) {
                problems.add(new PolicyProblem(prefix + ".paths", ProblemKind.REQUIRED,
                        "a rule needs at least one path glob"));
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < paths.size(); i++) {
                String glob = paths.get(i);
                String at = prefix + ".paths[" + i + "]";
                if (glob == null) {
                    problems.add(new PolicyProblem(at, ProblemKind.REQUIRED, "a path glob must not be empty"));
                    continue;
                }
                PathGlob.problem(glob).ifPresent(p -> problems.add(new PolicyProblem(at, ProblemKind.INVALID_GLOB, p)));
                if (!seen.add(glob)) {
                    problems.add(new PolicyProblem(at, ProblemKind.DUPLICATE, "'" + glob + "' is listed twice"));
                }
            }
            if (requiredApprovals != null) {
                if (exempt) {
                    problems.add(new PolicyProblem(prefix + ".requiredApprovals", ProblemKind.CONFLICT,
                            "an exempt rule cannot ask for approvals"));
                } else if (requiredApprovals < Policy.MIN_APPROVALS || requiredApprovals > Policy.MAX_APPROVALS) {
                    problems.add(new PolicyProblem(prefix + ".requiredApprovals", ProblemKind.OUT_OF_RANGE,
                            "must be between " + Policy.MIN_APPROVALS + " and " + Policy.MAX_APPROVALS
                                    + ", was " + requiredApprovals));
                }
            }
            if (exempt && anyCommit) {
                problems.add(new PolicyProblem(prefix + ".anyCommit", ProblemKind.CONFLICT,
                        "a rule cannot both exempt commits and apply to every commit"));
            }
        }

        /**
         * @return the rule
         * @throws InvalidPolicyException with every problem (paths relative to the rule) when it is invalid
         */
        public PathRule build() {
            List<PolicyProblem> problems = new ArrayList<>();
            check("rule", problems);
            if (!problems.isEmpty()) {
                throw new InvalidPolicyException(problems);
            }
            return new PathRule(this);
        }

        /** Builds without checking; only for callers that checked already. */
        PathRule buildChecked() {
            return new PathRule(this);
        }
    }
}
