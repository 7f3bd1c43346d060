package io.jenkins.plugins.aigate.core.approval;

import java.util.List;
import java.util.Objects;

/**
 * A vote the process accepted, in plain values (strings, lists, epoch millis) so the plugin can copy it into its
 * own persisted class and hand it back after a restart. Groups and emails are those the voter held when voting.
 */
public final class RecordedVote {
    private final VoteKind kind;
    private final String userId;
    private final String displayName;
    private final List<String> groups;
    private final List<String> emails;
    private final AuthMethod authMethod;
    private final String comment;
    private final long epochMillis;
    private final String evidenceDigest;

    /**
     * @param kind           approve, reject or override
     * @param userId         the voter's user id
     * @param displayName    the voter's display name then
     * @param groups         groups held when voting
     * @param emails         emails the realm knew for the voter when voting
     * @param authMethod     how the voter authenticated
     * @param comment        the comment, reason or justification; empty when none
     * @param epochMillis    when the vote was accepted
     * @param evidenceDigest the evidence digest the voter saw
     */
    public RecordedVote(VoteKind kind, String userId, String displayName, List<String> groups, List<String> emails,
            AuthMethod authMethod, String comment, long epochMillis, String evidenceDigest) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.groups = PersonAliases.copy(groups, "groups");
        this.emails = PersonAliases.copy(emails, "emails");
        this.authMethod = Objects.requireNonNull(authMethod, "authMethod");
        this.comment = Objects.requireNonNull(comment, "comment");
        this.epochMillis = epochMillis;
        this.evidenceDigest = Objects.requireNonNull(evidenceDigest, "evidenceDigest");
    }

    public VoteKind kind() {
        return kind;
    }

    public String userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public List<String> groups() {
        return groups;
    }

    public List<String> emails() {
        return emails;
    }

    public AuthMethod authMethod() {
        return authMethod;
    }

    public String comment() {
        return comment;
    }

    public long epochMillis() {
        return epochMillis;
    }

    public String evidenceDigest() {
        return evidenceDigest;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RecordedVote)) {
            return false;
        }
        RecordedVote v = (RecordedVote) o;
        return kind == v.kind && userId.equals(v.userId) && displayName.equals(v.displayName)
                && groups.equals(v.groups) && emails.equals(v.emails) && authMethod == v.authMethod
                && comment.equals(v.comment) && epochMillis == v.epochMillis && evidenceDigest.equals(v.evidenceDigest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, userId, epochMillis, evidenceDigest);
    }

    @Override
    public String toString() {
        return kind + " by " + userId + " at " + epochMillis;
    }
}
