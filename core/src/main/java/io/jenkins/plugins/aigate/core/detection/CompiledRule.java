package io.jenkins.plugins.aigate.core.detection;

import com.google.re2j.Pattern;
import java.util.List;

/** A built-in or custom rule, compiled once when the detector is made. */
final class CompiledRule {
    final String id;
    final String tool;
    final Confidence confidence;
    final List<Field> fields;
    final Pattern pattern;
    final Field andField;
    final Pattern andPattern;
    final Pattern unless;
    /** A declaration rule: matched line by line with {@link ProseMatcher}'s guards, its unless on the line. */
    final boolean prose;
    /** A declaration rule whose pattern names {@code {aiWord}}: it runs only on text that may name an AI. */
    final boolean needsAiWord;
    /** A declaration rule whose every match starts its line ({@link ProseMatcher#GUARDS_AT_LINE_START}). */
    final boolean atLineStart;
    /**
     * Identities repeat across a history (a bot's address on thousands of commits): whether this rule's pattern
     * matches one and its unless does not, remembered for up to {@value #MEMO_SIZE} values so the heap stays flat.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Boolean> identityMemo =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MEMO_SIZE = 4096;
    /** The {@link FieldIndex} numbers of {@link #fields} and of {@link #andField} (-1 when none). */
    final int[] fieldIds;
    final int andFieldId;
    /** Lower-cased text every match contains, checked first on long values; {@code null} when unknown. */
    final RequiredLiteral literal;
    /** The ids of {@link #literal}'s strings in the detector's {@link LiteralTable}; {@code null} when unknown. */
    final int[] literalIds;

    CompiledRule(String id, String tool, Confidence confidence, List<Field> fields, Pattern pattern, Field andField,
            Pattern andPattern, Pattern unless, FieldIndex index, LiteralTable literals) {
        this(id, tool, confidence, fields, pattern, andField, andPattern, unless, false, false, false, index, literals);
    }

    CompiledRule(String id, String tool, Confidence confidence, List<Field> fields, Pattern pattern, Field andField,
            Pattern andPattern, Pattern unless, boolean prose, boolean needsAiWord, boolean atLineStart,
            FieldIndex index, LiteralTable literals) {
        this.id = id;
        this.tool = tool;
        this.confidence = confidence;
        this.fields = List.copyOf(fields);
        this.pattern = pattern;
        this.andField = andField;
        this.andPattern = andPattern;
        this.unless = unless;
        this.prose = prose;
        this.needsAiWord = needsAiWord;
        this.atLineStart = atLineStart;
        this.literal = RequiredLiteral.of(pattern.pattern());
        // a rule that names an AI is first checked against the AI vocabulary's literals; its own (common verbs)
        // would only slow down the table every value passes through
        this.literalIds = needsAiWord ? null : literals.register(literal);
        this.fieldIds = new int[this.fields.size()];
        for (int i = 0; i < fieldIds.length; i++) {
            fieldIds[i] = index.idOf(this.fields.get(i));
        }
        this.andFieldId = andField == null ? -1 : index.idOf(andField);
    }

    /** @return whether the pattern finds {@code text} and the unless pattern does not, remembered per text */
    boolean matchesIdentity(String text) {
        Boolean known = identityMemo.get(text);
        if (known != null) {
            return known;
        }
        boolean result = pattern.matcher(text).find() && (unless == null || !unless.matcher(text).find());
        if (identityMemo.size() < MEMO_SIZE) {
            identityMemo.put(text, result);
        }
        return result;
    }

    boolean readsPullRequest() {
        for (Field field : fields) {
            if (field.kind().isPullRequest()) {
                return true;
            }
        }
        return andField != null && andField.kind().isPullRequest();
    }

    boolean readsCommit() {
        for (Field field : fields) {
            if (!field.kind().isPullRequest()) {
                return true;
            }
        }
        return false;
    }
}
