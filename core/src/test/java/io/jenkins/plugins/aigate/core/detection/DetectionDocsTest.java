package io.jenkins.plugins.aigate.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class DetectionDocsTest {
    @Test
    void docsListEveryBuiltInRuleExactlyAsTheTable() throws Exception {
        String doc = Files.readString(DetectionDocs.DOC, StandardCharsets.UTF_8);
        assertThat(DetectionDocs.section(doc)).as("run DetectionDocs to regenerate docs/detection.md")
                .isEqualTo(DetectionDocs.render());
        for (BuiltInRule rule : BuiltInRules.all()) {
            assertThat(doc).contains("| " + rule.id() + " | ");
        }
        assertThat(doc).contains(Detector.EVASION_RULE_ID, TextNormalizer.CONFUSABLES_RESOURCE);
        for (String field : Field.names()) {
            assertThat(doc).as("field vocabulary documented").contains("`" + field + "`");
        }
    }
}
