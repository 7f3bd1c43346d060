package io.jenkins.plugins.aigate.listeners;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Run;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fires {@link AiGateListener} callbacks. A failing listener is logged and skipped: notification is best effort and
 * never decides anything.
 */
public final class AiGateListeners {
    private static final Logger LOGGER = Logger.getLogger(AiGateListeners.class.getName());

    private AiGateListeners() {}

    /** Tells every listener that {@code run} waits at the gate described by {@code event}. */
    public static void firePending(@NonNull Run<?, ?> run, @NonNull GateEvent event) {
        fire(AiGateListener.all(), run, event, AiGateListener::onPending);
    }

    /** Tells every listener that the gate described by {@code event} has been decided. */
    public static void fireDecided(@NonNull Run<?, ?> run, @NonNull GateEvent event) {
        fire(AiGateListener.all(), run, event, AiGateListener::onDecided);
    }

    static void fire(List<? extends AiGateListener> listeners, Run<?, ?> run, GateEvent event,
            Callback callback) {
        for (AiGateListener listener : listeners) {
            try {
                callback.call(listener, run, event);
            } catch (RuntimeException | LinkageError e) {
                // a notifier plugin's bug must not break the gate or the other notifiers
                LOGGER.log(Level.WARNING, e, () -> "AiGateListener " + listener.getClass().getName()
                        + " failed on gate " + event.getGateId() + " of " + run.getExternalizableId());
            }
        }
    }

    /** One callback of {@link AiGateListener}. */
    @FunctionalInterface
    interface Callback {
        void call(AiGateListener listener, Run<?, ?> run, GateEvent event);
    }
}
