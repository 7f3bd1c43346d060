package io.jenkins.plugins.aigate.steps;

import hudson.model.Run;
import io.jenkins.plugins.aigate.gate.GateRecord;
import io.jenkins.plugins.aigate.gate.VoteEntry;
import io.jenkins.plugins.aigate.listeners.AiGateListeners;
import io.jenkins.plugins.aigate.listeners.GateEvent;

/** Tells {@code AiGateListener}s (mail, chat) that a gate waits or was decided. */
final class GateEvents {

    private GateEvents() {
    }

    static void pending(Run<?, ?> run, GateRecord record) {
        AiGateListeners.firePending(run, event(run, record).build());
    }

    static void decided(Run<?, ?> run, GateRecord record) {
        GateEvent.Builder event = event(run, record).outcome(record.getStatus().name())
                .timestampMillis(record.getDecidedMillis());
        String comment = null;
        for (VoteEntry vote : record.getVotes()) {
            event.decider(vote.getUserId());
            comment = vote.getComment();
        }
        AiGateListeners.fireDecided(run, event.comment(comment).build());
    }

    private static GateEvent.Builder event(Run<?, ?> run, GateRecord record) {
        return GateEvent.builder(record.getId(), run.getUrl() + "ai-gate/" + record.getId() + "/")
                .environment(record.getEnvironment())
                .message(record.getMessage())
                .flaggedCommits(record.getFlaggedCount())
                .requiredApprovals(record.getRequiredApprovals())
                .timestampMillis(record.getStartedMillis());
    }
}
