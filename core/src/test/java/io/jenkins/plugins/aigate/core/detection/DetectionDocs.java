package io.jenkins.plugins.aigate.core.detection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders the built-in rule table for {@code docs/detection.md}, between its {@code rules:begin}/{@code rules:end}
 * markers. Run {@link #main} (working directory {@code core/}) after changing {@code builtin-rules.tsv}; a test
 * checks the two agree.
 */
public final class DetectionDocs {
    static final Path DOC = Path.of("..", "docs", "detection.md");
    static final String BEGIN = "<!-- rules:begin (generated from builtin-rules.tsv by DetectionDocs; do not edit) -->";
    static final String END = "<!-- rules:end -->";

    private DetectionDocs() {
    }

    public static void main(String[] args) throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Files.writeString(DOC, replaceSection(doc, render()), StandardCharsets.UTF_8);
        System.out.println("updated " + DOC);
    }

    static String render() {
        StringBuilder out = new StringBuilder();
        out.append("| id | tool | field | pattern | also requires | unless | confidence | source |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (BuiltInRule rule : BuiltInRules.all()) {
            out.append("| ").append(rule.id())
                    .append(" | ").append(cell(rule.tool()))
                    .append(" | ").append(code(rule.field().replace(",", ", ")))
                    .append(" | ").append(code(rule.pattern()))
                    .append(" | ").append(rule.andField().isEmpty() ? ""
                            : code(rule.andField()) + " ~ " + code(rule.andPattern()))
                    .append(" | ").append(rule.unlessPattern().isEmpty() ? "" : code(rule.unlessPattern()))
                    .append(" | ").append(rule.confidence().name().toLowerCase(java.util.Locale.ROOT))
                    .append(" | ").append(cell(rule.source()))
                    .append(" |\n");
        }
        return out.toString();
    }

    static String section(String doc) {
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(DOC + " lacks the rule table markers");
        }
        return doc.substring(begin + BEGIN.length() + 1, end);
    }

    static String replaceSection(String doc, String table) {
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(DOC + " lacks the rule table markers");
        }
        return doc.substring(0, begin + BEGIN.length()) + "\n" + table + doc.substring(end);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String code(String text) {
        return text.isEmpty() ? "" : "`" + text.replace("|", "\\|") + "`";
    }
}
