package io.jenkins.plugins.aigate.core.approval;

import io.jenkins.plugins.aigate.core.lifecycle.GateState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A process's state at one moment, in plain values, for the plugin to persist and to hand back to
 * {@link ApprovalProcess#restore}. {@code closedBy} names who or what closed it: the user who aborted, the head that
 * superseded it; {@code closedAtMillis} is when it reached its final state.
 */
public final class ApprovalSnapshot {
    private final GateState state;
    private final List<RecordedVote> votes;
    private final Long closedAtMillis;
    private final String closedBy;

    /**
     * @param state          the gate's state: {@link GateState#APPROVAL_REQUIRED} while pending, else how it ended
     * @param votes          the accepted votes in order
     * @param closedAtMillis when the state became final, or {@code null} while pending
     * @param closedBy       who aborted or which head superseded, or {@code null}
     */
    public ApprovalSnapshot(GateState state, List<RecordedVote> votes, Long closedAtMillis, String closedBy) {
        if (Objects.requireNonNull(state, "state") == GateState.EVALUATING) {
            throw new IllegalArgumentException("a gate still being evaluated has no approval");
        }
        this.state = state;
        this.votes = List.copyOf(votes);
        this.closedAtMillis = closedAtMillis;
        this.closedBy = closedBy;
    }

    public GateState state() {
        return state;
    }

    /** @return accepted votes in the order they were accepted */
    public List<RecordedVote> votes() {
        return votes;
    }

    /** @return how many approvals count towards the quorum */
    public int approvals() {
        int n = 0;
        for (RecordedVote v : votes) {
            if (v.kind() == VoteKind.APPROVE) {
                n++;
            }
        }
        return n;
    }

    public Optional<Long> closedAtMillis() {
        return Optional.ofNullable(closedAtMillis);
    }

    public Optional<String> closedBy() {
        return Optional.ofNullable(closedBy);
    }

    @Override
    public String toString() {
        return state + " votes=" + votes;
    }
}
