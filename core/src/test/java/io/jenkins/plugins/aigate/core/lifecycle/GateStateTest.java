package io.jenkins.plugins.aigate.core.lifecycle;

import static io.jenkins.plugins.aigate.core.lifecycle.GateState.APPROVAL_REQUIRED;
import static io.jenkins.plugins.aigate.core.lifecycle.GateState.APPROVED;
import static io.jenkins.plugins.aigate.core.lifecycle.GateState.EVALUATING;
import static io.jenkins.plugins.aigate.core.lifecycle.GateState.OBSERVED;
import static io.jenkins.plugins.aigate.core.lifecycle.GateState.OFF;
import static io.jenkins.plugins.aigate.core.lifecycle.GateState.OVERRIDDEN;
import static io.jenkins.plugins.aigate.core.lifecycle.GateState.PASS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GateStateTest {

    @Test
    void onlyAGateBeingEvaluatedOrWaitingForVotesCanStillChange() {
        assertThat(EnumSet.complementOf(finals())).containsExactlyInAnyOrder(EVALUATING, APPROVAL_REQUIRED);
    }

    @Test
    void theBuildGoesOnOnlyAfterAPassObservationOffSwitchApprovalOrOverride() {
        assertThat(Arrays.stream(GateState.values()).filter(GateState::letsBuildProceed))
                .containsExactlyInAnyOrder(PASS, OBSERVED, OFF, APPROVED, OVERRIDDEN);
        assertThat(Arrays.stream(GateState.values()).filter(GateState::letsBuildProceed))
                .allMatch(GateState::isFinal);
    }

    @Test
    void anEvaluationEndsInPassObservedOffOrApprovalRequired() {
        assertThat(Arrays.stream(GateState.values()).filter(GateState::isEvaluationOutcome))
                .containsExactlyInAnyOrder(PASS, OBSERVED, OFF, APPROVAL_REQUIRED);
    }

    /** The names are the audit log's {@code decision} values: old logs and new ones must read alike. */
    @Test
    void theNamesAreTheAuditLogsDecisions() {
        List<String> names = Arrays.stream(GateState.values()).map(Enum::name).collect(Collectors.toList());
        assertThat(names).containsExactly("EVALUATING", "PASS", "OBSERVED", "OFF", "APPROVAL_REQUIRED", "APPROVED",
                "REJECTED", "EXPIRED", "OVERRIDDEN", "SUPERSEDED", "ABORTED", "FAILED_CLOSED");
    }

    private static EnumSet<GateState> finals() {
        return Arrays.stream(GateState.values()).filter(GateState::isFinal)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(GateState.class)));
    }
}
