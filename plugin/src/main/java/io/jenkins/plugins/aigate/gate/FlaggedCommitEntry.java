package io.jenkins.plugins.aigate.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * A commit that needs approval, as approvers see it. Every text field is attacker-controlled commit metadata:
 * views render it escaped and the console log strips control characters.
 */
public final class FlaggedCommitEntry {
    private final String id;
    private final String authorName;
    private final String authorEmail;
    private final String committerName;
    private final String committerEmail;
    private final String message;
    private final boolean aiAssisted;
    private final ArrayList<EvidenceEntry> evidence;
    private final ArrayList<String> reasons;

    /**
     * @param aiAssisted whether the detector flagged it (a rule with {@code anyCommit} can gate human commits)
     * @param reasons    why it needs approval: rule names, in core's vocabulary
     */
    public FlaggedCommitEntry(String id, String authorName, String authorEmail, String committerName,
            String committerEmail, String message, boolean aiAssisted, List<EvidenceEntry> evidence,
            List<String> reasons) {
        this.id = id;
        this.authorName = authorName;
        this.authorEmail = authorEmail;
        this.committerName = committerName;
        this.committerEmail = committerEmail;
        this.message = message;
        this.aiAssisted = aiAssisted;
        this.evidence = new ArrayList<>(evidence);
        this.reasons = new ArrayList<>(reasons);
    }

    public String getId() {
        return id;
    }

    public String getShortId() {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorEmail() {
        return authorEmail;
    }

    public String getCommitterName() {
        return committerName;
    }

    public String getCommitterEmail() {
        return committerEmail;
    }

    public String getMessage() {
        return message;
    }

    public String getSubject() {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    public boolean isAiAssisted() {
        return aiAssisted;
    }

    public List<EvidenceEntry> getEvidence() {
        return List.copyOf(evidence);
    }

    public List<String> getReasons() {
        return List.copyOf(reasons);
    }
}
