package io.jenkins.plugins.aigate.core.approval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an approval process needs to judge votes, as plain values: the quorum, who is eligible, who may break
 * the glass, the people separation of duties excludes, the evidence digest votes must name, and the deadline.
 *
 * <p>It takes no policy type on purpose: the caller copies the policy snapshot's values in, so this package stays
 * independent of how policies are read. All values are strings, lists, maps, booleans and epoch millis, so a
 * caller can persist a copy and rebuild the request after a restart. Build it with {@link #builder(String)}.
 */
public final class ApprovalRequest {
    private final int requiredApprovals;
    private final List<String> approverGroups;
    private final List<String> approverUsers;
    private final List<String> breakGlassGroups;
    private final List<String> breakGlassUsers;
    private final boolean separationOfDuties;
    private final boolean tokenVotesAllowed;
    private final List<String> commitEmails;
    private final List<String> pullRequestAuthors;
    private final List<String> buildStarters;
    private final Map<String, PersonAliases> identities;
    private final String evidenceDigest;
    private final Long deadlineMillis;
    private final TimeoutOutcome onTimeout;

    private ApprovalRequest(Builder b) {
        if (b.requiredApprovals < 1) {
            throw new IllegalArgumentException("requiredApprovals must be at least 1, was " + b.requiredApprovals);
        }
        if (b.evidenceDigest == null || b.evidenceDigest.isBlank()) {
            throw new IllegalArgumentException("evidenceDigest is required");
        }
        this.requiredApprovals = b.requiredApprovals;
        this.approverGroups = freeze(b.approverGroups);
        this.approverUsers = freeze(b.approverUsers);
        this.breakGlassGroups = freeze(b.breakGlassGroups);
        this.breakGlassUsers = freeze(b.breakGlassUsers);
        this.separationOfDuties = b.separationOfDuties;
        this.tokenVotesAllowed = b.tokenVotesAllowed;
        this.commitEmails = freeze(b.commitEmails);
        this.pullRequestAuthors = freeze(b.pullRequestAuthors);
        this.buildStarters = freeze(b.buildStarters);
        LinkedHashMap<String, PersonAliases> ids = new LinkedHashMap<>();
        for (Map.Entry<String, PersonAliases> e : b.identities.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank()) {
                throw new IllegalArgumentException("identities: a person id is blank");
            }
            ids.put(e.getKey(), Objects.requireNonNull(e.getValue(), "identities value for " + e.getKey()));
        }
        this.identities = Collections.unmodifiableMap(ids);
        this.evidenceDigest = b.evidenceDigest;
        this.deadlineMillis = b.deadlineMillis;
        this.onTimeout = Objects.requireNonNull(b.onTimeout, "onTimeout");
    }

    private static List<String> freeze(List<String> values) {
        return Collections.unmodifiableList(new ArrayList<>(values));
    }

    /**
     * @param evidenceDigest the digest of what approvers are shown; every vote must name it
     * @return a builder with quorum 1, separation of duties on, token votes refused and timeouts aborting
     */
    public static Builder builder(String evidenceDigest) {
        return new Builder(evidenceDigest);
    }

    public int requiredApprovals() {
        return requiredApprovals;
    }

    public List<String> approverGroups() {
        return approverGroups;
    }

    public List<String> approverUsers() {
        return approverUsers;
    }

    public List<String> breakGlassGroups() {
        return breakGlassGroups;
    }

    public List<String> breakGlassUsers() {
        return breakGlassUsers;
    }

    public boolean separationOfDuties() {
        return separationOfDuties;
    }

    /** @return whether votes cast with an API token (or an unknown method) count */
    public boolean tokenVotesAllowed() {
        return tokenVotesAllowed;
    }

    /** @return emails of every author, committer and co-author of every flagged commit (blank when git had none) */
    public List<String> commitEmails() {
        return commitEmails;
    }

    /** @return SCM logins of the authors of the pull requests behind flagged commits */
    public List<String> pullRequestAuthors() {
        return pullRequestAuthors;
    }

    /** @return user ids of whoever started the build, a replay or an upstream trigger included */
    public List<String> buildStarters() {
        return buildStarters;
    }

    /** @return person id to the emails and logins that person uses */
    public Map<String, PersonAliases> identities() {
        return identities;
    }

    public String evidenceDigest() {
        return evidenceDigest;
    }

    /** @return the deadline in epoch millis, if any */
    public Optional<Long> deadlineMillis() {
        return Optional.ofNullable(deadlineMillis);
    }

    public TimeoutOutcome onTimeout() {
        return onTimeout;
    }

    /** Collects a request's values; {@link #build()} validates them. */
    public static final class Builder {
        private int requiredApprovals = 1;
        private final List<String> approverGroups = new ArrayList<>();
        private final List<String> approverUsers = new ArrayList<>();
        private final List<String> breakGlassGroups = new ArrayList<>();
        private final List<String> breakGlassUsers = new ArrayList<>();
        private boolean separationOfDuties = true;
        private boolean tokenVotesAllowed;
        private final List<String> commitEmails = new ArrayList<>();
        private final List<String> pullRequestAuthors = new ArrayList<>();
        private final List<String> buildStarters = new ArrayList<>();
        private final Map<String, PersonAliases> identities = new LinkedHashMap<>();
        private final String evidenceDigest;
        private Long deadlineMillis;
        private TimeoutOutcome onTimeout = TimeoutOutcome.ABORT;

        private Builder(String evidenceDigest) {
            this.evidenceDigest = evidenceDigest;
        }

        public Builder requiredApprovals(int count) {
            this.requiredApprovals = count;
            return this;
        }

        public Builder approverGroups(Collection<String> groups) {
            addAll(approverGroups, groups);
            return this;
        }

        public Builder approverUsers(Collection<String> users) {
            addAll(approverUsers, users);
            return this;
        }

        public Builder breakGlassGroups(Collection<String> groups) {
            addAll(breakGlassGroups, groups);
            return this;
        }

        public Builder breakGlassUsers(Collection<String> users) {
            addAll(breakGlassUsers, users);
            return this;
        }

        public Builder separationOfDuties(boolean on) {
            this.separationOfDuties = on;
            return this;
        }

        public Builder tokenVotesAllowed(boolean allowed) {
            this.tokenVotesAllowed = allowed;
            return this;
        }

        /** Adds emails of authors, committers or co-authors of flagged commits; blank ones are kept (fail closed). */
        public Builder commitEmails(Collection<String> emails) {
            addAll(commitEmails, emails);
            return this;
        }

        public Builder pullRequestAuthors(Collection<String> logins) {
            addAll(pullRequestAuthors, logins);
            return this;
        }

        public Builder buildStarters(Collection<String> userIds) {
            addAll(buildStarters, userIds);
            return this;
        }

        public Builder identity(String personId, PersonAliases aliases) {
            identities.put(personId, aliases);
            return this;
        }

        public Builder identities(Map<String, PersonAliases> all) {
            identities.putAll(all);
            return this;
        }

        public Builder deadlineMillis(Long epochMillis) {
            this.deadlineMillis = epochMillis;
            return this;
        }

        public Builder onTimeout(TimeoutOutcome outcome) {
            this.onTimeout = outcome;
            return this;
        }

        private static void addAll(List<String> to, Collection<String> values) {
            for (String v : values) {
                to.add(Objects.requireNonNull(v, "null entry"));
            }
        }

        /**
         * @return the request
         * @throws IllegalArgumentException when the quorum is below 1 or the evidence digest is blank
         */
        public ApprovalRequest build() {
            return new ApprovalRequest(this);
        }
    }
}
