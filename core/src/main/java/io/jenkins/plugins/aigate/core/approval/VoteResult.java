package io.jenkins.plugins.aigate.core.approval;

import io.jenkins.plugins.aigate.core.lifecycle.GateState;
import java.util.Objects;
import java.util.Optional;

/** The outcome of one attempt: its code, the state after it, the tally, and what was recorded or why it was not. */
public final class VoteResult {
    private final VoteCode code;
    private final GateState state;
    private final int approvals;
    private final int required;
    private final ConflictKind conflict;
    private final RecordedVote vote;

    VoteResult(VoteCode code, GateState state, int approvals, int required, ConflictKind conflict,
            RecordedVote vote) {
        this.code = Objects.requireNonNull(code, "code");
        this.state = Objects.requireNonNull(state, "state");
        this.approvals = approvals;
        this.required = required;
        this.conflict = conflict;
        this.vote = vote;
    }

    public VoteCode code() {
        return code;
    }

    /** @return the process's state after this attempt */
    public GateState state() {
        return state;
    }

    /** @return approvals counted after this attempt */
    public int approvals() {
        return approvals;
    }

    public int required() {
        return required;
    }

    /** @return for {@link VoteCode#SELF_APPROVAL}, the part the voter played */
    public Optional<ConflictKind> conflict() {
        return Optional.ofNullable(conflict);
    }

    /** @return the vote as recorded, when it was accepted */
    public Optional<RecordedVote> vote() {
        return Optional.ofNullable(vote);
    }

    @Override
    public String toString() {
        return code + " -> " + state + " (" + approvals + "/" + required + ")" + (conflict == null ? "" : " " + conflict);
    }
}
