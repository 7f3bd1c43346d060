package io.jenkins.plugins.aigate.listeners;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a listener learns about one gate: which gate, where its approval page is, what it flagged and, once decided,
 * how it ended and who decided. Plain values only, so listeners never hold on to the execution or its state.
 */
public final class GateEvent {
    private final String gateId;
    private final String approvalUrl;
    private final String environment;
    private final String message;
    private final int flaggedCommits;
    private final int requiredApprovals;
    private final String outcome;
    private final List<String> deciders;
    private final String comment;
    private final long timestampMillis;

    private GateEvent(Builder b) {
        this.gateId = Objects.requireNonNull(b.gateId, "gateId");
        this.approvalUrl = Objects.requireNonNull(b.approvalUrl, "approvalUrl");
        this.environment = b.environment;
        this.message = b.message;
        this.flaggedCommits = b.flaggedCommits;
        this.requiredApprovals = b.requiredApprovals;
        this.outcome = b.outcome;
        this.deciders = Collections.unmodifiableList(new ArrayList<>(b.deciders));
        this.comment = b.comment;
        this.timestampMillis = b.timestampMillis;
    }

    /** @return a builder for the gate with this id whose approval page is at {@code approvalUrl} */
    public static Builder builder(@NonNull String gateId, @NonNull String approvalUrl) {
        return new Builder(gateId, approvalUrl);
    }

    /** @return the gate's id, unique within its build */
    public @NonNull String getGateId() {
        return gateId;
    }

    /** @return the approval page, relative to the Jenkins root URL (e.g. {@code job/deploy/12/ai-gate/1/}) */
    public @NonNull String getApprovalUrl() {
        return approvalUrl;
    }

    /** @return the environment the gate protects, if the step named one */
    public @CheckForNull String getEnvironment() {
        return environment;
    }

    /** @return the step's message, if any */
    public @CheckForNull String getMessage() {
        return message;
    }

    /** @return how many commits the gate flagged */
    public int getFlaggedCommits() {
        return flaggedCommits;
    }

    /** @return how many distinct approvals the gate needs */
    public int getRequiredApprovals() {
        return requiredApprovals;
    }

    /**
     * @return how the gate ended, in core's lower-case spelling ({@code approved}, {@code rejected}, {@code expired},
     *     {@code overridden}, {@code superseded}, {@code aborted}); {@code null} while pending
     */
    public @CheckForNull String getOutcome() {
        return outcome;
    }

    /** @return the user ids whose votes decided the gate, in voting order; empty while pending */
    public @NonNull List<String> getDeciders() {
        return deciders;
    }

    /** @return the deciding comment (a rejection reason or break-glass justification), if any */
    public @CheckForNull String getComment() {
        return comment;
    }

    /** @return when the gate started waiting or was decided, in epoch milliseconds */
    public long getTimestampMillis() {
        return timestampMillis;
    }

    /** Collects a {@link GateEvent}'s parts. */
    public static final class Builder {
        private final String gateId;
        private final String approvalUrl;
        private String environment;
        private String message;
        private int flaggedCommits;
        private int requiredApprovals;
        private String outcome;
        private final List<String> deciders = new ArrayList<>();
        private String comment;
        private long timestampMillis;

        private Builder(String gateId, String approvalUrl) {
            this.gateId = gateId;
            this.approvalUrl = approvalUrl;
        }

        public Builder environment(@CheckForNull String value) {
            this.environment = value;
            return this;
        }

        public Builder message(@CheckForNull String value) {
            this.message = value;
            return this;
        }

        public Builder flaggedCommits(int value) {
            this.flaggedCommits = value;
            return this;
        }

        public Builder requiredApprovals(int value) {
            this.requiredApprovals = value;
            return this;
        }

        public Builder outcome(@CheckForNull String value) {
            this.outcome = value;
            return this;
        }

        public Builder decider(@NonNull String userId) {
            this.deciders.add(Objects.requireNonNull(userId, "userId"));
            return this;
        }

        public Builder comment(@CheckForNull String value) {
            this.comment = value;
            return this;
        }

        public Builder timestampMillis(long value) {
            this.timestampMillis = value;
            return this;
        }

        public GateEvent build() {
            return new GateEvent(this);
        }
    }
}
