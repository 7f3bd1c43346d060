package io.jenkins.plugins.aigate.core.policy;

/**
 * How a source's text values are taken. A form's values are literal; a Configuration-as-Code file read without
 * Configuration as Code (by the CLI) has {@code ^${} escapes to undo and {@code ${...}} that nobody replaced, which
 * the reader of that file wants to point out.
 */
public interface ScalarText {
    /** Values are taken as written and nothing is remarked. */
    ScalarText LITERAL = new ScalarText() {
        @Override
        public String text(String raw, String path, SourcePosition at) {
            return raw;
        }

        @Override
        public String hint(String raw, boolean number) {
            return "";
        }
    };

    /**
     * @param raw  the text as written
     * @param path where it sits in the policy, e.g. {@code approvers.groups[0]}
     * @param at   where it was written, or {@code null}
     * @return the text the policy gets
     */
    String text(String raw, String path, SourcePosition at);

    /**
     * @param raw    a value that is not the number, {@code true}/{@code false} or spelling its key expects
     * @param number whether a whole number was expected
     * @return words to append to the problem's message (starting with a space), or an empty string
     */
    String hint(String raw, boolean number);
}
