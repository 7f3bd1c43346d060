package io.jenkins.plugins.aigate.core.audit;

import io.jenkins.plugins.aigate.core.encoding.CanonicalJson;
import static io.jenkins.plugins.aigate.core.audit.AuditFixtures.KEY_1;
import static io.jenkins.plugins.aigate.core.audit.AuditFixtures.KEY_2;
import static io.jenkins.plugins.aigate.core.audit.AuditFixtures.RING;
import static io.jenkins.plugins.aigate.core.audit.AuditFixtures.decision;
import static io.jenkins.plugins.aigate.core.audit.AuditFixtures.lines;
import static io.jenkins.plugins.aigate.core.audit.AuditFixtures.writeLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way of tampering with a log, and what verification names. */
class AuditTamperTest {
    @TempDir
    Path dir;
    Path log;
    final List<Anchor> anchors = new ArrayList<>();

    @BeforeEach
    void fiveRecords() throws IOException {
        log = dir.resolve("audit.jsonl");
        AuditLog a = AuditLog.open(log, RING);
        for (int i = 1; i <= 5; i++) {
            anchors.add(a.append(decision(i)));
        }
    }

    private VerificationResult verify() throws IOException {
        return AuditVerifier.verify(log, RING, Optional.empty());
    }

    private void assertBad(VerificationResult r, TamperReason reason, long record, long line) {
        assertThat(r.intact()).as(r.toString()).isFalse();
        assertThat(r.reason()).as(r.toString()).contains(reason);
        assertThat(r.badRecord()).as(r.toString()).isEqualTo(record);
        assertThat(r.line()).as(r.toString()).isEqualTo(line);
        assertThat(r.records()).isEqualTo(record - 1);
        assertThat(r.detail()).isPresent();
    }

    @Test
    void anUntouchedLogIsIntactAndItsLastAnchorIsTheLastAppend() throws IOException {
        VerificationResult r = verify();
        assertThat(r.intact()).isTrue();
        assertThat(r.records()).isEqualTo(5);
        assertThat(r.lastAnchor()).contains(anchors.get(4));
        assertThat(r.tailRepairs()).isEmpty();
        assertThat(AuditVerifier.verify(log, RING, Optional.of(anchors.get(4))).intact()).isTrue();
        assertThat(AuditVerifier.verify(log, RING, Optional.of(anchors.get(2))).intact()).isTrue();
    }

    @Test
    void anEditedValueIsNamed() throws IOException {
        List<String> l = lines(log);
        l.set(2, l.get(2).replace("lgtm 3", "lgtm 9"));
        writeLines(log, l);
        assertBad(verify(), TamperReason.EDITED, 3, 3);
    }

    @Test
    void anEditedDecisionIsNamed() throws IOException {
        List<String> l = lines(log);
        l.set(3, l.get(3).replace("\"APPROVED\"", "\"PASS\""));
        writeLines(log, l);
        assertBad(verify(), TamperReason.EDITED, 4, 4);
    }

    @Test
    void reformattingIsAnEditToo() throws IOException {
        List<String> l = lines(log);
        l.set(1, l.get(1).replace("{\"body\":", "{ \"body\":"));
        writeLines(log, l);
        assertBad(verify(), TamperReason.EDITED, 2, 2);
    }

    @Test
    void garbageInsteadOfARecordIsAnEdit() throws IOException {
        List<String> l = lines(log);
        l.set(0, "this is not json");
        writeLines(log, l);
        assertBad(verify(), TamperReason.EDITED, 1, 1);
    }

    @Test
    void aRemovedRecordIsNamed() throws IOException {
        List<String> l = lines(log);
        l.remove(2);
        writeLines(log, l);
        assertBad(verify(), TamperReason.REMOVED, 3, 3);
    }

    @Test
    void theFirstRecordRemovedIsNamed() throws IOException {
        List<String> l = lines(log);
        l.remove(0);
        writeLines(log, l);
        assertBad(verify(), TamperReason.REMOVED, 1, 1);
    }

    @Test
    void swappedRecordsAreReordered() throws IOException {
        List<String> l = lines(log);
        Collections.swap(l, 1, 3);
        writeLines(log, l);
        assertBad(verify(), TamperReason.REORDERED, 2, 2);
    }

    @Test
    void aForgedRecordSlippedInIsInserted() throws IOException {
        // built with a key the attacker made up, shaped exactly like a real record
        Path other = dir.resolve("forger.jsonl");
        AuditLog forger = AuditLog.open(other, KeyRing.single("k1", KEY_2));
        forger.append(decision(1));
        forger.append(decision(2));
        forger.append(decision(3));
        List<String> l = lines(log);
        l.add(2, lines(other).get(2));
        writeLines(log, l);
        assertBad(verify(), TamperReason.INSERTED, 3, 3);
    }

    @Test
    void aForgedRecordWithAnUnusedNumberIsInserted() throws IOException {
        List<String> l = lines(log);
        l.add(2, l.get(2).replace("\"seq\":3", "\"seq\":77"));
        writeLines(log, l);
        assertBad(verify(), TamperReason.INSERTED, 3, 3);
    }

    @Test
    void aReplayedGenuineRecordIsInserted() throws IOException {
        List<String> l = lines(log);
        l.add(2, l.get(1));
        writeLines(log, l);
        assertBad(verify(), TamperReason.INSERTED, 3, 3);
    }

    @Test
    void aGenuineRecordFromAnotherLogWithTheSameKeyIsInserted() throws IOException {
        Path other = dir.resolve("other.jsonl");
        AuditLog b = AuditLog.open(other, RING);
        for (int i = 1; i <= 3; i++) {
            b.append(decision(100 + i));
        }
        List<String> l = lines(log);
        l.set(2, lines(other).get(2));
        writeLines(log, l);
        assertBad(verify(), TamperReason.INSERTED, 3, 3);
    }

    @Test
    void theWrongKeyIsNamedAsSuch() throws IOException {
        VerificationResult r = AuditVerifier.verify(log, KeyRing.single("k1", KEY_2), Optional.empty());
        assertBad(r, TamperReason.WRONG_KEY, 1, 1);
    }

    @Test
    void anUnknownKeyIdIsNamed() throws IOException {
        VerificationResult r = AuditVerifier.verify(log, KeyRing.single("k2", KEY_1), Optional.empty());
        assertBad(r, TamperReason.UNKNOWN_KEY, 1, 1);
    }

    @Test
    void aTornLastLineIsNamed() throws IOException {
        String sixth = lines(log).get(4).replace("\"seq\":5", "\"seq\":6");
        Files.writeString(log, sixth.substring(0, sixth.length() / 2), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        assertBad(verify(), TamperReason.TORN_LAST_LINE, 6, 6);
    }

    @Test
    void aCutInsideTheLastRecordIsATornLine() throws IOException {
        long size = Files.size(log);
        try (var ch = java.nio.channels.FileChannel.open(log, StandardOpenOption.WRITE)) {
            ch.truncate(size - 10);
        }
        assertBad(verify(), TamperReason.TORN_LAST_LINE, 5, 5);
    }

    @Test
    void recordsCutFromTheEndPassWithoutAnAnchorAndFailWithIt() throws IOException {
        List<String> l = lines(log);
        writeLines(log, l.subList(0, 3));
        assertThat(verify().intact()).as("a shorter chain is valid by itself").isTrue();
        VerificationResult r = AuditVerifier.verify(log, RING, Optional.of(anchors.get(4)));
        assertThat(r.reason()).contains(TamperReason.TRUNCATED);
        assertThat(r.badRecord()).isEqualTo(4);
        assertThat(r.records()).isEqualTo(3);
        assertThat(r.detail().orElseThrow()).contains("ends at record 3").contains("record 5");
    }

    @Test
    void anEmptiedLogFailsWithAnAnchor() throws IOException {
        Files.write(log, new byte[0]);
        assertThat(verify().records()).isZero();
        VerificationResult r = AuditVerifier.verify(log, RING, Optional.of(anchors.get(0)));
        assertThat(r.reason()).contains(TamperReason.TRUNCATED);
        assertThat(r.badRecord()).isEqualTo(1);
    }

    @Test
    void aRewrittenLogDoesNotMatchItsAnchor() throws IOException {
        // someone with the key rebuilds the log from scratch: valid chain, different MACs
        Files.delete(log);
        AuditLog again = AuditLog.open(log, RING);
        for (int i = 1; i <= 5; i++) {
            again.append(decision(i + 1000));
        }
        assertThat(verify().intact()).isTrue();
        VerificationResult r = AuditVerifier.verify(log, RING, Optional.of(anchors.get(2)));
        assertBad(r, TamperReason.ANCHOR_MISMATCH, 3, 3);
    }

    @Test
    void theAppenderRefusesToChainOntoATamperedTail() throws IOException {
        List<String> l = lines(log);
        l.set(4, l.get(4).replace("lgtm 5", "lgtm 6"));
        writeLines(log, l);
        assertThatThrownBy(() -> AuditLog.open(log, RING).append(decision(6)))
                .isInstanceOf(AuditException.class).hasMessageContaining("does not verify");
        assertThat(lines(log)).hasSize(5);
    }

    @Test
    void aMissingLogIsUnreadableNotTampered() {
        assertThatThrownBy(() -> AuditVerifier.verify(dir.resolve("nope.jsonl"), RING, Optional.empty()))
                .isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> AuditVerifier.verify(dir, RING, Optional.empty())).isInstanceOf(IOException.class);
    }

    @Test
    void recordsAreCanonicalJsonWithTheFieldsTheBriefAsksFor() throws Exception {
        String first = lines(log).get(0);
        Map<String, Object> rec = CanonicalJson.parseObject(first);
        assertThat(CanonicalJson.write(rec)).isEqualTo(first);
        assertThat(rec).containsEntry("seq", 1L).containsEntry("keyId", "k1").containsEntry("origin", "PLUGIN")
                .containsEntry("type", "GATE_DECISION").containsEntry("prev", "0".repeat(64));
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) rec.get("body");
        assertThat(body).containsKeys("job", "build", "repository", "environment", "range", "flaggedCommits",
                "policy", "decision", "approvers", "evidenceDigest", "startedAt", "decidedAt");
        assertThat(body.get("approvers").toString()).contains("groups=[seniors]").contains("authMethod=WEB")
                .contains("comment=lgtm 1");
        Map<String, Object> second = CanonicalJson.parseObject(lines(log).get(1));
        assertThat(second.get("prev")).isEqualTo(rec.get("mac"));
    }
}
