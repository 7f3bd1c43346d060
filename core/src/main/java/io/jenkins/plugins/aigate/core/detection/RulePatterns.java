package io.jenkins.plugins.aigate.core.detection;

import com.google.re2j.Pattern;

/** Compiles rule patterns the one way built-in and custom rules share. */
final class RulePatterns {
    private RulePatterns() {
    }

    /**
     * Compiles with RE2/J (linear time, so no pattern can hang the gate), case-insensitive unless the pattern
     * turns that off itself with {@code (?-i)}.
     *
     * @throws com.google.re2j.PatternSyntaxException when the pattern is invalid
     */
    static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }
}
