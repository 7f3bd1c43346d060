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
    /** The {@link FieldIndex} numbers of {@link #fields} and of {@link #andField} (-1 when none). */
    final int[] fieldIds;
    final int andFieldId;
    /** Lower-cased text every match contains, checked first on long values; {@code null} when unknown. */
    final RequiredLiteral literal;
    /** The ids of {@link #literal}'s strings in the detector's {@link LiteralTable}; {@code null} when unknown. */
    final int[] literalIds;

    CompiledRule(String id, String tool, Confidence confidence, List<Field> fields, Pattern pattern, Field andField,
            Pattern andPattern, Pattern unless, FieldIndex index, LiteralTable literals) {
        this(id, tool, confidence, fields, pattern, andField, andPattern, unless, false, false, index, literals);
    }

    CompiledRule(String id, String tool, Confidence confidence, List<Field> fields, Pattern pattern, Field andField,
            Pattern andPattern, Pattern unless, boolean prose, boolean needsAiWord, FieldIndex index,
            LiteralTable literals) {
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
        this.literal = RequiredLiteral.of(pattern.pattern());
        this.literalIds = literals.register(literal);
        this.fieldIds = new int[this.fields.size()];
        for (int i = 0; i < fieldIds.length; i++) {
            fieldIds[i] = index.idOf(this.fields.get(i));
        }
        this.andFieldId = andField == null ? -1 : index.idOf(andField);
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
