package io.jenkins.plugins.aigate.cli.scan;

import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Counts a scan as it goes: commits read, commits flagged, and flagged commits per tool (bounded by the tools). */
final class ScanTally {
    private long commitsRead;
    private long aiAssisted;
    private final Map<String, Long> flaggedByTool = new TreeMap<>();

    void count(CommitAssessment assessment) {
        commitsRead++;
        if (!assessment.aiAssisted()) {
            return;
        }
        aiAssisted++;
        for (String tool : assessment.tools()) {
            flaggedByTool.merge(tool, 1L, Long::sum);
        }
    }

    long commitsRead() {
        return commitsRead;
    }

    long aiAssisted() {
        return aiAssisted;
    }

    /** @return flagged commits per tool, by tool name; a commit naming two tools counts for each; only evidence
     *     that flags counts */
    Map<String, Long> flaggedByTool() {
        return Collections.unmodifiableMap(flaggedByTool);
    }
}
