package io.jenkins.plugins.aigate.steps;

import hudson.model.InvisibleAction;
import io.jenkins.plugins.aigate.gate.GateStatus;
import org.jenkinsci.plugins.workflow.actions.PersistentAction;

/** The gate's decision on the step's flow node, so Pipeline views show what the gate did at that point. */
public final class GateDecisionAction extends InvisibleAction implements PersistentAction {

    private final String gateId;
    private final GateStatus status;

    public GateDecisionAction(String gateId, GateStatus status) {
        this.gateId = gateId;
        this.status = status;
    }

    public String getGateId() {
        return gateId;
    }

    public GateStatus getStatus() {
        return status;
    }
}
