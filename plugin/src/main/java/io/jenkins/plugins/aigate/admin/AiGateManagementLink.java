package io.jenkins.plugins.aigate.admin;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.ManagementLink;
import hudson.security.Permission;
import io.jenkins.plugins.aigate.audit.AiGateAuditLog;
import io.jenkins.plugins.aigate.audit.AuditSummary;
import io.jenkins.plugins.aigate.audit.VerificationReport;
import io.jenkins.plugins.aigate.config.AiGateConfiguration;
import io.jenkins.plugins.aigate.config.GatePolicies;
import io.jenkins.plugins.aigate.config.PolicyStatus;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.gate.GatePage;
import io.jenkins.plugins.aigate.gate.PendingGates;
import io.jenkins.plugins.aigate.security.JenkinsFacade;
import java.util.Date;
import java.util.List;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.interceptor.RequirePOST;

/**
 * "AI Change Gate" under Manage Jenkins: the effective policy and its fingerprint, gates waiting across jobs, recent
 * decisions from the audit log, and verification of that log. Readable with Overall/SystemRead; verifying needs
 * Overall/Administer.
 */
@Extension
public final class AiGateManagementLink extends ManagementLink {
    /** How many recent records the page lists. */
    static final int RECENT = 25;

    @Override
    public String getIconFileName() {
        return "symbol-lock-closed";
    }

    @Override
    public String getDisplayName() {
        return Messages.AiGateManagementLink_DisplayName();
    }

    @Override
    public String getDescription() {
        return Messages.AiGateManagementLink_Description();
    }

    @Override
    public String getUrlName() {
        return "ai-gate";
    }

    @NonNull
    @Override
    public Category getCategory() {
        return Category.SECURITY;
    }

    @NonNull
    @Override
    public Permission getRequiredPermission() {
        return Jenkins.SYSTEM_READ;
    }

    /** Used by {@code index.jelly}. */
    public @CheckForNull Policy getPolicy() {
        return AiGateConfiguration.get().getEffectivePolicy().orElse(null);
    }

    /** Used by {@code index.jelly}. */
    public @NonNull PolicyStatus getStatus() {
        return AiGateConfiguration.get().getStatus();
    }

    /** Used by {@code index.jelly}. */
    public @NonNull List<GatePage> getPendingGates() {
        JenkinsFacade.checkPermission(Jenkins.SYSTEM_READ);
        return PendingGates.get().pages();
    }

    /** Used by {@code index.jelly}: when the gate started waiting. */
    public @NonNull Date startedAt(@NonNull GatePage page) {
        return new Date(page.getGate().getStartedMillis());
    }

    /** Used by {@code index.jelly}: the latest records, newest first. */
    public @NonNull List<AuditSummary> getRecentEntries() {
        JenkinsFacade.checkPermission(Jenkins.SYSTEM_READ);
        return AiGateAuditLog.get().recent(RECENT);
    }

    /** Verifies the whole audit log chain with the configured key and shows the result. */
    @RequirePOST
    public HttpResponse doVerifyAudit() {
        JenkinsFacade.checkPermission(Jenkins.ADMINISTER);
        VerificationReport report = AiGateAuditLog.get().verify(GatePolicies.auditKeyCredentialsId());
        return HttpResponses.forwardToView(this, "verified").with("report", report);
    }
}
