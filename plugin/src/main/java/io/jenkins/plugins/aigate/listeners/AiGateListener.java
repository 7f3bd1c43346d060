package io.jenkins.plugins.aigate.listeners;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.model.Run;

/**
 * Notified when a gate starts waiting for approval and when it is decided, so that mail or chat plugins can tell
 * approvers and authors. Register an implementation with {@code @Extension}.
 *
 * <p>Callbacks run on the thread that changed the gate (often a web request); they must return quickly and hand
 * slow work (mail, HTTP) to their own executor. An exception thrown by a listener is logged and never changes the
 * gate.
 */
public abstract class AiGateListener implements ExtensionPoint {

    /**
     * A gate paused its build and waits for approval.
     *
     * @param run   the paused build
     * @param event the gate; {@link GateEvent#getOutcome()} is {@code null}
     */
    public void onPending(@NonNull Run<?, ?> run, @NonNull GateEvent event) {
        // default: not interested
    }

    /**
     * A gate that was waiting has been decided (approved, rejected, expired, overridden, superseded or aborted).
     *
     * @param run   the build
     * @param event the gate with its outcome and deciders
     */
    public void onDecided(@NonNull Run<?, ?> run, @NonNull GateEvent event) {
        // default: not interested
    }

    /** @return every registered listener */
    public static ExtensionList<AiGateListener> all() {
        return ExtensionList.lookup(AiGateListener.class);
    }
}
