package io.jenkins.plugins.aigate.audit;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.aigate.core.audit.Anchor;
import io.jenkins.plugins.aigate.core.audit.AuditEntry;
import io.jenkins.plugins.aigate.core.audit.AuditLog;
import io.jenkins.plugins.aigate.core.audit.AuditOrigin;
import io.jenkins.plugins.aigate.core.audit.AuditVerifier;
import io.jenkins.plugins.aigate.core.audit.KeyRing;
import io.jenkins.plugins.aigate.core.audit.VerificationResult;
import io.jenkins.plugins.aigate.security.JenkinsFacade;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The controller's tamper-evident audit log: core's HMAC-chained JSON Lines log at
 * {@code $JENKINS_HOME/ai-gate/audit/audit.jsonl}, keyed by the SYSTEM-scoped Secret Text credential the
 * configuration names. After each append the newest anchor (sequence number and MAC) is also written next to the log,
 * so verification from the management page notices records cut from the end; builds keep their own anchors too.
 */
public final class AiGateAuditLog {
    private static final Logger LOGGER = Logger.getLogger(AiGateAuditLog.class.getName());
    static final String LOG_NAME = "audit.jsonl";
    static final String ANCHOR_NAME = "latest-anchor";

    private static final AiGateAuditLog INSTANCE = new AiGateAuditLog();

    private AiGateAuditLog() {}

    /** @return the log of this controller */
    public static @NonNull AiGateAuditLog get() {
        return INSTANCE;
    }

    /** @return the active log file */
    public @NonNull Path file() {
        return JenkinsFacade.rootDir().resolve("ai-gate").resolve("audit").resolve(LOG_NAME);
    }

    /**
     * Appends a record durably, signed with the administrator's audit key. A gate must not treat its decision as
     * made unless this returns.
     *
     * @param keyCredentialsId the configured audit key's credentials id
     * @return the record's anchor, for the build to keep
     * @throws AuditKeyException when no usable audit key is configured
     * @throws IOException       when the log cannot be opened, or the record could not be made durable
     *     ({@link io.jenkins.plugins.aigate.core.audit.AuditException}), e.g. because the log's tail does not verify
     */
    public @NonNull Anchor append(@NonNull AuditEntry entry, @CheckForNull String keyCredentialsId)
            throws AuditKeyException, IOException {
        KeyRing keys = AuditKeyResolver.keyRing(keyCredentialsId);
        Path file = file();
        Anchor anchor = AuditLog.open(file, keys).append(entry);
        keepAnchor(file, anchor);
        return anchor;
    }

    /**
     * Records a change of the effective policy. The change itself is already applied: without a usable key the
     * failure is logged and the audit key monitor says why.
     *
     * @param keyCredentialsId the audit key as of the new configuration
     */
    public void recordPolicyChange(@NonNull String userId, @NonNull String displayName,
            @CheckForNull String oldFingerprint, @NonNull String newFingerprint, @NonNull String source,
            @CheckForNull String keyCredentialsId) {
        AuditEntry entry = AuditEntry.policyChange(AuditOrigin.PLUGIN)
                .by(userId, displayName)
                .fingerprints(oldFingerprint, newFingerprint)
                .source(source)
                .at(System.currentTimeMillis())
                .build();
        try {
            KeyRing keys = AuditKeyResolver.keyRing(keyCredentialsId);
            Path file = file();
            keepAnchor(file, AuditLog.open(file, keys).append(entry));
        } catch (AuditKeyException e) {
            LOGGER.log(Level.WARNING, "AI Change Gate policy change by {0} ({1} -> {2}) not audited: {3}",
                    new Object[] {userId, oldFingerprint, newFingerprint, e.getMessage()});
        } catch (IOException e) {
            LOGGER.log(Level.SEVERE, "AI Change Gate policy change by " + userId + " could not be audited", e);
        }
    }

    /** @return the latest records, newest first, as read (verify the log to trust them) */
    public @NonNull List<AuditSummary> recent(int limit) {
        try {
            return AuditTail.read(file(), limit);
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Could not read the AI Change Gate audit log", e);
            return List.of();
        }
    }

    /**
     * Verifies the whole chain, rotated parts included, against the configured key and the kept anchor.
     *
     * @param keyCredentialsId the configured audit key's credentials id
     */
    public @NonNull VerificationReport verify(@CheckForNull String keyCredentialsId) {
        KeyRing keys;
        try {
            keys = AuditKeyResolver.keyRing(keyCredentialsId);
        } catch (AuditKeyException e) {
            return VerificationReport.broken(0, null, e.getMessage());
        }
        Path file = file();
        try {
            VerificationResult result = AuditVerifier.verify(file, keys, readAnchor(file));
            if (result.intact()) {
                return VerificationReport.intact(result.records(), Messages.AiGateAuditLog_Intact(result.records(),
                        result.lastAnchor().map(Anchor::toString).orElse("-")));
            }
            return VerificationReport.broken(result.records(), result.badRecord(),
                    Messages.AiGateAuditLog_Tampered(result.badRecord(), AuditMessages.tamper(result.reason().get()),
                            result.file().map(Path::toString).orElse(file.toString()), result.line(),
                            result.detail().orElse("")));
        } catch (NoSuchFileException e) {
            return VerificationReport.intact(0, Messages.AiGateAuditLog_Empty());
        } catch (IOException e) {
            return VerificationReport.broken(0, null, Messages.AiGateAuditLog_Unreadable(e.getMessage()));
        }
    }

    private static Path anchorFile(Path log) {
        return log.resolveSibling(ANCHOR_NAME);
    }

    /**
     * Best effort: the anchor file helps detect a cut tail; the record itself is already durable. Only a newer anchor
     * replaces the kept one, whatever order concurrent appends finish in.
     */
    private static synchronized void keepAnchor(Path log, Anchor anchor) {
        Path target = anchorFile(log);
        Optional<Anchor> kept = readAnchor(log);
        if (kept.isPresent() && kept.get().seq() >= anchor.seq()) {
            return;
        }
        try {
            Path tmp = Files.createTempFile(Objects.requireNonNull(target.getParent(), "anchor directory"),
                    ANCHOR_NAME, ".tmp");
            Files.writeString(tmp, anchor.toString(), StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Could not keep the audit log anchor " + anchor + " in " + target, e);
        }
    }

    private static Optional<Anchor> readAnchor(Path log) {
        Path file = anchorFile(log);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Anchor.parse(Files.readString(file, StandardCharsets.UTF_8).trim()));
        } catch (IOException | IllegalArgumentException e) {
            LOGGER.log(Level.WARNING, "Ignoring an unreadable audit log anchor " + file, e);
            return Optional.empty();
        }
    }
}
