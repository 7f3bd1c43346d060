package io.jenkins.plugins.aigate.gate;

/**
 * A live step execution waiting on a gate. When a vote (or the deadline, or a stop) decides the gate, the saved
 * {@link GateRecord} is handed to it and it ends the pause: continue, abort or fail the build.
 */
public interface GateSettlement {

    /** @return the id of the gate this execution waits for */
    String getGateId();

    /**
     * Ends the wait according to the record's decided status. Called after the record was saved; must not block
     * long, since it may run on a request thread.
     */
    void settle(GateRecord decided);
}
