package io.jenkins.plugins.aigate.steps;

import hudson.model.Cause;
import hudson.model.Run;
import hudson.plugins.git.GitSCM;
import hudson.plugins.git.UserRemoteConfig;
import hudson.scm.SCM;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jenkins.triggers.SCMTriggerItem;

/** Gathers the facts about a build that core needs and only Jenkins knows: who started it, where its Pipeline is. */
final class BuildFactsGatherer {

    /** How far up a chain of upstream builds the starters are collected. */
    private static final int UPSTREAM_DEPTH = 10;

    private BuildFactsGatherer() {
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
