package io.jenkins.plugins.aigate.gate;

import io.jenkins.plugins.aigate.core.approval.AuthMethod;
import io.jenkins.plugins.aigate.core.approval.RecordedVote;
import io.jenkins.plugins.aigate.core.approval.VoteKind;
import java.util.ArrayList;
import java.util.List;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * Core's {@link RecordedVote} as saved in {@code build.xml}: plain fields, epoch millis, {@link ArrayList}s, so
 * Jenkins' class filter loads it (core's enums pass the filter; its classes do not). Made only by {@link #of} and read
 * back only through {@link #toRecordedVote}, so the vote's rules stay in core. Groups and e-mails are kept for the
 * audit but not exported to the REST API.
 */
@ExportedBean
public final class VoteEntry {
    private final VoteKind type;
    private final String userId;
    private final String displayName;
    private final ArrayList<String> groups;
    private final ArrayList<String> emails;
    /** The {@link AuthMethod}'s name, kept as a string so a record names a method this version lacks and loads. */
    private final String authMethod;
    private final String comment;
    private final long epochMillis;
    private final String evidenceDigest;

    private VoteEntry(RecordedVote vote) {
        type = vote.kind();
        userId = vote.userId();
        displayName = vote.displayName();
        groups = new ArrayList<>(vote.groups());
        emails = new ArrayList<>(vote.emails());
        authMethod = vote.authMethod().name();
        comment = vote.comment();
        epochMillis = vote.epochMillis();
        evidenceDigest = vote.evidenceDigest();
    }

    /** @return the saveable copy of a vote core accepted */
    public static VoteEntry of(RecordedVote vote) {
        return new VoteEntry(vote);
    }

    /** @return the vote as core had it; an unknown or missing authentication method reads as unknown */
    public RecordedVote toRecordedVote() {
        return new RecordedVote(type, userId, displayName, groups, emails, authMethod(authMethod), comment,
                epochMillis, evidenceDigest);
    }

    private static AuthMethod authMethod(String name) {
        try {
            return name == null ? AuthMethod.UNKNOWN : AuthMethod.valueOf(name);
        } catch (IllegalArgumentException e) {
            return AuthMethod.UNKNOWN;
        }
    }

    @Exported
    public VoteKind getType() {
        return type;
    }

    @Exported
    public String getUserId() {
        return userId;
    }

    @Exported
    public String getDisplayName() {
        return displayName;
    }

    /** @return the groups the voter held when voting (not exported) */
    public List<String> getGroups() {
        return List.copyOf(groups);
    }

    /** @return how the voter authenticated: web session, API token, ... */
    @Exported
    public String getAuthMethod() {
        return authMethod;
    }

    @Exported
    public String getComment() {
        return comment;
    }

    @Exported
    public long getEpochMillis() {
        return epochMillis;
    }
}
