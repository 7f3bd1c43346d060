package io.jenkins.plugins.aigate.gate;

/** One detector hit on a flagged commit, as shown to approvers and kept in the gate's evidence file. */
public final class EvidenceEntry {
    private final String ruleId;
    private final String tool;
    private final String confidence;
    private final String field;
    private final String value;

    public EvidenceEntry(String ruleId, String tool, String confidence, String field, String value) {
        this.ruleId = ruleId;
        this.tool = tool;
        this.confidence = confidence;
        this.field = field;
        this.value = value;
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getTool() {
        return tool;
    }

    public String getConfidence() {
        return confidence;
    }

    public String getField() {
        return field;
    }

    /** @return the matched text; attacker-controlled, views escape it */
    public String getValue() {
        return value;
    }
}
