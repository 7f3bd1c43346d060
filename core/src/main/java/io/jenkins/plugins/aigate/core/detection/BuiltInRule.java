package io.jenkins.plugins.aigate.core.detection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One row of the built-in rule table: when {@link #pattern()} matches one of {@link #fields()} (and, if given, the
 * {@link #andPattern()} matches {@link #andField()}, and {@link #unlessPattern()} does not match the same value),
 * the commit carries evidence of {@link #tool()} at {@link #confidence()}.
 */
public final class BuiltInRule {
    private final String id;
    private final String tool;
    private final Confidence confidence;
    private final String field;
    private final List<Field> fields;
    private final String pattern;
    private final String andField;
    private final String andPattern;
    private final String unlessPattern;
    private final String source;

    BuiltInRule(String id, String tool, Confidence confidence, String field, String pattern, String andField,
            String andPattern, String unlessPattern, String source) {
        this.id = Objects.requireNonNull(id, "id");
        this.tool = Objects.requireNonNull(tool, "tool");
        this.confidence = Objects.requireNonNull(confidence, "confidence");
        this.field = Objects.requireNonNull(field, "field");
        List<Field> parsed = new ArrayList<>();
        for (String name : field.split(",")) {
            parsed.add(Field.parse(name));
        }
        this.fields = Collections.unmodifiableList(parsed);
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.andField = andField == null ? "" : andField;
        this.andPattern = andPattern == null ? "" : andPattern;
        this.unlessPattern = unlessPattern == null ? "" : unlessPattern;
        this.source = source == null ? "" : source;
        if (this.andField.isEmpty() != this.andPattern.isEmpty()) {
            throw new IllegalArgumentException(id + ": a condition needs both a field and a pattern");
        }
        if (!this.andField.isEmpty()) {
            Field.parse(this.andField);
        }
    }

    /** @return the rule's id, e.g. {@code CA-01} */
    public String id() {
        return id;
    }

    public String tool() {
        return tool;
    }

    public Confidence confidence() {
        return confidence;
    }

    /** @return the field names as written in the table, comma-separated when the rule reads several */
    public String field() {
        return field;
    }

    public List<Field> fields() {
        return fields;
    }

    /**
     * @return the RE2/J pattern (case-insensitive unless it starts with {@code (?-i)}); {@code {aiLabels}} stands
     *     for the configured AI labels
     */
    public String pattern() {
        return pattern;
    }

    /** @return the field of an extra condition that must also match, or {@code ""} */
    public String andField() {
        return andField;
    }

    /** @return the pattern of the extra condition, or {@code ""} */
    public String andPattern() {
        return andPattern;
    }

    /** @return a pattern that, matching the same value, cancels the rule (e.g. {@code Ai-assisted: false}), or "" */
    public String unlessPattern() {
        return unlessPattern;
    }

    /** @return where the marker is documented or was observed */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return id + " " + tool + " " + confidence + " " + field + " /" + pattern + "/";
    }
}
