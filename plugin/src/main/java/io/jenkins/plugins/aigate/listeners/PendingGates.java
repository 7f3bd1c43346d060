package io.jenkins.plugins.aigate.listeners;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Run;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The gates waiting for approval across all jobs, kept from the listener callbacks for the management page. Only
 * an index: the gate's state lives in its build, and a gate resumed after a restart is indexed again when the step
 * fires {@link AiGateListeners#firePending} on resume.
 */
@Extension
public final class PendingGates extends AiGateListener {
    private final ConcurrentMap<String, PendingGate> pending = new ConcurrentHashMap<>();

    @Override
    public void onPending(@NonNull Run<?, ?> run, @NonNull GateEvent event) {
        pending.put(key(run, event), new PendingGate(run.getExternalizableId(), run.getFullDisplayName(), event));
    }

    @Override
    public void onDecided(@NonNull Run<?, ?> run, @NonNull GateEvent event) {
        pending.remove(key(run, event));
    }

    /** @return the waiting gates, oldest first */
    public @NonNull List<PendingGate> list() {
        List<PendingGate> all = new ArrayList<>(pending.values());
        all.sort(Comparator.comparingLong(g -> g.getEvent().getTimestampMillis()));
        return all;
    }

    /** @return the singleton */
    public static @NonNull PendingGates get() {
        return AiGateListener.all().get(PendingGates.class);
    }

    private static String key(Run<?, ?> run, GateEvent event) {
        return run.getExternalizableId() + "#" + event.getGateId();
    }

    /** One waiting gate as the management page shows it. */
    public static final class PendingGate {
        private final String runId;
        private final String runDisplayName;
        private final GateEvent event;

        PendingGate(String runId, String runDisplayName, GateEvent event) {
            this.runId = runId;
            this.runDisplayName = runDisplayName;
            this.event = event;
        }

        /** @return the build's externalizable id ({@code folder/job#12}) */
        public String getRunId() {
            return runId;
        }

        public String getRunDisplayName() {
            return runDisplayName;
        }

        public GateEvent getEvent() {
            return event;
        }

        /** @return when the gate started waiting, for {@code i:formatDate} */
        public Date getSince() {
            return new Date(event.getTimestampMillis());
        }
    }
}
