package io.jenkins.plugins.aigate.gate;

import io.jenkins.plugins.aigate.core.approval.ApprovalRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs of a gate's approval, snapshotted from the policy and the build when the gate paused, so that every
 * vote (and every vote after a restart) is judged by the rules in force when approvers were asked. Plain lists
 * and maps only: this is saved in {@code build.xml}.
 */
public final class ApprovalTerms {
    private final int requiredApprovals;
    private final ArrayList<String> approverGroups;
    private final ArrayList<String> approverUsers;
    private final ArrayList<String> breakGlassGroups;
    private final ArrayList<String> breakGlassUsers;
    private final boolean separationOfDuties;
    private final boolean tokenVotesAllowed;
    private final ArrayList<String> commitEmails;
    private final ArrayList<String> pullRequestAuthors;
    private final ArrayList<String> buildStarters;
    private final HashMap<String, ArrayList<String>> identityEmails;
    private final HashMap<String, ArrayList<String>> identityLogins;

    private ApprovalTerms(Builder b) {
        requiredApprovals = b.requiredApprovals;
        approverGroups = new ArrayList<>(b.approverGroups);
        approverUsers = new ArrayList<>(b.approverUsers);
        breakGlassGroups = new ArrayList<>(b.breakGlassGroups);
        breakGlassUsers = new ArrayList<>(b.breakGlassUsers);
        separationOfDuties = b.separationOfDuties;
        tokenVotesAllowed = b.tokenVotesAllowed;
        commitEmails = new ArrayList<>(b.commitEmails);
        pullRequestAuthors = new ArrayList<>(b.pullRequestAuthors);
        buildStarters = new ArrayList<>(b.buildStarters);
        identityEmails = new HashMap<>();
        b.identityEmails.forEach((k, v) -> identityEmails.put(k, new ArrayList<>(v)));
        identityLogins = new HashMap<>();
        b.identityLogins.forEach((k, v) -> identityLogins.put(k, new ArrayList<>(v)));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** @return a saveable copy of core's request (its deadline and evidence digest live on the gate record) */
    public static ApprovalTerms from(ApprovalRequest request) {
        Builder b = builder()
                .requiredApprovals(request.requiredApprovals())
                .approvers(request.approverGroups(), request.approverUsers())
                .breakGlass(request.breakGlassGroups(), request.breakGlassUsers())
                .separationOfDuties(request.separationOfDuties())
                .tokenVotesAllowed(request.tokenVotesAllowed())
                .commitEmails(request.commitEmails())
                .pullRequestAuthors(request.pullRequestAuthors())
                .buildStarters(request.buildStarters());
        request.identities().forEach((person, aliases) -> b.identity(person, aliases.emails(), aliases.logins()));
        return b.build();
    }

    public int getRequiredApprovals() {
        return requiredApprovals;
    }

    public List<String> getApproverGroups() {
        return List.copyOf(approverGroups);
    }

    public List<String> getApproverUsers() {
        return List.copyOf(approverUsers);
    }

    public List<String> getBreakGlassGroups() {
        return List.copyOf(breakGlassGroups);
    }

    public List<String> getBreakGlassUsers() {
        return List.copyOf(breakGlassUsers);
    }

    public boolean isSeparationOfDuties() {
        return separationOfDuties;
    }

    public boolean isTokenVotesAllowed() {
        return tokenVotesAllowed;
    }

    public List<String> getCommitEmails() {
        return List.copyOf(commitEmails);
    }

    public List<String> getPullRequestAuthors() {
        return List.copyOf(pullRequestAuthors);
    }

    public List<String> getBuildStarters() {
        return List.copyOf(buildStarters);
    }

    /** @return person id to their commit e-mails, from the policy's {@code identities} */
    public Map<String, List<String>> getIdentityEmails() {
        Map<String, List<String>> copy = new HashMap<>();
        identityEmails.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }

    /** @return person id to their SCM logins, from the policy's {@code identities} */
    public Map<String, List<String>> getIdentityLogins() {
        Map<String, List<String>> copy = new HashMap<>();
        identityLogins.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }

    /** Collects the terms; not thread-safe. */
    public static final class Builder {
        private int requiredApprovals = 1;
        private List<String> approverGroups = List.of();
        private List<String> approverUsers = List.of();
        private List<String> breakGlassGroups = List.of();
        private List<String> breakGlassUsers = List.of();
        private boolean separationOfDuties = true;
        private boolean tokenVotesAllowed = true;
        private List<String> commitEmails = List.of();
        private List<String> pullRequestAuthors = List.of();
        private List<String> buildStarters = List.of();
        private final Map<String, List<String>> identityEmails = new HashMap<>();
        private final Map<String, List<String>> identityLogins = new HashMap<>();

        public Builder requiredApprovals(int value) {
            requiredApprovals = value;
            return this;
        }

        public Builder approvers(List<String> groups, List<String> users) {
            approverGroups = groups;
            approverUsers = users;
            return this;
        }

        public Builder breakGlass(List<String> groups, List<String> users) {
            breakGlassGroups = groups;
            breakGlassUsers = users;
            return this;
        }

        public Builder separationOfDuties(boolean value) {
            separationOfDuties = value;
            return this;
        }

        public Builder tokenVotesAllowed(boolean value) {
            tokenVotesAllowed = value;
            return this;
        }

        public Builder commitEmails(List<String> value) {
            commitEmails = value;
            return this;
        }

        public Builder pullRequestAuthors(List<String> value) {
            pullRequestAuthors = value;
            return this;
        }

        public Builder buildStarters(List<String> value) {
            buildStarters = value;
            return this;
        }

        public Builder identity(String personId, List<String> emails, List<String> logins) {
            identityEmails.put(personId, emails);
            identityLogins.put(personId, logins);
            return this;
        }

        public ApprovalTerms build() {
            return new ApprovalTerms(this);
        }
    }
}
