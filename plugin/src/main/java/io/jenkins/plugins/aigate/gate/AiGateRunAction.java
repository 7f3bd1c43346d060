package io.jenkins.plugins.aigate.gate;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Api;
import hudson.model.Run;
import io.jenkins.plugins.aigate.core.approval.ApprovalProcess;
import io.jenkins.plugins.aigate.core.approval.RecordedVote;
import io.jenkins.plugins.aigate.core.approval.VoteKind;
import io.jenkins.plugins.aigate.core.approval.VoteResult;
import io.jenkins.plugins.aigate.core.approval.Voter;
import io.jenkins.plugins.aigate.core.lifecycle.GateState;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.RunAction2;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * The build's AI Change Gate record: every {@code aiGate} call of the run with its decision, votes and audit
 * anchor. It is the truth for pending gates: a vote is written here and saved with the build before the voter gets
 * an answer; the waiting step execution (found by gate id, as the {@code input} step does) only mirrors it.
 * The full evidence of each gate lives in a separate file (see {@link GateEvidence}).
 */
@ExportedBean
public final class AiGateRunAction implements RunAction2 {

    private static final Logger LOGGER = Logger.getLogger(AiGateRunAction.class.getName());
    /** How long to wait for the flow to load when looking for the waiting execution. */
    private static final long LOAD_EXECUTIONS_SECONDS = 60;

    private final ArrayList<GateRecord> gates = new ArrayList<>();
    private transient Run<?, ?> run;

    @Override
    public void onAttached(Run<?, ?> r) {
        run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        run = r;
        synchronized (this) {
            for (GateRecord gate : gates) {
                if (gate.getStatus() == GateStatus.PENDING) {
                    PendingGates.get().add(r, gate.getId());
                }
            }
        }
    }

    /** @return the build, once attached */
    public Run<?, ?> getRun() {
        return run;
    }

    /** @return the action of {@code run}, added if missing */
    public static AiGateRunAction of(Run<?, ?> run) {
        synchronized (run) {
            AiGateRunAction action = run.getAction(AiGateRunAction.class);
            if (action == null) {
                action = new AiGateRunAction();
                run.addAction(action);
            }
            return action;
        }
    }

    @Override
    public String getIconFileName() {
        return isWaiting() ? "symbol-hourglass" : "symbol-lock-closed";
    }

    @Override
    public String getDisplayName() {
        return isWaiting() ? Messages.AiGateRunAction_displayName_waiting() : Messages.AiGateRunAction_displayName();
    }

    @Override
    public String getUrlName() {
        return "ai-gate";
    }

    /** Serves {@code .../ai-gate/api/json} and {@code api/xml}: the gates as exported below. */
    public Api getApi() {
        return new Api(this);
    }

    /** @return every gate of the build, in call order (REST: {@code .../ai-gate/api/json}) */
    @Exported(inline = true)
    public synchronized List<GateRecord> getGates() {
        return new ArrayList<>(gates);
    }

    /** @return whether a gate of this build is waiting for approvers */
    @Exported
    public synchronized boolean isWaiting() {
        return gates.stream().anyMatch(g -> g.getStatus() == GateStatus.PENDING);
    }

    /** @return the gate with this id, or {@code null} */
    public synchronized @CheckForNull GateRecord getGate(String id) {
        for (GateRecord gate : gates) {
            if (gate.getId().equals(id)) {
                return gate;
            }
        }
        return null;
    }

    /**
     * @return the gate with this id
     * @throws IllegalStateException when the build has no such gate (its record was lost)
     */
    public GateRecord requireGate(String id) {
        GateRecord gate = getGate(id);
        if (gate == null) {
            throw new IllegalStateException("no gate " + id + " in " + run);
        }
        return gate;
    }

    /** @return the newest gate recorded by the step whose flow node has this id, or {@code null} */
    public synchronized @CheckForNull GateRecord getGateOfNode(String flowNodeId) {
        GateRecord found = null;
        for (GateRecord gate : gates) {
            if (gate.getFlowNodeId().equals(flowNodeId)) {
                found = gate;
            }
        }
        return found;
    }

    /** Routes {@code ai-gate/<id>/} to the gate's approval page. */
    public @CheckForNull GatePage getDynamic(String token) {
        GateRecord gate = getGate(token);
        return gate == null ? null : new GatePage(this, gate);
    }

    /** @return a fresh gate id for this build: {@code gate-1}, {@code gate-2}, ... */
    public synchronized String nextGateId() {
        return "gate-" + (gates.size() + 1);
    }

    /** Adds a gate and saves the build. */
    public void add(GateRecord gate) throws IOException {
        synchronized (this) {
            if (getGate(gate.getId()) != null) {
                throw new IllegalArgumentException("duplicate gate id " + gate.getId());
            }
            gates.add(gate);
            save();
        }
        trackPending(gate);
    }

    /**
     * Applies one vote through core's approval process and, when core accepts it, saves it with the build
     * before returning. Refusals change nothing. The voter carries its permission grants; core decides.
     */
    public VoteResult vote(String gateId, Voter voter, VoteKind kind, String evidenceDigest, String text)
            throws IOException {
        VoteResult result;
        GateRecord gate;
        synchronized (this) {
            gate = getGate(gateId);
            if (gate == null) {
                throw new IllegalArgumentException("no gate " + gateId);
            }
            if (gate.getStatus() == GateStatus.EVALUATING) {
                throw new IllegalStateException(gateId + " is still being evaluated");
            }
            if (gate.getStatus() != GateStatus.PENDING) {
                ApprovalProcess closed = ApprovalAdapter.process(gate, JenkinsVoters.userIds(),
                        JenkinsVoters.groupIds(), Clock.systemUTC());
                return closed.expireIfDue();
            }
            ApprovalProcess process = ApprovalAdapter.process(gate, JenkinsVoters.userIds(), JenkinsVoters.groupIds(), Clock.systemUTC());
            result = switch (kind) {
                case APPROVE -> process.approve(voter, evidenceDigest, text);
                case REJECT -> process.reject(voter, evidenceDigest, text);
                case OVERRIDE -> process.override(voter, evidenceDigest, text);
            };
            if (!result.code().isAccepted()) {
                return result;
            }
            RecordedVote recorded = result.vote().orElseThrow();
            gate.addVote(VoteEntry.of(recorded));
            if (result.state().isFinal()) {
                gate.decide(GateStatus.of(result.state()), recorded.epochMillis(), voter.userId());
            }
            // saved under the lock: the next vote must see this one, and the voter hears back only after the save
            save();
        }
        if (gate.getStatus().isDecided()) {
            decided(gate);
        }
        return result;
    }

    /**
     * Applies the deadline if it has passed (from the execution's timer, or on any look at the gate).
     *
     * @return whether this call expired the gate
     */
    public boolean expireIfDue(String gateId) throws IOException {
        GateRecord gate;
        synchronized (this) {
            gate = getGate(gateId);
            if (gate == null || gate.getStatus() != GateStatus.PENDING || gate.getDeadlineMillis() <= 0) {
                return false;
            }
            ApprovalProcess process = ApprovalAdapter.process(gate, JenkinsVoters.userIds(),
                    JenkinsVoters.groupIds(), Clock.systemUTC());
            VoteResult result = process.expireIfDue();
            if (result.state() != GateState.EXPIRED) {
                return false;
            }
            gate.decide(GateStatus.EXPIRED, gate.getDeadlineMillis(), null);
            save();
        }
        decided(gate);
        return true;
    }

    /**
     * Closes a pending gate as superseded through core's approval process (a newer approved head contains its range)
     * and lets its execution end as the state says.
     *
     * @param by the superseding build and head, recorded as who closed the gate
     * @return whether this call superseded the gate (not when it was decided or expired meanwhile)
     */
    public boolean supersede(String gateId, String by) throws IOException {
        GateRecord gate;
        synchronized (this) {
            gate = getGate(gateId);
            if (gate == null || gate.getStatus() != GateStatus.PENDING) {
                return false;
            }
            ApprovalProcess process = ApprovalAdapter.process(gate, JenkinsVoters.userIds(),
                    JenkinsVoters.groupIds(), Clock.systemUTC());
            VoteResult result = process.supersede(by);
            if (result.state() != GateState.SUPERSEDED) {
                return false;
            }
            gate.decide(GateStatus.SUPERSEDED, System.currentTimeMillis(), by);
            save();
        }
        decided(gate);
        return true;
    }

    /** Records that the build was stopped while the gate waited. */
    public void abort(String gateId, @CheckForNull String byUserId) throws IOException {
        synchronized (this) {
            GateRecord gate = getGate(gateId);
            if (gate == null || gate.getStatus() != GateStatus.PENDING) {
                return;
            }
            gate.decide(GateStatus.ABORTED, System.currentTimeMillis(), byUserId);
            save();
        }
        PendingGates.get().remove(run, gateId);
    }

    /** Lets the step fill in and change its own record (range, evaluation, outcome), then saves. */
    public void update(String gateId, Consumer<GateRecord> change) throws IOException {
        synchronized (this) {
            GateRecord gate = getGate(gateId);
            if (gate == null) {
                throw new IllegalArgumentException("no gate " + gateId);
            }
            change.accept(gate);
            save();
            trackPending(gate);
        }
    }

    /** Keeps the index of waiting gates in step with this record: listed exactly while it is pending. */
    private void trackPending(GateRecord gate) {
        if (gate.getStatus() == GateStatus.PENDING) {
            PendingGates.get().add(run, gate.getId());
        } else {
            PendingGates.get().remove(run, gate.getId());
        }
    }

    private void decided(GateRecord gate) {
        PendingGates.get().remove(run, gate.getId());
        // finding the execution may wait for the flow to load: never on the voter's HTTP thread
        Timer.get().submit(() -> {
            GateSettlement waiting = findExecution(gate.getId());
            if (waiting != null) {
                waiting.settle(gate);
            } else {
                // after a restart the flow may still be loading; the execution settles itself from the record on resume
                LOGGER.log(Level.INFO, "no live execution for {0} in {1}; it settles on resume",
                        new Object[] {gate.getId(), run});
            }
        });
    }

    private @CheckForNull GateSettlement findExecution(String gateId) {
        if (!(run instanceof FlowExecutionOwner.Executable executable)) {
            return null;
        }
        try {
            FlowExecutionOwner owner = executable.asFlowExecutionOwner();
            if (owner == null) {
                return null;
            }
            for (StepExecution e : owner.get().getCurrentExecutions(true).get(LOAD_EXECUTIONS_SECONDS, TimeUnit.SECONDS)) {
                if (e instanceof GateSettlement s && s.getGateId().equals(gateId)) {
                    return s;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOGGER.log(Level.WARNING, "could not look up the executions of " + run, e);
        }
        return null;
    }

    private void save() throws IOException {
        if (run != null) {
            run.save();
        }
    }
}
