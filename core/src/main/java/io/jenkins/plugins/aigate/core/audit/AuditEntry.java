package io.jenkins.plugins.aigate.core.audit;

import io.jenkins.plugins.aigate.core.approval.RecordedVote;
import io.jenkins.plugins.aigate.core.detection.Evidence;
import io.jenkins.plugins.aigate.core.lifecycle.GateState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a caller asks the log to record. The log adds the sequence number, key id, time, the previous record's MAC
 * and the MAC itself. Build one with {@link #gateDecision}, {@link #policyChange} or {@link #breakGlass}.
 *
 * <p>Strings are recorded as given (commit text is attacker-controlled: the canonical JSON escapes control
 * characters, and readers must escape for their own output). Absent optional values are left out of the record.
 */
public final class AuditEntry {
    private final AuditRecordType type;
    private final AuditOrigin origin;
    private final Map<String, Object> body;
    private final List<Object> flaggedCommits;

    private AuditEntry(AuditRecordType type, AuditOrigin origin, Map<String, Object> body,
            List<Object> flaggedCommits) {
        this.type = Objects.requireNonNull(type, "type");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.body = Collections.unmodifiableMap(new LinkedHashMap<>(body));
        this.flaggedCommits = flaggedCommits == null ? null : Collections.unmodifiableList(flaggedCommits);
    }

    /** @return a builder for a gate's evaluation or decision */
    public static GateDecisionBuilder gateDecision(AuditOrigin origin) {
        return new GateDecisionBuilder(origin);
    }

    /** @return a builder for a change of the policy in force */
    public static PolicyChange policyChange(AuditOrigin origin) {
        return new PolicyChange(origin);
    }

    /** @return a builder for a use of break-glass */
    public static BreakGlass breakGlass(AuditOrigin origin) {
        return new BreakGlass(origin);
    }

    /** Written by the log before {@code origin}'s own record, so the repairing program is named. */
    static AuditEntry tailRepaired(long bytes, String sha256, String savedAs, AuditOrigin origin) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bytes", bytes);
        body.put("sha256", sha256);
        body.put("savedAs", savedAs);
        return new AuditEntry(AuditRecordType.TAIL_REPAIRED, origin, body, null);
    }

    public AuditRecordType type() {
        return type;
    }

    public AuditOrigin origin() {
        return origin;
    }

    /** @return the record body without the flagged commits */
    Map<String, Object> body() {
        return body;
    }

    /** @return the flagged commits in canonical-JSON form, or {@code null} when the entry has none */
    List<Object> flaggedCommits() {
        return flaggedCommits;
    }

    static Map<String, Object> vote(RecordedVote v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", v.kind().name());
        m.put("userId", v.userId());
        m.put("displayName", v.displayName());
        m.put("groups", new ArrayList<Object>(v.groups()));
        m.put("authMethod", v.authMethod().name());
        m.put("comment", v.comment());
        m.put("time", v.epochMillis());
        m.put("evidenceDigest", v.evidenceDigest());
        return m;
    }

    private static void putIfPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    /** Builds the record of a gate's evaluation (from the plugin or the CLI) or of its final decision. */
    public static final class GateDecisionBuilder {
        private final AuditOrigin origin;
        private final Map<String, Object> body = new LinkedHashMap<>();
        private final List<Object> flagged = new ArrayList<>();
        private final List<Object> approvers = new ArrayList<>();
        private final List<Object> reasons = new ArrayList<>();

        private GateDecisionBuilder(AuditOrigin origin) {
            this.origin = Objects.requireNonNull(origin, "origin");
        }

        /** @param fullName the job's full name (folders included) */
        public GateDecisionBuilder job(String fullName) {
            putIfPresent(body, "job", fullName);
            return this;
        }

        /** @param buildId the build number or id */
        public GateDecisionBuilder build(String buildId) {
            putIfPresent(body, "build", buildId);
            return this;
        }

        /** @param repository the repository URL or, from the CLI, its path */
        public GateDecisionBuilder repository(String repository) {
            putIfPresent(body, "repository", repository);
            return this;
        }

        /** @param environment the deploy environment the gate guards */
        public GateDecisionBuilder environment(String environment) {
            putIfPresent(body, "environment", environment);
            return this;
        }

        /**
         * @param base the baseline commit, or {@code null} when there was none
         * @param head the head commit
         */
        public GateDecisionBuilder range(String base, String head) {
            Map<String, Object> r = new LinkedHashMap<>();
            putIfPresent(r, "base", base);
            r.put("head", Objects.requireNonNull(head, "head"));
            body.put("range", r);
            return this;
        }

        /**
         * As {@link #range(String, String)}, with how the baseline was found and whether the range was cut short.
         *
         * @param baselineStatus the baseline's status code (e.g. {@code KNOWN}, {@code NOT_ANCESTOR})
         * @param truncated      whether the range was cut at the policy's commit limit
         */
        public GateDecisionBuilder range(String base, String head, String baselineStatus, boolean truncated) {
            range(base, head);
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) body.get("range");
            r.put("baselineStatus", Objects.requireNonNull(baselineStatus, "baselineStatus"));
            r.put("truncated", truncated);
            return this;
        }

        /** Adds a flagged commit with the evidence that flagged it. */
        public GateDecisionBuilder flaggedCommit(String commitId, List<Evidence> evidence) {
            return flaggedCommit(commitId, evidence, List.of(), false);
        }

        /**
         * Adds a commit the decision names, with its evidence, the policy rules that applied to it, and whether an
         * exempt rule excused it.
         */
        public GateDecisionBuilder flaggedCommit(String commitId, List<Evidence> evidence, List<String> rules,
                boolean exempt) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", Objects.requireNonNull(commitId, "commitId"));
            if (!rules.isEmpty()) {
                c.put("rules", new ArrayList<Object>(rules));
            }
            if (exempt) {
                c.put("exempt", true);
            }
            List<Object> ev = new ArrayList<>();
            for (Evidence e : evidence) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("rule", e.ruleId());
                m.put("tool", e.tool());
                m.put("confidence", e.confidence().name());
                m.put("field", e.field());
                m.put("value", e.value());
                putIfPresent(m, "provenance", e.provenance().orElse(null));
                ev.add(m);
            }
            c.put("evidence", ev);
            flagged.add(c);
            return this;
        }

        /**
         * @param fingerprint the policy's fingerprint
         * @param mode        its mode as spelled in the policy ({@code enforce}, {@code observe}, {@code off})
         */
        public GateDecisionBuilder policy(String fingerprint, String mode) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("fingerprint", Objects.requireNonNull(fingerprint, "fingerprint"));
            p.put("mode", Objects.requireNonNull(mode, "mode"));
            body.put("policy", p);
            return this;
        }

        /**
         * @param decision the state the gate reached, recorded by its name (e.g. {@code APPROVAL_REQUIRED})
         * @throws IllegalArgumentException for {@link GateState#EVALUATING}, which is no decision
         */
        public GateDecisionBuilder decision(GateState decision) {
            if (decision == GateState.EVALUATING) {
                throw new IllegalArgumentException("a gate still being evaluated has no decision");
            }
            body.put("decision", decision.name());
            return this;
        }

        /** @param count the quorum that applied */
        public GateDecisionBuilder requiredApprovals(int count) {
            body.put("requiredApprovals", (long) count);
            return this;
        }

        /** Adds a reason code (e.g. the rule that raised the quorum, or that the range had no baseline). */
        public GateDecisionBuilder reason(String code) {
            reasons.add(Objects.requireNonNull(code, "code"));
            return this;
        }

        /**
         * Adds an accepted vote: approver id, display name, groups held then, how they authenticated, comment, time.
         * An override vote is recorded here too, and {@link #override} marks the record.
         */
        public GateDecisionBuilder vote(RecordedVote vote) {
            approvers.add(AuditEntry.vote(vote));
            return this;
        }

        /** @param ruleName the policy rule that raised the quorum */
        public GateDecisionBuilder quorumRule(String ruleName) {
            putIfPresent(body, "quorumRule", ruleName);
            return this;
        }

        /** @param by who stopped the build, or which head superseded the gate */
        public GateDecisionBuilder closedBy(String by) {
            putIfPresent(body, "closedBy", by);
            return this;
        }

        /** @param count how many commits the gate inspected */
        public GateDecisionBuilder commitsInspected(int count) {
            body.put("commitsInspected", (long) count);
            return this;
        }

        /** Marks the decision as a break-glass override. */
        public GateDecisionBuilder override(String userId, String justification) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("userId", Objects.requireNonNull(userId, "userId"));
            o.put("justification", Objects.requireNonNull(justification, "justification"));
            body.put("override", o);
            return this;
        }

        public GateDecisionBuilder evidenceDigest(String digest) {
            putIfPresent(body, "evidenceDigest", digest);
            return this;
        }

        /** @param epochMillis when the gate started evaluating */
        public GateDecisionBuilder startedAt(long epochMillis) {
            body.put("startedAt", epochMillis);
            return this;
        }

        /** @param epochMillis when the decision was made */
        public GateDecisionBuilder decidedAt(long epochMillis) {
            body.put("decidedAt", epochMillis);
            return this;
        }

        /**
         * @return the entry
         * @throws IllegalStateException when no decision was set
         */
        public AuditEntry build() {
            if (!body.containsKey("decision")) {
                throw new IllegalStateException("a gate record needs a decision");
            }
            Map<String, Object> b = new LinkedHashMap<>(body);
            b.put("approvers", new ArrayList<>(approvers));
            if (!reasons.isEmpty()) {
                b.put("reasons", new ArrayList<>(reasons));
            }
            return new AuditEntry(AuditRecordType.GATE_DECISION, origin, b, new ArrayList<>(flagged));
        }
    }

    /** The policy in force changed. */
    public static final class PolicyChange {
        private final AuditOrigin origin;
        private final Map<String, Object> body = new LinkedHashMap<>();

        private PolicyChange(AuditOrigin origin) {
            this.origin = Objects.requireNonNull(origin, "origin");
        }

        /** @param userId who changed it */
        public PolicyChange by(String userId, String displayName) {
            body.put("userId", Objects.requireNonNull(userId, "userId"));
            body.put("displayName", Objects.requireNonNull(displayName, "displayName"));
            return this;
        }

        /** @param oldFingerprint the previous policy's fingerprint, or {@code null} for the first policy */
        public PolicyChange fingerprints(String oldFingerprint, String newFingerprint) {
            putIfPresent(body, "oldFingerprint", oldFingerprint);
            body.put("newFingerprint", Objects.requireNonNull(newFingerprint, "newFingerprint"));
            return this;
        }

        /** @param source where the change came from (e.g. {@code web}, {@code casc}) */
        public PolicyChange source(String source) {
            putIfPresent(body, "source", source);
            return this;
        }

        public PolicyChange at(long epochMillis) {
            body.put("changedAt", epochMillis);
            return this;
        }

        /** @throws IllegalStateException without who and the new fingerprint */
        public AuditEntry build() {
            if (!body.containsKey("userId") || !body.containsKey("newFingerprint")) {
                throw new IllegalStateException("a policy change needs who made it and the new fingerprint");
            }
            return new AuditEntry(AuditRecordType.POLICY_CHANGE, origin, body, null);
        }
    }

    /** Someone used break-glass. */
    public static final class BreakGlass {
        private final AuditOrigin origin;
        private final Map<String, Object> body = new LinkedHashMap<>();

        private BreakGlass(AuditOrigin origin) {
            this.origin = Objects.requireNonNull(origin, "origin");
        }

        public BreakGlass job(String fullName) {
            putIfPresent(body, "job", fullName);
            return this;
        }

        public BreakGlass build(String buildId) {
            putIfPresent(body, "build", buildId);
            return this;
        }

        public BreakGlass environment(String environment) {
            putIfPresent(body, "environment", environment);
            return this;
        }

        /** @param vote the accepted override vote (who, groups then, how authenticated, justification, time) */
        public BreakGlass vote(RecordedVote vote) {
            body.put("override", AuditEntry.vote(vote));
            return this;
        }

        /** @throws IllegalStateException without the override vote */
        public AuditEntry build() {
            if (!body.containsKey("override")) {
                throw new IllegalStateException("a break-glass record needs the override vote");
            }
            return new AuditEntry(AuditRecordType.BREAK_GLASS, origin, body, null);
        }
    }
}
