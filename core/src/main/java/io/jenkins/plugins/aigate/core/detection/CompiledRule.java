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

    CompiledRule(String id, String tool, Confidence confidence, List<Field> fields, Pattern pattern, Field andField,
            Pattern andPattern, Pattern unless) {
        this.id = id;
        this.tool = tool;
        this.confidence = confidence;
        this.fields = List.copyOf(fields);
        this.pattern = pattern;
        this.andField = andField;
        this.andPattern = andPattern;
        this.unless = unless;
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
