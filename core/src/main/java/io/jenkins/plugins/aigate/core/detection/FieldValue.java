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
    /** What rules learn about the raw and the normalised form, found on first use. */
    private Form rawForm;
    private Form normalisedForm;

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

    /** What rules learn about one form of the value (raw or normalised), each part found once. */
    private static final class Form {
        boolean[] present;
        MessageLayout layout;
        String lower;
        int namesAi = -1;
    }

    private Form form(String text) {
        if (text == raw) {
            if (rawForm == null) {
                rawForm = new Form();
            }
            return rawForm;
        }
        if (normalisedForm == null) {
            normalisedForm = new Form();
        }
        return normalisedForm;
    }

    /** @return the lines of {@code text}, this value's raw or normalised form */
    MessageLayout layout(String text) {
        Form form = form(text);
        if (form.layout == null) {
            form.layout = new MessageLayout(text);
        }
        return form.layout;
    }

    /** @return whether {@code text}, this value's raw or normalised form, may name an AI (checked once) */
    boolean mayNameAi(String text, LiteralTable literals, int[] aiWordIds) {
        Form form = form(text);
        if (form.namesAi < 0) {
            form.namesAi = ProseMatcher.mayNameAi(lower(text), present(text, literals), literals, aiWordIds) ? 1 : 0;
        }
        return form.namesAi == 1;
    }

    /** @return {@code text}, this value's raw or normalised form, lower-cased as required literals are */
    String lower(String text) {
        Form form = form(text);
        if (form.lower == null) {
            form.lower = RequiredLiteral.asciiLower(text);
        }
        return form.lower;
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
        Form form = form(text);
        if (form.present == null) {
            form.present = literals.presentIn(text);
        }
        return form.present;
    }

    /** A value found as is, normalised here. */
    static FieldValue of(String raw, Object group) {
        String normalised = TextNormalizer.normalize(raw);
        return new FieldValue(raw, normalised.equals(raw) ? null : normalised, raw, group);
    }
}
