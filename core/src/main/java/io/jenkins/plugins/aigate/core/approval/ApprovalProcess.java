package io.jenkins.plugins.aigate.core.approval;

import io.jenkins.plugins.aigate.core.lifecycle.GateState;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One gate's approval: a thread-safe state machine from {@link GateState#APPROVAL_REQUIRED} (pending) to exactly one
 * final state.
 *
 * <p>Rules, each failing closed:
 * <ul>
 *   <li>Only eligible voters count: listed users, holders of a listed group, or holders of the explicitly granted
 *       approve permission. Administrators are not implicit approvers. Who may reject is who may approve (the same
 *       checks, separation of duties included).</li>
 *   <li>Separation of duties (when on) refuses authors, committers and co-authors of flagged commits, pull-request
 *       authors and build starters, through the identities map; when it cannot be checked, the vote is refused.</li>
 *   <li>One person counts once (same user id by the realm's strategy, same person in the identities map, or a
 *       shared email).</li>
 *   <li>Every vote names the evidence digest its voter saw; a different digest is refused.</li>
 *   <li>A passed deadline expires the process (abort or fail, as the request says); expiry never approves.</li>
 *   <li>Break-glass users override with a justification; separation of duties does not bind them (that is what
 *       break-glass is for), nor does an earlier approval of theirs; the override is recorded as such.</li>
 * </ul>
 * All methods synchronise on one lock, so votes from many threads are counted exactly once each.
 */
public final class ApprovalProcess {
    private final ApprovalRequest request;
    private final IdStrategy userIds;
    private final IdStrategy groupIds;
    private final Clock clock;
    private final SeparationOfDuties separation;
    private final Object lock = new Object();

    private GateState state = GateState.APPROVAL_REQUIRED;
    private final List<RecordedVote> votes = new ArrayList<>();
    private Long closedAtMillis;
    private String closedBy;

    private ApprovalProcess(ApprovalRequest request, IdStrategy userIds, IdStrategy groupIds, Clock clock) {
        this.request = Objects.requireNonNull(request, "request");
        this.userIds = Objects.requireNonNull(userIds, "userIds");
        this.groupIds = Objects.requireNonNull(groupIds, "groupIds");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.separation = new SeparationOfDuties(request, userIds);
    }

    /**
     * @param request  what is gated and who may vote
     * @param userIds  how the realm compares user ids
     * @param groupIds how the realm compares group names
     * @param clock    the time source (injected for tests)
     * @return a pending process
     */
    public static ApprovalProcess start(ApprovalRequest request, IdStrategy userIds, IdStrategy groupIds,
            Clock clock) {
        return new ApprovalProcess(request, userIds, groupIds, clock);
    }

    /** @return a pending process comparing users and groups case-insensitively, as Jenkins does by default */
    public static ApprovalProcess start(ApprovalRequest request, Clock clock) {
        return start(request, IdStrategy.CASE_INSENSITIVE, IdStrategy.CASE_INSENSITIVE, clock);
    }

    /**
     * Rebuilds a process after a restart from the request and a saved snapshot. A final state is kept as saved.
     * For a pending one the state is derived again from the votes (a restart between a decisive vote and saving
     * the state loses nothing). Votes that name another evidence digest than the request's are dropped.
     */
    public static ApprovalProcess restore(ApprovalRequest request, ApprovalSnapshot saved, IdStrategy userIds,
            IdStrategy groupIds, Clock clock) {
        ApprovalProcess p = new ApprovalProcess(request, userIds, groupIds, clock);
        for (RecordedVote v : saved.votes()) {
            if (v.evidenceDigest().equals(request.evidenceDigest())) {
                p.votes.add(v);
            }
        }
        if (saved.state().isFinal()) {
            p.state = saved.state();
            p.closedAtMillis = saved.closedAtMillis().orElse(null);
            p.closedBy = saved.closedBy().orElse(null);
            return p;
        }
        for (RecordedVote v : p.votes) {
            if (v.kind() == VoteKind.REJECT) {
                p.close(GateState.REJECTED, v.epochMillis(), null);
                return p;
            }
            if (v.kind() == VoteKind.OVERRIDE) {
                p.close(GateState.OVERRIDDEN, v.epochMillis(), null);
                return p;
            }
        }
        if (p.approvalCount() >= request.requiredApprovals()) {
            p.close(GateState.APPROVED, p.votes.get(p.votes.size() - 1).epochMillis(), null);
        }
        return p;
    }

    public ApprovalRequest request() {
        return request;
    }

    /** @return the current state, after applying a passed deadline */
    public GateState state() {
        synchronized (lock) {
            applyDeadline();
            return state;
        }
    }

    /** @return the state and accepted votes, after applying a passed deadline */
    public ApprovalSnapshot snapshot() {
        synchronized (lock) {
            applyDeadline();
            return new ApprovalSnapshot(state, votes, closedAtMillis, closedBy);
        }
    }

    /**
     * Tells, without recording anything, whether this voter could cast this kind of vote now, e.g. to decide which
     * buttons to show. Digest, comment and justification are assumed to be given correctly.
     *
     * @return {@link VoteCode#ACCEPTED} when the vote would be taken, otherwise the refusal it would get
     */
    public VoteCode preview(Voter voter, VoteKind kind) {
        synchronized (lock) {
            applyDeadline();
            if (state.isFinal()) {
                return VoteCode.ALREADY_DECIDED;
            }
            Refusal r = refusal(voter, kind, request.evidenceDigest(), "preview");
            return r == null ? VoteCode.ACCEPTED : r.code;
        }
    }

    /**
     * @param voter          who approves
     * @param evidenceDigest the evidence digest the voter was shown
     * @param comment        an optional comment ({@code null} for none)
     */
    public VoteResult approve(Voter voter, String evidenceDigest, String comment) {
        return vote(voter, VoteKind.APPROVE, evidenceDigest, comment);
    }

    /**
     * @param reason required: why the change may not ship
     */
    public VoteResult reject(Voter voter, String evidenceDigest, String reason) {
        return vote(voter, VoteKind.REJECT, evidenceDigest, reason);
    }

    /**
     * @param justification required: why the gate is bypassed
     */
    public VoteResult override(Voter voter, String evidenceDigest, String justification) {
        return vote(voter, VoteKind.OVERRIDE, evidenceDigest, justification);
    }

    /** Expires the process if its deadline has passed; the caller polls this (e.g. from a timer). */
    public VoteResult expireIfDue() {
        synchronized (lock) {
            GateState before = state;
            applyDeadline();
            return result(before == GateState.APPROVAL_REQUIRED && state == GateState.EXPIRED ? VoteCode.CLOSED
                    : state.isFinal() ? VoteCode.ALREADY_DECIDED : VoteCode.ACCEPTED, null, null);
        }
    }

    /**
     * A newer approved head contains this range; the pending process ends superseded.
     *
     * @param byHead the commit id of that head
     */
    public VoteResult supersede(String byHead) {
        return closeFromOutside(GateState.SUPERSEDED, Objects.requireNonNull(byHead, "byHead"));
    }

    /**
     * The build was stopped while waiting (by anyone allowed to cancel it; that is the caller's check).
     *
     * @param byUserId who stopped it, or {@code null} when unknown
     */
    public VoteResult abort(String byUserId) {
        return closeFromOutside(GateState.ABORTED, byUserId);
    }

    private VoteResult closeFromOutside(GateState target, String by) {
        synchronized (lock) {
            applyDeadline();
            if (state.isFinal()) {
                return result(VoteCode.ALREADY_DECIDED, null, null);
            }
            close(target, clock.millis(), by);
            return result(VoteCode.CLOSED, null, null);
        }
    }

    private VoteResult vote(Voter voter, VoteKind kind, String evidenceDigest, String text) {
        Objects.requireNonNull(voter, "voter");
        synchronized (lock) {
            applyDeadline();
            if (state.isFinal()) {
                return result(VoteCode.ALREADY_DECIDED, null, null);
            }
            Refusal refusal = refusal(voter, kind, evidenceDigest, text);
            if (refusal != null) {
                return result(refusal.code, refusal.conflict, null);
            }
            long now = clock.millis();
            RecordedVote recorded = new RecordedVote(kind, voter.userId(), voter.displayName(), voter.groups(),
                    voter.emails(), voter.authMethod(), text == null ? "" : text.trim(), now, evidenceDigest);
            votes.add(recorded);
            VoteCode code;
            switch (kind) {
                case REJECT:
                    close(GateState.REJECTED, now, null);
                    code = VoteCode.REJECTED;
                    break;
                case OVERRIDE:
                    close(GateState.OVERRIDDEN, now, null);
                    code = VoteCode.OVERRIDDEN;
                    break;
                default:
                    if (approvalCount() >= request.requiredApprovals()) {
                        close(GateState.APPROVED, now, null);
                        code = VoteCode.APPROVED;
                    } else {
                        code = VoteCode.ACCEPTED;
                    }
            }
            return result(code, null, recorded);
        }
    }

    /** The checks, in the order that tells the voter the most useful reason first; {@code null} when none fails. */
    private Refusal refusal(Voter voter, VoteKind kind, String evidenceDigest, String text) {
        if (voter.userId().isBlank()) {
            return new Refusal(VoteCode.NOT_ELIGIBLE, null);
        }
        boolean eligible = kind == VoteKind.OVERRIDE ? isBreakGlass(voter) : isApprover(voter);
        if (!eligible) {
            return new Refusal(VoteCode.NOT_ELIGIBLE, null);
        }
        if (!request.tokenVotesAllowed() && voter.authMethod() != AuthMethod.WEB) {
            return new Refusal(VoteCode.TOKEN_VOTE_REFUSED, null);
        }
        if (evidenceDigest == null || !evidenceDigest.equals(request.evidenceDigest())) {
            return new Refusal(VoteCode.EVIDENCE_CHANGED, null);
        }
        if (kind == VoteKind.OVERRIDE && (text == null || text.isBlank())) {
            return new Refusal(VoteCode.JUSTIFICATION_REQUIRED, null);
        }
        if (kind == VoteKind.REJECT && (text == null || text.isBlank())) {
            return new Refusal(VoteCode.REASON_REQUIRED, null);
        }
        ResolvedPerson person = separation.resolve(voter.userId(), voter.emails());
        if (kind != VoteKind.OVERRIDE && request.separationOfDuties()) {
            ConflictKind conflict = separation.conflict(person);
            if (conflict != null) {
                return new Refusal(VoteCode.SELF_APPROVAL, conflict);
            }
            if (separation.unresolved(person)) {
                return new Refusal(VoteCode.IDENTITY_UNRESOLVED, null);
            }
        }
        for (RecordedVote earlier : votes) {
            if (kind != VoteKind.OVERRIDE && person.samePersonAs(separation.resolve(earlier.userId(), earlier.emails()))) {
                return new Refusal(VoteCode.DUPLICATE, null);
            }
        }
        return null;
    }

    private boolean isApprover(Voter voter) {
        return (voter.holdsApprovePermission() && !voter.isAdministrator())
                || listed(voter, request.approverUsers(), request.approverGroups());
    }

    private boolean isBreakGlass(Voter voter) {
        return (voter.holdsOverridePermission() && !voter.isAdministrator())
                || listed(voter, request.breakGlassUsers(), request.breakGlassGroups());
    }

    private boolean listed(Voter voter, List<String> users, List<String> groups) {
        for (String u : users) {
            if (!u.isBlank() && userIds.same(u, voter.userId())) {
                return true;
            }
        }
        for (String g : groups) {
            if (g.isBlank()) {
                continue;
            }
            for (String held : voter.groups()) {
                if (!held.isBlank() && groupIds.same(g, held)) {
                    return true;
                }
            }
        }
        return false;
    }

    private int approvalCount() {
        int n = 0;
        for (RecordedVote v : votes) {
            if (v.kind() == VoteKind.APPROVE) {
                n++;
            }
        }
        return n;
    }

    private void applyDeadline() {
        if (state == GateState.APPROVAL_REQUIRED && request.deadlineMillis().isPresent()
                && clock.millis() >= request.deadlineMillis().get()) {
            close(GateState.EXPIRED, request.deadlineMillis().get(), null);
        }
    }

    private void close(GateState target, long at, String by) {
        state = target;
        closedAtMillis = at;
        closedBy = by;
    }

    private VoteResult result(VoteCode code, ConflictKind conflict, RecordedVote recorded) {
        return new VoteResult(code, state, approvalCount(), request.requiredApprovals(), conflict, recorded);
    }

    private static final class Refusal {
        final VoteCode code;
        final ConflictKind conflict;

        Refusal(VoteCode code, ConflictKind conflict) {
            this.code = code;
            this.conflict = conflict;
        }
    }
}
