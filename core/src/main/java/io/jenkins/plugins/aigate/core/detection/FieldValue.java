package io.jenkins.plugins.aigate.core.detection;

/**
 * One value of a field as rules see it: the text as found, its normalised form when that differs, what to show as
 * evidence, and a group tying the name and email of one co-author trailer together.
 */
final class FieldValue {
    /** The value as found, or {@code null} when it exists only after normalisation. */
    final String raw;
    /** The normalised value when it differs from {@link #raw}, else {@code null}. */
    final String normalised;
    /** What evidence shows (the raw value, or the raw line a trailer was found on). */
    final String display;
    /** Identifies the co-author line this value came from (compared with equals), or {@code null}. */
    final Object group;
    private String lowerRaw;
    private String lowerNormalised;

    FieldValue(String raw, String normalised, String display, Object group) {
        this.raw = raw;
        this.normalised = normalised;
        this.display = display;
        this.group = group;
    }

    /** @return whether {@code text} (this value's raw or normalised form) may match a rule needing {@code literal} */
    boolean mayContain(String text, RequiredLiteral literal) {
        if (literal == null) {
            return true;
        }
        String lower;
        if (text == raw) {
            if (lowerRaw == null) {
                lowerRaw = RequiredLiteral.asciiLower(raw);
            }
            lower = lowerRaw;
        } else {
            if (lowerNormalised == null) {
                lowerNormalised = RequiredLiteral.asciiLower(text);
            }
            lower = lowerNormalised;
        }
        return literal.foundIn(lower);
    }

    /** A value found as is, normalised here. */
    static FieldValue of(String raw, Object group) {
        String normalised = TextNormalizer.normalize(raw);
        return new FieldValue(raw, normalised.equals(raw) ? null : normalised, raw, group);
    }
}
