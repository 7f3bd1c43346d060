package io.jenkins.plugins.aigate.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a pipeline asks for on top of the administrator's policy ({@link Policy#tighten(PolicyOverrides)}): a higher
 * {@code requiredApprovals} (up to the policy's {@code maxPipelineApprovals}), or {@code enforce}. Anything that would loosen the policy is refused when applied,
 * never silently ignored.
 */
public final class PolicyOverrides {
    private static final PolicyOverrides NONE = builder().build();

    private final Integer requiredApprovals;
    private final Boolean enforce;

    private PolicyOverrides(Builder builder) {
        this.requiredApprovals = builder.requiredApprovals;
        this.enforce = builder.enforce;
    }

    /** @return overrides that change nothing */
    public static PolicyOverrides none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public OptionalInt requiredApprovals() {
        return requiredApprovals == null ? OptionalInt.empty() : OptionalInt.of(requiredApprovals);
    }

    public Optional<Boolean> enforce() {
        return Optional.ofNullable(enforce);
    }

    /**
     * @return {@code policy} tightened by these overrides ({@code policy} itself when they change nothing)
     * @throws InvalidPolicyException naming everything refused, when any override would loosen the policy or is
     *     invalid; nothing is applied then
     */
    Policy applyTo(Policy policy) {
        List<PolicyProblem> problems = new ArrayList<>();
        Policy.Builder b = policy.toBuilder();
        if (requiredApprovals != null) {
            if (requiredApprovals < policy.requiredApprovals()) {
                problems.add(new PolicyProblem("requiredApprovals", ProblemKind.LOOSENS_POLICY,
                        "refused to lower requiredApprovals from " + policy.requiredApprovals() + " to "
                                + requiredApprovals + "; a pipeline may only raise it"));
            } else if (requiredApprovals > policy.maxPipelineApprovals()
                    && requiredApprovals > policy.requiredApprovals()) {
                // a quorum nobody can reach would block every deploy: the administrator bounds it
                problems.add(new PolicyProblem("requiredApprovals", ProblemKind.OUT_OF_RANGE,
                        "refused to raise requiredApprovals to " + requiredApprovals + "; the policy's "
                                + "maxPipelineApprovals is " + policy.maxPipelineApprovals()));
            } else {
                b.requiredApprovals(requiredApprovals);
            }
        }
        if (enforce != null) {
            if (enforce) {
                b.mode(Mode.ENFORCE);
            } else if (policy.mode() == Mode.ENFORCE) {
                problems.add(new PolicyProblem("enforce", ProblemKind.LOOSENS_POLICY,
                        "refused to stop enforcing: the policy's mode is enforce"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(problems);
        }
        Policy tightened = b.build();
        return tightened.equals(policy) ? policy : tightened;
    }

    /** Collects overrides; not thread-safe. */
    public static final class Builder {
        private Integer requiredApprovals;
        private Boolean enforce;

        private Builder() {
        }

        /** @param value the approvals the pipeline asks for, or {@code null} for the policy's */
        public Builder requiredApprovals(Integer value) {
            this.requiredApprovals = value;
            return this;
        }

        /**
         * @param value {@code true} to enforce whatever the policy's mode; {@code false} is accepted only when the
         *     policy does not enforce anyway; {@code null} leaves the mode alone
         */
        public Builder enforce(Boolean value) {
            this.enforce = value;
            return this;
        }

        public PolicyOverrides build() {
            return new PolicyOverrides(this);
        }
    }
}
