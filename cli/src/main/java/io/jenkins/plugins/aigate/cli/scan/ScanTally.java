package io.jenkins.plugins.aigate.cli.scan;

import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import io.jenkins.plugins.aigate.core.detection.ProbableToolIdentities;
import io.jenkins.plugins.aigate.core.pullrequest.CommitLookup;
import io.jenkins.plugins.aigate.core.pullrequest.LookupStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts a scan as it goes: commits read, commits flagged, and flagged commits per tool (bounded by the tools). */
final class ScanTally {
    private long commitsRead;
    private long aiAssisted;
    private final Map<String, Long> flaggedByTool = new TreeMap<>();
    private final Map<LookupStatus, Long> lookups = new EnumMap<>(LookupStatus.class);
    private final ProbableToolIdentities identities = new ProbableToolIdentities();

    void count(CommitAssessment assessment) {
        commitsRead++;
        identities.count(assessment);
        if (!assessment.aiAssisted()) {
            return;
        }
        aiAssisted++;
        for (String tool : assessment.tools()) {
            flaggedByTool.merge(tool, 1L, Long::sum);
        }
    }

    void count(CommitLookup lookup) {
        lookups.merge(lookup.status(), 1L, Long::sum);
    }

    /** @return whether pull requests were looked up in this scan */
    boolean lookedUpPullRequests() {
        return !lookups.isEmpty();
    }

    /** @return how many commits' pull-request lookups ended with this status */
    long lookups(LookupStatus status) {
        return lookups.getOrDefault(status, 0L);
    }

    /** @return identities that only ever co-authored, across several authors (weak evidence, with counts) */
    List<ProbableToolIdentities.ToolIdentity> probableToolIdentities() {
        return identities.identities();
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
