package io.jenkins.plugins.aigate.admin;

import hudson.Extension;
import hudson.model.AsyncPeriodicWork;
import hudson.model.TaskListener;
import io.jenkins.plugins.aigate.config.AiGateConfiguration;
import io.jenkins.plugins.aigate.config.SecurityPosture;
import java.util.concurrent.TimeUnit;

/** Refreshes {@link ApproverReach} in the background; the monitors only read its last result. */
@Extension
public final class ApproverReachScan extends AsyncPeriodicWork {

    public ApproverReachScan() {
        super("AI Change Gate approver scan");
    }

    @Override
    public long getRecurrencePeriod() {
        return TimeUnit.MINUTES.toMillis(10);
    }

    @Override
    public long getInitialDelay() {
        return TimeUnit.SECONDS.toMillis(30);
    }

    @Override
    protected void execute(TaskListener listener) {
        ApproverReach reach = ApproverReach.refresh();
        listener.getLogger().println("anonymous=" + reach.isAnonymousApproves() + " authenticated="
                + reach.isAuthenticatedApproves() + " someone=" + reach.isSomeoneApproves()
                + " policyApprovers=" + SecurityPosture.policyNamesApprovers(AiGateConfiguration.get()));
    }
}
