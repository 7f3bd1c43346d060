package io.jenkins.plugins.aigate.gate;

import hudson.Extension;
import hudson.model.RootAction;
import io.jenkins.plugins.aigate.core.approval.VoteCode;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.Jenkins;

/**
 * "Approvals waiting for me" ({@code /ai-gate-approvals/}): the pending gates the current user may decide, by
 * core's answer for that user (approve or break glass). Any user may open it; it lists only builds they can see.
 */
@Extension
public final class ApprovalsWaitingAction implements RootAction {

    @Override
    public String getIconFileName() {
        return Jenkins.getAuthentication2().getName().equals("anonymous") ? null : "symbol-notifications";
    }

    @Override
    public String getDisplayName() {
        return Messages.ApprovalsWaitingAction_displayName();
    }

    @Override
    public String getUrlName() {
        return "ai-gate-approvals";
    }

    /** @return the pending gates the current user may approve, reject or override */
    public List<GatePage> getPages() {
        List<GatePage> mine = new ArrayList<>();
        for (GatePage page : PendingGates.get().pages()) {
            if (page.getApproveStanding() == VoteCode.ACCEPTED || page.getOverrideStanding() == VoteCode.ACCEPTED) {
                mine.add(page);
            }
        }
        return mine;
    }
}
