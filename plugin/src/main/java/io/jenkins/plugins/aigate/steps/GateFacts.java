package io.jenkins.plugins.aigate.steps;

import hudson.model.Cause;
import hudson.model.Run;
import hudson.plugins.git.GitSCM;
import hudson.plugins.git.UserRemoteConfig;
import hudson.scm.SCM;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.detection.Evidence;
import io.jenkins.plugins.aigate.core.evaluation.GateDecision;
import io.jenkins.plugins.aigate.core.evaluation.GatedCommit;
import io.jenkins.plugins.aigate.gate.EvidenceEntry;
import io.jenkins.plugins.aigate.gate.FlaggedCommitEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jenkins.triggers.SCMTriggerItem;

/** Converts between core's decision and the plugin's saved records, and gathers the Jenkins facts core needs. */
final class GateFacts {

    /** How far up a chain of upstream builds the starters are collected. */
    private static final int UPSTREAM_DEPTH = 10;
    /** A saved commit message is cut here; the page says so. */
    private static final int MAX_MESSAGE = 16 * 1024;

    private GateFacts() {
    }

    static List<FlaggedCommitEntry> flaggedEntries(GateDecision decision) {
        List<FlaggedCommitEntry> entries = new ArrayList<>();
        for (GatedCommit gated : decision.gatedCommits()) {
            Commit c = gated.commit();
            List<EvidenceEntry> evidence = new ArrayList<>();
            for (Evidence e : gated.evidence()) {
                evidence.add(new EvidenceEntry(e.ruleId(), e.tool(), e.confidence().name(), e.field(), e.value()));
            }
            String message = c.message().length() > MAX_MESSAGE ? c.message().substring(0, MAX_MESSAGE) : c.message();
            entries.add(new FlaggedCommitEntry(c.id(), c.author().name(), c.author().email(), c.committer().name(),
                    c.committer().email(), message, gated.aiAssisted(), evidence, gated.rules()));
        }
        return entries;
    }

    /** Whoever started the build, a replay included, following upstream triggers. */
    static List<String> buildStarters(Run<?, ?> run) {
        Set<String> users = new LinkedHashSet<>();
        collectStarters(run, users, 0);
        return new ArrayList<>(users);
    }

    private static void collectStarters(Run<?, ?> run, Set<String> users, int depth) {
        if (run == null || depth > UPSTREAM_DEPTH) {
            return;
        }
        for (Cause cause : run.getCauses()) {
            if (cause instanceof Cause.UserIdCause user && user.getUserId() != null) {
                users.add(user.getUserId());
            } else if (cause instanceof Cause.UpstreamCause upstream) {
                collectStarters(upstream.getUpstreamRun(), users, depth + 1);
            }
        }
    }

    /** The remote URLs of the SCM the Pipeline definition comes from, when the job exposes one. */
    static List<String> pipelineRepositories(Run<?, ?> run) {
        List<String> urls = new ArrayList<>();
        SCMTriggerItem item = SCMTriggerItem.SCMTriggerItems.asSCMTriggerItem(run.getParent());
        if (item == null) {
            return urls;
        }
        for (SCM scm : item.getSCMs()) {
            if (scm instanceof GitSCM git) {
                for (UserRemoteConfig remote : git.getUserRemoteConfigs()) {
                    if (remote.getUrl() != null) {
                        urls.add(remote.getUrl());
                    }
                }
            }
        }
        return urls;
    }
}
