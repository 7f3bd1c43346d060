package io.jenkins.plugins.aigate.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * One accepted vote as saved in {@code build.xml}: plain fields, epoch millis, {@link ArrayList}s, so Jenkins'
 * class filter loads it. Groups and e-mails are kept for the audit but not exported to the REST API.
 */
@ExportedBean
public final class VoteEntry {
    private final VoteType type;
    private final String userId;
    private final String displayName;
    private final ArrayList<String> groups;
    private final ArrayList<String> emails;
    private final String authMethod;
    private final String comment;
    private final long epochMillis;
    private final String evidenceDigest;

    public VoteEntry(VoteType type, String userId, String displayName, List<String> groups, List<String> emails,
            String authMethod, String comment, long epochMillis, String evidenceDigest) {
        this.type = Objects.requireNonNull(type, "type");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.displayName = displayName == null ? userId : displayName;
        this.groups = new ArrayList<>(groups);
        this.emails = new ArrayList<>(emails);
        this.authMethod = authMethod;
        this.comment = comment == null ? "" : comment;
        this.epochMillis = epochMillis;
        this.evidenceDigest = evidenceDigest;
    }

    @Exported
    public VoteType getType() {
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

    /** @return the voter's e-mail addresses used for separation of duties (not exported) */
    public List<String> getEmails() {
        return List.copyOf(emails);
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

    /** @return the evidence digest the voter saw */
    public String getEvidenceDigest() {
        return evidenceDigest;
    }
}
