package io.jenkins.plugins.aigate.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a pipeline asks for on top of the administrator's policy ({@link Policy#tighten(PolicyOverrides)}): a higher
 * {@code requiredApprovals}, extra rules that require approval, {@code enforce}. Anything that would loosen the
 * policy is refused when applied, never silently ignored.
 */
public final class PolicyOverrides {
    private static final PolicyOverrides NONE = builder().build();

    private final Integer requiredApprovals;
    private final Boolean enforce;
    private final List<PathRule.Builder> rules;

    private PolicyOverrides(Builder builder) {
        this.requiredApprovals = builder.requiredApprovals;
        this.enforce = builder.enforce;
        List<PathRule.Builder> copies = new ArrayList<>();
        builder.rules.forEach(rule -> copies.add(rule.copy()));
        this.rules = List.copyOf(copies);
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

    List<PathRule.Builder> rules() {
        return rules;
    }

    /** @return the number of extra rules asked for */
    public int ruleCount() {
        return rules.size();
    }

    /** Collects overrides; not thread-safe. */
    public static final class Builder {
        private Integer requiredApprovals;
        private Boolean enforce;
        private final List<PathRule.Builder> rules = new ArrayList<>();

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

        /** Adds a rule; it must not be exempt. */
        public Builder rule(PathRule.Builder value) {
            rules.add(java.util.Objects.requireNonNull(value, "rule"));
            return this;
        }

        public PolicyOverrides build() {
            return new PolicyOverrides(this);
        }
    }
}
