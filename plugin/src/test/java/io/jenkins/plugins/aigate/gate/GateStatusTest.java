package io.jenkins.plugins.aigate.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.core.lifecycle.GateState;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The saved status and core's state are one lifecycle: every constant maps to exactly one of the other, and back. */
class GateStatusTest {

    @Test
    void everySavedStatusIsACoreStateAndBack() {
        for (GateStatus status : GateStatus.values()) {
            assertThat(GateStatus.of(status.state())).as(status.name()).isSameAs(status);
            assertThat(status.isDecided()).as(status.name()).isEqualTo(status.state().isFinal());
            assertThat(status.proceeds()).as(status.name()).isEqualTo(status.state().letsBuildProceed());
        }
    }

    @Test
    void everyCoreStateHasOneSavedStatus() {
        for (GateState state : GateState.values()) {
            assertThat(GateStatus.of(state).state()).as(state.name()).isSameAs(state);
        }
        assertThat(Arrays.stream(GateStatus.values()).map(GateStatus::state)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(GateState.class))))
                .containsExactlyInAnyOrder(GateState.values());
    }

    /** Saved builds and Pipeline scripts ({@code aiGate(...).decision}) know the statuses by these names. */
    @Test
    void theSavedNamesStay() {
        assertThat(Arrays.stream(GateStatus.values()).map(Enum::name)).containsExactly("EVALUATING", "PASSED",
                "OBSERVED", "OFF", "PENDING", "APPROVED", "REJECTED", "EXPIRED", "OVERRIDDEN", "SUPERSEDED",
                "ABORTED", "FAILED_CLOSED");
        assertThat(GateStatus.PASSED.state()).isSameAs(GateState.PASS);
        assertThat(GateStatus.PENDING.state()).isSameAs(GateState.APPROVAL_REQUIRED);
        assertThat(GateStatus.FAILED_CLOSED.state()).isSameAs(GateState.FAILED_CLOSED);
    }
}
