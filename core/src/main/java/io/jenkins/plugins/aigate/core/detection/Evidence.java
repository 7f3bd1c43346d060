package io.jenkins.plugins.aigate.core.detection;

import java.util.Objects;
import java.util.Optional;

/**
 * One rule that fired on one commit: which rule, which tool it points at, how sure it is, which field it read
 * and the value it matched there. Evidence from a pull request also names that pull request (its provenance).
 */
public final class Evidence {
    private final String ruleId;
    private final String tool;
    private final Confidence confidence;
    private final String field;
    private final String value;
    private final String provenance;

    /**
     * @param ruleId     the rule's id, e.g. {@code CA-01} or a custom rule's name
     * @param tool       the tool or convention the rule points at
     * @param confidence how sure the rule is
     * @param field      the field it read, in the detector's vocabulary (e.g. {@code trailer:Co-authored-by})
     * @param value      the value it matched, as found (before normalisation)
     * @param provenance where the field came from when not the commit itself (e.g. a pull request), or {@code null}
     */
    public Evidence(String ruleId, String tool, Confidence confidence, String field, String value,
            String provenance) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.tool = Objects.requireNonNull(tool, "tool");
        this.confidence = Objects.requireNonNull(confidence, "confidence");
        this.field = Objects.requireNonNull(field, "field");
        this.value = Objects.requireNonNull(value, "value");
        this.provenance = provenance;
    }

    public String ruleId() {
        return ruleId;
    }

    public String tool() {
        return tool;
    }

    public Confidence confidence() {
        return confidence;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }

    public Optional<String> provenance() {
        return Optional.ofNullable(provenance);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Evidence)) {
            return false;
        }
        Evidence that = (Evidence) o;
        return ruleId.equals(that.ruleId) && tool.equals(that.tool) && confidence == that.confidence
                && field.equals(that.field) && value.equals(that.value) && Objects.equals(provenance, that.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, tool, confidence, field, value, provenance);
    }

    @Override
    public String toString() {
        return ruleId + " " + tool + " " + confidence + " " + field + "=" + value
                + (provenance == null ? "" : " (" + provenance + ")");
    }
}
