package io.jenkins.plugins.aigate.core.approval;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.core.lifecycle.GateState;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lifecycle matrix: quorum x who the second voter is (another person, the first under another case, the first
 * through another account the identities map ties to them) x the evidence the second voter saw x whether the
 * deadline passed x whether the gate was superseded x whether a break-glass override comes with a justification.
 * Each cell runs: first approval, second approval, override; the expected codes come from {@link #expect}.
 */
class ApprovalLifecycleMatrixTest {
    private static final String DIGEST = "sha256:now";
    private static final long T0 = 1_000_000L;
    private static final long DEADLINE = T0 + 60_000;

    enum Second { OTHER_PERSON, SAME_ID_OTHER_CASE, ALIAS_ACCOUNT }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (int quorum = 1; quorum <= 3; quorum++) {
            for (Second second : Second.values()) {
                for (boolean digestChanged : new boolean[] {false, true}) {
                    for (boolean expired : new boolean[] {false, true}) {
                        for (boolean superseded : new boolean[] {false, true}) {
                            for (boolean justified : new boolean[] {false, true}) {
                                cells.add(Arguments.of(quorum, second, digestChanged, expired, superseded, justified));
                            }
                        }
                    }
                }
            }
        }
        return cells.stream();
    }

    /** @return the expected codes of the first vote, the second vote and the override, and the final state */
    static Object[] expect(int quorum, Second second, boolean digestChanged, boolean expired, boolean superseded,
            boolean justified) {
        GateState state = GateState.APPROVAL_REQUIRED;
        VoteCode first;
        if (superseded) {
            state = GateState.SUPERSEDED;
        } else if (expired) {
            state = GateState.EXPIRED;
        }
        int approvals = 0;
        if (state.isFinal()) {
            first = VoteCode.ALREADY_DECIDED;
        } else {
            approvals = 1;
            first = quorum == 1 ? VoteCode.APPROVED : VoteCode.ACCEPTED;
            state = quorum == 1 ? GateState.APPROVED : state;
        }
        VoteCode secondCode;
        if (state.isFinal()) {
            secondCode = VoteCode.ALREADY_DECIDED;
        } else if (digestChanged) {
            secondCode = VoteCode.EVIDENCE_CHANGED;
        } else if (second != Second.OTHER_PERSON) {
            secondCode = VoteCode.DUPLICATE;
        } else {
            approvals++;
            secondCode = approvals >= quorum ? VoteCode.APPROVED : VoteCode.ACCEPTED;
            state = approvals >= quorum ? GateState.APPROVED : state;
        }
        VoteCode override;
        if (state.isFinal()) {
            override = VoteCode.ALREADY_DECIDED;
        } else if (!justified) {
            override = VoteCode.JUSTIFICATION_REQUIRED;
        } else {
            override = VoteCode.OVERRIDDEN;
            state = GateState.OVERRIDDEN;
        }
        return new Object[] {first, secondCode, override, state};
    }

    @ParameterizedTest(name = "quorum={0} second={1} digestChanged={2} expired={3} superseded={4} justified={5}")
    @MethodSource("cells")
    void everyCellOfTheLifecycle(int quorum, Second second, boolean digestChanged, boolean expired,
            boolean superseded, boolean justified) {
        ApprovalRequest request = ApprovalRequest.builder(DIGEST).requiredApprovals(quorum)
                .approverGroups(List.of("seniors")).breakGlassUsers(List.of("cto")).deadlineMillis(DEADLINE)
                .commitEmails(List.of("dev@corp.example"))
                .identity("alice", new PersonAliases(List.of("alice@corp.example", "alice@ops.example"), List.of()))
                .build();
        MutableClock clock = new MutableClock(T0);
        ApprovalProcess p = ApprovalProcess.start(request, clock);
        if (superseded) {
            p.supersede("newer-head");
        }
        if (expired) {
            clock.advance(DEADLINE - T0);
        }
        Voter alice = Voter.of("alice", "Alice", List.of("seniors"), List.of("alice@corp.example"), AuthMethod.WEB);
        Voter secondVoter;
        switch (second) {
            case SAME_ID_OTHER_CASE:
                secondVoter = Voter.of("ALICE", "Alice", List.of("seniors"), List.of("alice@corp.example"),
                        AuthMethod.WEB);
                break;
            case ALIAS_ACCOUNT:
                secondVoter = Voter.of("alice-ops", "Alice (ops)", List.of("seniors"), List.of("alice@ops.example"),
                        AuthMethod.WEB);
                break;
            default:
                secondVoter = Voter.of("bob", "Bob", List.of("seniors"), List.of("bob@corp.example"), AuthMethod.WEB);
        }
        Voter cto = Voter.of("cto", "CTO", List.of(), List.of("cto@corp.example"), AuthMethod.WEB);

        Object[] want = expect(quorum, second, digestChanged, expired, superseded, justified);
        assertThat(p.approve(alice, DIGEST, null).code()).as("first vote").isEqualTo(want[0]);
        assertThat(p.approve(secondVoter, digestChanged ? "sha256:before" : DIGEST, null).code()).as("second vote")
                .isEqualTo(want[1]);
        assertThat(p.override(cto, DIGEST, justified ? "sev1 incident" : " ").code()).as("override")
                .isEqualTo(want[2]);
        ApprovalSnapshot s = p.snapshot();
        assertThat(s.state()).isEqualTo(want[3]);
        assertThat(s.state().letsBuildProceed())
                .isEqualTo(want[3] == GateState.APPROVED || want[3] == GateState.OVERRIDDEN);
        if (expired && !superseded) {
            assertThat(s.closedAtMillis()).contains(DEADLINE);
        }
        // a restart at this point changes nothing
        ApprovalProcess back = ApprovalProcess.restore(request, s, IdStrategy.CASE_INSENSITIVE,
                IdStrategy.CASE_INSENSITIVE, clock);
        assertThat(back.snapshot().state()).isEqualTo(want[3]);
        assertThat(back.snapshot().votes()).isEqualTo(s.votes());
    }
}
