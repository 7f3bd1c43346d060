package io.jenkins.plugins.aigate.admin;

import hudson.Extension;
import hudson.model.AdministrativeMonitor;
import io.jenkins.plugins.aigate.audit.AuditKeyResolver;
import io.jenkins.plugins.aigate.audit.AuditKeyStatus;
import io.jenkins.plugins.aigate.audit.AuditMessages;
import io.jenkins.plugins.aigate.config.AiGateConfiguration;
import org.jenkinsci.Symbol;

/** The audit key is missing, not found, not Secret Text or not SYSTEM scoped: decisions cannot be audited. */
@Extension
@Symbol("aiGateAuditKey")
public final class AuditKeyMonitor extends AdministrativeMonitor {

    @Override
    public String getDisplayName() {
        return Messages.AuditKeyMonitor_DisplayName();
    }

    @Override
    public boolean isSecurity() {
        return true;
    }

    @Override
    public boolean isActivated() {
        return !status().isUsable();
    }

    /** Used by {@code message.jelly}. */
    public String getReason() {
        String id = AiGateConfiguration.get().getAuditKeyCredentialsId();
        return AuditMessages.keyStatus(status(), id);
    }

    private static AuditKeyStatus status() {
        return AuditKeyResolver.status(AiGateConfiguration.get().getAuditKeyCredentialsId());
    }
}
