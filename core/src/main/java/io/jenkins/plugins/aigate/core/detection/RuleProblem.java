package io.jenkins.plugins.aigate.core.detection;

import java.util.Objects;

/**
 * One thing wrong with a detection rule or setting: a code the plugin can localise, the rule it concerns and a
 * detail (the bad value or the regex compiler's message), plus an English {@link #message()}.
 */
public final class RuleProblem {
    /** What is wrong. */
    public enum Code {
        /** A custom rule has no name. */
        MISSING_NAME,
        /** A custom rule's name is not usable as an id (letters, digits, {@code - _ . :} only). */
        INVALID_NAME,
        /** Two custom rules, or a custom rule and a built-in rule, share a name. */
        DUPLICATE_NAME,
        /** A custom rule names no field. */
        MISSING_FIELD,
        /** A custom rule names a field outside the vocabulary. */
        UNKNOWN_FIELD,
        /** A custom rule has no pattern. */
        MISSING_PATTERN,
        /** A custom rule's pattern does not compile. */
        INVALID_PATTERN,
        /** A custom rule names no tool. */
        MISSING_TOOL,
        /** A custom rule has no confidence. */
        MISSING_CONFIDENCE,
        /** A disabled rule id names no built-in rule. */
        UNKNOWN_DISABLED_RULE,
        /** An AI label is empty. */
        BLANK_LABEL
    }

    private final Code code;
    private final String rule;
    private final String detail;

    /**
     * @param code   what is wrong
     * @param rule   the rule's name or id, or {@code ""} when the problem concerns no rule
     * @param detail the offending value or the compiler's message, possibly {@code ""}
     */
    public RuleProblem(Code code, String rule, String detail) {
        this.code = Objects.requireNonNull(code, "code");
        this.rule = rule == null ? "" : rule;
        this.detail = detail == null ? "" : detail;
    }

    public Code code() {
        return code;
    }

    public String rule() {
        return rule;
    }

    public String detail() {
        return detail;
    }

    /** @return an English sentence naming the rule and what to fix */
    public String message() {
        String subject = rule.isEmpty() ? "" : "Rule '" + rule + "': ";
        switch (code) {
            case MISSING_NAME:
                return "A custom rule has no name" + (detail.isEmpty() ? "" : " (" + detail + ")");
            case INVALID_NAME:
                return subject + "the name may contain only letters, digits and - _ . :";
            case DUPLICATE_NAME:
                return subject + "the name is already used" + (detail.isEmpty() ? "" : " by " + detail);
            case MISSING_FIELD:
                return subject + "no field given";
            case UNKNOWN_FIELD:
                return subject + detail;
            case MISSING_PATTERN:
                return subject + "no pattern given";
            case INVALID_PATTERN:
                return subject + "invalid regular expression: " + detail;
            case MISSING_TOOL:
                return subject + "no tool given";
            case MISSING_CONFIDENCE:
                return subject + "no confidence given (WEAK, STRONG or DEFINITIVE)";
            case UNKNOWN_DISABLED_RULE:
                return "Disabled rule '" + detail + "' is not a built-in rule id";
            case BLANK_LABEL:
                return "An AI label is empty";
            default:
                return subject + code + " " + detail;
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RuleProblem)) {
            return false;
        }
        RuleProblem that = (RuleProblem) o;
        return code == that.code && rule.equals(that.rule) && detail.equals(that.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, rule, detail);
    }

    @Override
    public String toString() {
        return message();
    }
}
