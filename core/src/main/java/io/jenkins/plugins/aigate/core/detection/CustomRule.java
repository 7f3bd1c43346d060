package io.jenkins.plugins.aigate.core.detection;

import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An administrator's own detection rule: when {@code pattern} matches {@code field}, the commit carries evidence
 * of {@code tool} at {@code confidence}. Patterns are RE2/J regular expressions (linear time, so a hostile pattern
 * cannot hang the gate), matched case-insensitively unless they start with {@code (?-i)}, searched anywhere in the
 * value unless anchored. The spec is kept as given, so a broken rule can be shown back with its problems.
 */
public final class CustomRule {
    private final String name;
    private final String field;
    private final String pattern;
    private final String tool;
    private final Confidence confidence;

    /**
     * @param name       the rule's id in evidence, e.g. {@code acme-bot}
     * @param field      a field name, see {@link Field#parse(String)}
     * @param pattern    an RE2/J regular expression
     * @param tool       the tool or convention the rule points at
     * @param confidence how sure a match is
     */
    public CustomRule(String name, String field, String pattern, String tool, Confidence confidence) {
        this.name = name == null ? "" : name.strip();
        this.field = field == null ? "" : field.strip();
        this.pattern = pattern == null ? "" : pattern;
        this.tool = tool == null ? "" : tool.strip();
        this.confidence = confidence;
    }

    public String name() {
        return name;
    }

    public String field() {
        return field;
    }

    public String pattern() {
        return pattern;
    }

    public String tool() {
        return tool;
    }

    /** @return the confidence, or {@code null} when none was given (a {@link #validate()} problem) */
    public Confidence confidence() {
        return confidence;
    }

    /** @return every problem with this rule on its own (name clashes are checked by {@link DetectionSettings}) */
    public List<RuleProblem> validate() {
        List<RuleProblem> problems = new ArrayList<>();
        String id = name;
        if (name.isEmpty()) {
            problems.add(new RuleProblem(RuleProblem.Code.MISSING_NAME, "", describe()));
        } else if (!name.matches("[A-Za-z0-9_.:\\-]+")) {
            problems.add(new RuleProblem(RuleProblem.Code.INVALID_NAME, id, name));
        }
        if (field.isEmpty()) {
            problems.add(new RuleProblem(RuleProblem.Code.MISSING_FIELD, id, ""));
        } else {
            try {
                Field.parse(field);
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem(RuleProblem.Code.UNKNOWN_FIELD, id, e.getMessage()));
            }
        }
        if (pattern.isEmpty()) {
            problems.add(new RuleProblem(RuleProblem.Code.MISSING_PATTERN, id, ""));
        } else {
            try {
                RulePatterns.compile(pattern);
            } catch (PatternSyntaxException e) {
                problems.add(new RuleProblem(RuleProblem.Code.INVALID_PATTERN, id, e.getMessage()));
            } catch (RuntimeException e) {
                problems.add(new RuleProblem(RuleProblem.Code.INVALID_PATTERN, id, String.valueOf(e.getMessage())));
            }
        }
        if (tool.isEmpty()) {
            problems.add(new RuleProblem(RuleProblem.Code.MISSING_TOOL, id, ""));
        }
        if (confidence == null) {
            problems.add(new RuleProblem(RuleProblem.Code.MISSING_CONFIDENCE, id, ""));
        }
        return problems;
    }

    private String describe() {
        return "field '" + field + "', pattern '" + pattern + "'";
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CustomRule)) {
            return false;
        }
        CustomRule that = (CustomRule) o;
        return name.equals(that.name) && field.equals(that.field) && pattern.equals(that.pattern)
                && tool.equals(that.tool) && confidence == that.confidence;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, field, pattern, tool, confidence);
    }

    @Override
    public String toString() {
        return name + " " + field + " /" + pattern + "/ " + tool + " " + confidence;
    }
}
