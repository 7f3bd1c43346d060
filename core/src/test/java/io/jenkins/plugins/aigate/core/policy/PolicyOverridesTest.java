package io.jenkins.plugins.aigate.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class PolicyOverridesTest {
    private final Policy policy = Policy.builder().requiredApprovals(2).mode(Mode.OBSERVE)
            .rule(PathRule.builder("docs").paths("docs/**").exempt(true)).build();

    @Test
    void noOverridesGiveTheSamePolicy() {
        assertThat(policy.tighten(PolicyOverrides.none())).isSameAs(policy);
        assertThat(policy.tighten(PolicyOverrides.builder().requiredApprovals(2).build())).isSameAs(policy);
    }

    @Test
    void tighteningRaisesApprovalsAndEnforces() {
        Policy tightened = policy.tighten(PolicyOverrides.builder()
                .requiredApprovals(3)
                .enforce(true)
                .build());

        assertThat(tightened.requiredApprovals()).isEqualTo(3);
        assertThat(tightened.mode()).isEqualTo(Mode.ENFORCE);
        assertThat(tightened.rules()).extracting(PathRule::name).containsExactly("pipeline-definition", "docs");
        assertThat(tightened.fingerprint()).isNotEqualTo(policy.fingerprint());
        // the original is untouched
        assertThat(policy.requiredApprovals()).isEqualTo(2);
        assertThat(policy.mode()).isEqualTo(Mode.OBSERVE);
    }

    @Test
    void enforceFalseIsAcceptedWhereThePolicyDoesNotEnforceAnyway() {
        assertThat(policy.tighten(PolicyOverrides.builder().enforce(false).build())).isSameAs(policy);
    }

    @Test
    void offCanBeTurnedIntoEnforce() {
        Policy off = Policy.builder().mode(Mode.OFF).build();
        assertThat(off.tighten(PolicyOverrides.builder().enforce(true).build()).mode()).isEqualTo(Mode.ENFORCE);
    }

    @Test
    void everyLooseningIsRefusedAtOnceAndNothingIsApplied() {
        Policy enforced = policy.toBuilder().mode(Mode.ENFORCE).build();

        InvalidPolicyException e = catchThrowableOfType(InvalidPolicyException.class, () -> enforced.tighten(
                PolicyOverrides.builder()
                        .requiredApprovals(1)
                        .enforce(false)
                        .build()));

        assertThat(e.problems()).extracting(PolicyProblem::path, PolicyProblem::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("requiredApprovals", ProblemKind.LOOSENS_POLICY),
                org.assertj.core.groups.Tuple.tuple("enforce", ProblemKind.LOOSENS_POLICY));
        assertThat(e.problems().get(0).message()).isEqualTo(
                "refused to lower requiredApprovals from 2 to 1; a pipeline may only raise it");
        assertThat(enforced.requiredApprovals()).isEqualTo(2);
        assertThat(enforced.rules()).hasSize(2);
    }

    @Test
    void aPipelineMayRaiseApprovalsOnlyUpToTheAdministratorsBound() {
        Policy bounded = policy.toBuilder().maxPipelineApprovals(3).build();

        assertThat(bounded.tighten(PolicyOverrides.builder().requiredApprovals(3).build()).requiredApprovals())
                .isEqualTo(3);
        InvalidPolicyException e = catchThrowableOfType(InvalidPolicyException.class,
                () -> bounded.tighten(PolicyOverrides.builder().requiredApprovals(4).build()));
        assertThat(e.problems()).extracting(PolicyProblem::path, PolicyProblem::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("requiredApprovals", ProblemKind.OUT_OF_RANGE));
        assertThat(e.problems().get(0).message()).isEqualTo(
                "refused to raise requiredApprovals to 4; the policy's maxPipelineApprovals is 3");
        // restating the policy's own quorum is never refused, whatever the bound
        Policy below = policy.toBuilder().maxPipelineApprovals(1).build();
        assertThat(below.tighten(PolicyOverrides.builder().requiredApprovals(2).build())).isSameAs(below);
        // unbounded by default, and the bound is part of the fingerprint only once set
        assertThat(Policy.defaults().maxPipelineApprovals()).isEqualTo(100);
        assertThat(Policy.defaults().canonicalForm()).doesNotContain("maxPipelineApprovals");
        assertThat(bounded.canonicalForm()).contains("\"maxPipelineApprovals\":3");
    }
}
