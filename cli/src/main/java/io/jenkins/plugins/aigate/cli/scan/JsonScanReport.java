package io.jenkins.plugins.aigate.cli.scan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.jenkins.plugins.aigate.cli.CommitProblems;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import io.jenkins.plugins.aigate.core.detection.Evidence;
import io.jenkins.plugins.aigate.core.detection.ProbableToolIdentities;
import io.jenkins.plugins.aigate.core.pullrequest.CommitLookup;
import io.jenkins.plugins.aigate.core.pullrequest.LookupStatus;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequest;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
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
 * <p>With pull-request lookups (the {@code --github-*} options), each commit also has
 * {@code "pullRequestLookup": {"status": "resolved"|"unresolved"|"skipped", "reason", "message"}} (reason and
 * message when unresolved) and {@code "pullRequests": [{"number", "url"}]}; evidence found in a pull request has
 * {@code "provenance"}; the summary has {@code "pullRequestLookups": {"resolved": n, "unresolved": n,
 * "skipped": n}}.
 *
 * <p>Written as a stream, one commit at a time, so memory stays flat however long the history. Confidence is
 * spelled {@code definitive}, {@code strong} or {@code weak}. A commit git could not show whole, or past the size
 * bounds, has {@code "problems"}: lines starting with {@code UNREADABLE_COMMIT} or {@code OVERSIZED_COMMIT}. A scan
 * that fails part-way still ends the document, with an {@code "error"} member beside the summary, and exits 2.
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
        commit(assessment, null);
    }

    @Override
    public void commit(CommitAssessment assessment, CommitLookup lookup) throws IOException {
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
        List<String> problems = CommitProblems.of(commit);
        if (!problems.isEmpty()) {
            json.writeArrayFieldStart("problems");
            for (String problem : problems) {
                json.writeString(problem);
            }
            json.writeEndArray();
        }
        if (lookup != null) {
            writeLookup(lookup);
        }
        json.writeEndObject();
    }

    private void writeLookup(CommitLookup lookup) throws IOException {
        json.writeObjectFieldStart("pullRequestLookup");
        json.writeStringField("status", lookup.status().name().toLowerCase(Locale.ROOT));
        if (lookup.reason().isPresent()) {
            json.writeStringField("reason", lookup.reason().get().name());
        }
        if (lookup.message().isPresent()) {
            json.writeStringField("message", lookup.message().get());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("pullRequests");
        for (PullRequest pullRequest : lookup.pullRequests()) {
            json.writeStartObject();
            json.writeNumberField("number", pullRequest.number());
            json.writeStringField("url", pullRequest.url());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** A failed scan still ends the document: the commits so far, the summary of those, and {@code "error"}. */
    @Override
    public void fail(ScanTally tally, String error) throws IOException {
        summary(tally, error);
    }

    @Override
    public void finish(ScanTally tally) throws IOException {
        summary(tally, null);
    }

    private void summary(ScanTally tally, String error) throws IOException {
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
        json.writeArrayFieldStart("probableToolIdentities");
        for (ProbableToolIdentities.ToolIdentity identity : tally.probableToolIdentities()) {
            json.writeStartObject();
            json.writeStringField("identity", identity.identity());
            json.writeNumberField("coAuthoredCommits", identity.commits());
            json.writeNumberField("authors", identity.authors());
            json.writeStringField("confidence", identity.confidence().name().toLowerCase(Locale.ROOT));
            json.writeEndObject();
        }
        json.writeEndArray();
        if (tally.lookedUpPullRequests()) {
            json.writeObjectFieldStart("pullRequestLookups");
            for (LookupStatus status : LookupStatus.values()) {
                json.writeNumberField(status.name().toLowerCase(Locale.ROOT), tally.lookups(status));
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        if (error != null) {
            json.writeStringField("error", error);
        }
        json.writeEndObject();
        json.writeRaw('\n');
        json.close();
    }
}
