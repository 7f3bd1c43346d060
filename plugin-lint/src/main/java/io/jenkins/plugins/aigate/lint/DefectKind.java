package io.jenkins.plugins.aigate.lint;

/** The kinds of defect {@link PluginResourceLint} finds. */
public enum DefectKind {
    /** A Jelly view is not well-formed XML; Stapler would fail to render it. */
    MALFORMED_XML("not well-formed XML"),
    /** A Jelly view lacks {@code <?jelly escape-by-default='true'?>}, so text in it would reach HTML unescaped. */
    NOT_ESCAPED_BY_DEFAULT("missing <?jelly escape-by-default='true'?> before the root element"),
    /** A {@code ${%Key}} in a view has no entry in the view's properties file. */
    MISSING_LOCALIZATION("no properties entry for ${%key}"),
    /** A form field has no {@code help-<field>.html}. */
    MISSING_HELP("no help file for form field"),
    /**
     * A message has a lone apostrophe: Jenkins formats every message with {@code MessageFormat}, which drops it
     * and leaves the rest of the text unformatted; write {@code ''} instead.
     */
    LONE_APOSTROPHE("lone apostrophe in a message (MessageFormat drops it; write '')"),
    /** A properties file cannot be read. */
    UNREADABLE_PROPERTIES("unreadable properties file");

    private final String description;

    DefectKind(String description) {
        this.description = description;
    }

    /** A short English description for the build log. */
    public String description() {
        return description;
    }
}
