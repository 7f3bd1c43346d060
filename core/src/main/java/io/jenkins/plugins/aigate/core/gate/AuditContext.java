package io.jenkins.plugins.aigate.core.gate;

import io.jenkins.plugins.aigate.core.audit.AuditEntry;

/**
 * The host's part of a gate's evaluation record: which job, build, repository and environment, and when. Core fills
 * in the decision; the CLI and the plugin each know different facts about where the gate ran.
 */
@FunctionalInterface
public interface AuditContext {
    /**
     * @param evaluation the evaluation record, with the decision filled in
     * @return the same record, with the host's facts added
     */
    AuditEntry.GateDecision describe(AuditEntry.GateDecision evaluation);
}
