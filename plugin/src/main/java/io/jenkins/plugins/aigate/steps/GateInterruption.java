package io.jenkins.plugins.aigate.steps;

import io.jenkins.plugins.aigate.gate.LogText;
import java.io.Serial;
import jenkins.model.CauseOfInterruption;

/** Why a build stopped at an AI Change Gate: rejected by an approver, out of time, or superseded by
 * a newer approved head. Shown in the build's log. */
public final class GateInterruption extends CauseOfInterruption {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String gateId;
    private final boolean expired;
    private final String userId;
    private final String reason;
    private final String supersededBy;

    private GateInterruption(String gateId, boolean expired, String userId, String reason, String supersededBy) {
        this.gateId = gateId;
        this.expired = expired;
        this.userId = userId;
        this.reason = reason;
        this.supersededBy = supersededBy;
    }

    /** @return the cause for a rejection by {@code userId} with the reason they wrote */
    public static GateInterruption rejected(String gateId, String userId, String reason) {
        return new GateInterruption(gateId, false, userId, reason, null);
    }

    /** @return the cause for a gate whose deadline passed */
    public static GateInterruption expired(String gateId) {
        return new GateInterruption(gateId, true, null, null, null);
    }

    /** @return the cause for a gate made moot by a newer approved head; {@code by} names that build and head */
    public static GateInterruption superseded(String gateId, String by) {
        return new GateInterruption(gateId, false, null, null, by);
    }

    /** @return the superseding build and head, or {@code null} when not superseded */
    public String getSupersededBy() {
        return supersededBy;
    }

    public String getGateId() {
        return gateId;
    }

    public boolean isExpired() {
        return expired;
    }

    /** @return who rejected, or {@code null} for an expiry */
    public String getUserId() {
        return userId;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public String getShortDescription() {
        if (supersededBy != null) {
            return Messages.GateInterruption_superseded(gateId, LogText.sanitize(supersededBy));
        }
        return expired ? Messages.GateInterruption_expired(gateId)
                : Messages.GateInterruption_rejected(gateId, userId, LogText.sanitize(reason));
    }
}
