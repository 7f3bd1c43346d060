package io.jenkins.plugins.aigate.cli.scan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import io.jenkins.plugins.aigate.core.detection.Evidence;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * The machine-readable report, a contract other tools read (fields may be added, never removed):
 *
 * <pre>
 * {"commits": [{"id": full sha, "subject": first line, "aiAssisted": bool,
 *               "evidence": [{"rule", "tool", "confidence", "field", "value"}]}, ...],   (git log order)
 *  "summary": {"commitsRead": n, "aiAssisted": n, "tools": {tool: flagged commits}}}
 * </pre>
 *
 * <p>Written as a stream, one commit at a time, so memory stays flat however long the history. Confidence is
 * spelled {@code definitive}, {@code strong} or {@code weak}.
 */
final class JsonScanReport implements ScanReport {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final JsonGenerator json;
    private boolean started;

    JsonScanReport(Writer out) throws IOException {
        this.json = FACTORY.createGenerator(out);
    }

    /** Starts the document only once there is something to report, so a scan that fails writes nothing. */
    private void start() throws IOException {
        if (!started) {
            started = true;
            json.writeStartObject();
            json.writeArrayFieldStart("commits");
        }
    }

    @Override
    public void commit(CommitAssessment assessment) throws IOException {
        Commit commit = assessment.commit();
        boolean aiAssisted = assessment.aiAssisted();
        start();
        json.writeStartObject();
        json.writeStringField("id", commit.id());
        json.writeStringField("subject", commit.subject());
        json.writeBooleanField("aiAssisted", aiAssisted);
        json.writeArrayFieldStart("evidence");
        for (Evidence item : assessment.evidence()) {
            json.writeStartObject();
            json.writeStringField("rule", item.ruleId());
            json.writeStringField("tool", item.tool());
            json.writeStringField("confidence", item.confidence().name().toLowerCase(Locale.ROOT));
            json.writeStringField("field", item.field());
            json.writeStringField("value", item.value());
            if (item.provenance().isPresent()) {
                json.writeStringField("provenance", item.provenance().get());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    @Override
    public void finish(ScanTally tally) throws IOException {
        start();
        json.writeEndArray();
        json.writeObjectFieldStart("summary");
        json.writeNumberField("commitsRead", tally.commitsRead());
        json.writeNumberField("aiAssisted", tally.aiAssisted());
        json.writeObjectFieldStart("tools");
        for (Map.Entry<String, Long> tool : tally.flaggedByTool().entrySet()) {
            json.writeNumberField(tool.getKey(), tool.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
        json.close();
    }
}
