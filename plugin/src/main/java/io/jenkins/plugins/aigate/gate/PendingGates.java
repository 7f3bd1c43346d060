package io.jenkins.plugins.aigate.gate;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Which builds have a gate waiting, so "Approvals waiting for me" need not load every build of every job. Filled
 * when a gate opens and when a build with a pending gate is loaded (after a restart), emptied on decision.
 */
@Extension
public final class PendingGates {

    private final Map<String, Set<String>> byRun = new ConcurrentHashMap<>();

    /** @return the singleton */
    public static PendingGates get() {
        return ExtensionList.lookupSingleton(PendingGates.class);
    }

    void add(Run<?, ?> run, String gateId) {
        if (run != null) {
            byRun.computeIfAbsent(run.getExternalizableId(), k -> new ConcurrentSkipListSet<>()).add(gateId);
        }
    }

    void remove(Run<?, ?> run, String gateId) {
        if (run != null) {
            byRun.computeIfPresent(run.getExternalizableId(), (k, ids) -> {
                ids.remove(gateId);
                return ids.isEmpty() ? null : ids;
            });
        }
    }

    /** @return a copy of build id to pending gate ids, safe to iterate while gates are decided */
    public Map<String, Set<String>> snapshot() {
        Map<String, Set<String>> copy = new java.util.HashMap<>();
        byRun.forEach((run, ids) -> copy.put(run, new java.util.TreeSet<>(ids)));
        return copy;
    }

    /** @return the pending gates' approval pages, skipping builds that no longer exist or are not visible */
    public List<GatePage> pages() {
        List<GatePage> pages = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : byRun.entrySet()) {
            Run<?, ?> run = Run.fromExternalizableId(entry.getKey());
            if (run == null) {
                continue;
            }
            AiGateRunAction action = run.getAction(AiGateRunAction.class);
            if (action == null) {
                continue;
            }
            for (String gateId : entry.getValue()) {
                GatePage page = action.getDynamic(gateId);
                if (page != null && page.getGate().getStatus() == GateStatus.PENDING) {
                    pages.add(page);
                }
            }
        }
        return pages;
    }
}
