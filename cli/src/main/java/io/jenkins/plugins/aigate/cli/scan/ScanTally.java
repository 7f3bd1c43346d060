package io.jenkins.plugins.aigate.cli.scan;

import io.jenkins.plugins.aigate.core.detection.Evidence;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Counts a scan as it goes: commits read, commits flagged, and flagged commits per tool (bounded by the tools). */
final class ScanTally {
    private long commitsRead;
    private long aiAssisted;
    private final Map<String, Long> flaggedByTool = new TreeMap<>();

    void count(boolean flagged, List<Evidence> evidence) {
        commitsRead++;
        if (!flagged) {
            return;
        }
        aiAssisted++;
        Set<String> tools = new HashSet<>();
        for (Evidence item : evidence) {
            if (tools.add(item.tool())) {
                flaggedByTool.merge(item.tool(), 1L, Long::sum);
            }
        }
    }

    long commitsRead() {
        return commitsRead;
    }

    long aiAssisted() {
        return aiAssisted;
    }

    /** @return flagged commits per tool, by tool name; a commit naming two tools counts for each */
    Map<String, Long> flaggedByTool() {
        return Collections.unmodifiableMap(flaggedByTool);
    }
}
