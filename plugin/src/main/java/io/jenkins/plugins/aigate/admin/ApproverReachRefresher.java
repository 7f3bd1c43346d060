package io.jenkins.plugins.aigate.admin;

import hudson.Extension;
import hudson.XmlFile;
import hudson.model.Saveable;
import hudson.model.listeners.SaveableListener;
import jenkins.model.Jenkins;
import jenkins.util.Timer;

/** Rescans {@link ApproverReach} soon after the global security configuration is saved, not 10 minutes later. */
@Extension
public final class ApproverReachRefresher extends SaveableListener {

    @Override
    public void onChange(Saveable o, XmlFile file) {
        if (o instanceof Jenkins) {
            Timer.get().submit(ApproverReach::refresh);
        }
    }
}
