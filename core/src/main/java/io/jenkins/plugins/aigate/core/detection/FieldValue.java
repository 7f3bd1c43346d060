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
    /** Whether a trailer found outside git's trailer block counts as much as one inside it (a squash body's). */
    final boolean fullConfidence;
    /** Which of the detector's literals the raw and normalised forms contain, found on first use. */
    private boolean[] presentRaw;
    private boolean[] presentNormalised;
    /** For declaration rules ({@link ProseMatcher}): the lines and lower-cased text of each form, on first use. */
    private MessageLayout layoutRaw;
    private MessageLayout layoutNormalised;
    private String lowerRaw;
    private String lowerNormalised;

    FieldValue(String raw, String normalised, String display, Object group) {
        this(raw, normalised, display, group, false);
    }

    FieldValue(String raw, String normalised, String display, Object group, boolean fullConfidence) {
        this.raw = raw;
        this.normalised = normalised;
        this.display = display;
        this.group = group;
        this.fullConfidence = fullConfidence;
    }

    /** @return the lines of {@code text}, this value's raw or normalised form */
    MessageLayout layout(String text) {
        if (text == raw) {
            if (layoutRaw == null) {
                layoutRaw = new MessageLayout(raw);
            }
            return layoutRaw;
        }
        if (layoutNormalised == null) {
            layoutNormalised = new MessageLayout(text);
        }
        return layoutNormalised;
    }

    private int namesAiRaw = -1;
    private int namesAiNormalised = -1;

    /** @return whether {@code text}, this value's raw or normalised form, may name an AI (checked once) */
    boolean mayNameAi(String text, LiteralTable literals, int[] aiWordIds) {
        if (text == raw) {
            if (namesAiRaw < 0) {
                namesAiRaw = ProseMatcher.mayNameAi(lower(text), present(text, literals), literals, aiWordIds) ? 1 : 0;
            }
            return namesAiRaw == 1;
        }
        if (namesAiNormalised < 0) {
            namesAiNormalised = ProseMatcher.mayNameAi(lower(text), present(text, literals), literals, aiWordIds)
                    ? 1 : 0;
        }
        return namesAiNormalised == 1;
    }

    /** @return {@code text}, this value's raw or normalised form, lower-cased as required literals are */
    String lower(String text) {
        if (text == raw) {
            if (lowerRaw == null) {
                lowerRaw = RequiredLiteral.asciiLower(raw);
            }
            return lowerRaw;
        }
        if (lowerNormalised == null) {
            lowerNormalised = RequiredLiteral.asciiLower(text);
        }
        return lowerNormalised;
    }

    /**
     * @param text       this value's raw or normalised form
     * @param literalIds a rule's required literals, {@code null} when it has none
     * @param literals   the detector's table the ids come from
     * @return whether {@code text} may match the rule: it contains one of the literals
     */
    boolean mayContain(String text, int[] literalIds, LiteralTable literals) {
        return literalIds == null || LiteralTable.anyPresent(present(text, literals), literalIds);
    }

    /** @return for each of the detector's literals, whether {@code text} (raw or normalised) holds it; found once */
    boolean[] present(String text, LiteralTable literals) {
        if (text == raw) {
            if (presentRaw == null) {
                presentRaw = literals.presentIn(raw);
            }
            return presentRaw;
        }
        if (presentNormalised == null) {
            presentNormalised = literals.presentIn(text);
        }
        return presentNormalised;
    }

    /** A value found as is, normalised here. */
    static FieldValue of(String raw, Object group) {
        String normalised = TextNormalizer.normalize(raw);
        return new FieldValue(raw, normalised.equals(raw) ? null : normalised, raw, group);
    }
}
