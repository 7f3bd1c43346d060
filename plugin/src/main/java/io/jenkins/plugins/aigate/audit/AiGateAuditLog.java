package io.jenkins.plugins.aigate.audit;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.nio.file.Path;
import java.util.List;
import jenkins.model.Jenkins;

/** PLACEHOLDER until core's audit log lands. */
public final class AiGateAuditLog {
    private static final AiGateAuditLog INSTANCE = new AiGateAuditLog();

    public static AiGateAuditLog get() {
        return INSTANCE;
    }

    public Path directory() {
        return Jenkins.get().getRootDir().toPath().resolve("ai-gate").resolve("audit");
    }

    public void recordPolicyChange(@NonNull String who, @CheckForNull String oldFingerprint,
            @NonNull String newFingerprint, @CheckForNull String keyCredentialsId) {
    }

    public List<AuditEntry> recent(int n) {
        return List.of();
    }

    public VerificationReport verify() {
        return VerificationReport.broken(0, null, "not yet");
    }
}
