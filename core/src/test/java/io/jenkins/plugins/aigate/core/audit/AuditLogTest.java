package io.jenkins.plugins.aigate.core.audit;

import io.jenkins.plugins.aigate.core.encoding.CanonicalJson;
import io.jenkins.plugins.aigate.core.encoding.Hex;
import static io.jenkins.plugins.aigate.core.audit.AuditFixtures.KEY_1;
import static io.jenkins.plugins.aigate.core.audit.AuditFixtures.KEY_2;
import static io.jenkins.plugins.aigate.core.audit.AuditFixtures.RING;
import static io.jenkins.plugins.aigate.core.audit.AuditFixtures.decision;
import static io.jenkins.plugins.aigate.core.audit.AuditFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.aigate.core.approval.AuthMethod;
import io.jenkins.plugins.aigate.core.approval.RecordedVote;
import io.jenkins.plugins.aigate.core.approval.VoteKind;
import io.jenkins.plugins.aigate.core.detection.Confidence;
import io.jenkins.plugins.aigate.core.detection.Evidence;
import io.jenkins.plugins.aigate.core.lifecycle.GateState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    @TempDir
    Path dir;

    private VerificationResult verify(Path log, KeyRing keys) throws IOException {
        return AuditVerifier.verify(log, keys, Optional.empty());
    }

    @Test
    void recordsAreStampedWithTheInjectedClockAndChainFromGenesis() throws Exception {
        Path log = dir.resolve("a.jsonl");
        Clock fixed = Clock.fixed(Instant.ofEpochMilli(1_234_567L), ZoneOffset.UTC);
        AuditLog a = AuditLog.open(log, RING, AuditLogOptions.defaults().clock(fixed));
        Anchor first = a.append(decision(1));
        assertThat(first.seq()).isEqualTo(1);
        Map<String, Object> rec = CanonicalJson.parseObject(lines(log).get(0));
        assertThat(rec).containsEntry("time", 1_234_567L).containsEntry("mac", first.mac());
        assertThat(Anchor.parse(first.toString())).isEqualTo(first);
    }

    @Test
    void aSecondLogObjectOnTheSameFileContinuesTheChain() throws IOException {
        Path log = dir.resolve("a.jsonl");
        AuditLog.open(log, RING).append(decision(1));
        Anchor second = AuditLog.open(dir.resolve(".").resolve("a.jsonl"), RING).append(decision(2));
        assertThat(second.seq()).isEqualTo(2);
        assertThat(verify(log, RING).records()).isEqualTo(2);
    }

    @Test
    void policyChangeAndBreakGlassAreRecordsToo() throws Exception {
        Path log = dir.resolve("a.jsonl");
        AuditLog a = AuditLog.open(log, RING);
        a.append(AuditEntry.policyChange(AuditOrigin.PLUGIN).by("admin", "Admin").fingerprints(null, "sha256:new")
                .source("web").at(5L).build());
        RecordedVote ovr = new RecordedVote(VoteKind.OVERRIDE, "cto", "CTO", List.of("incident"), List.of(),
                AuthMethod.WEB, "prod down", 9L, "sha256:ev");
        a.append(AuditEntry.breakGlass(AuditOrigin.PLUGIN).job("deploy").build("7").environment("prod").vote(ovr)
                .build());
        a.append(AuditEntry.gateDecision(AuditOrigin.PLUGIN).job("deploy").build("7").range(null, "h".repeat(40))
                .policy("sha256:new", "enforce").decision(GateState.OVERRIDDEN).vote(ovr)
                .override("cto", "prod down").reason("NO_BASELINE").evidenceDigest("sha256:ev").build());
        List<String> l = lines(log);
        assertThat(l.get(0)).contains("\"type\":\"POLICY_CHANGE\"").contains("\"newFingerprint\":\"sha256:new\"")
                .doesNotContain("oldFingerprint");
        assertThat(l.get(1)).contains("\"type\":\"BREAK_GLASS\"").contains("\"justification\"".substring(0, 1))
                .contains("\"comment\":\"prod down\"").contains("\"groups\":[\"incident\"]");
        assertThat(l.get(2)).contains("\"decision\":\"OVERRIDDEN\"")
                .contains("\"override\":{\"justification\":\"prod down\",\"userId\":\"cto\"}")
                .contains("\"range\":{\"head\":").contains("\"reasons\":[\"NO_BASELINE\"]");
        assertThat(verify(log, RING).records()).isEqualTo(3);
        assertThatThrownBy(() -> AuditEntry.gateDecision(AuditOrigin.CLI).decision(GateState.EVALUATING))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditEntry.gateDecision(AuditOrigin.CLI).build())
                .isInstanceOf(IllegalStateException.class);
    }

    /** Old logs say ABORTED where a gate that failed closed was settled after a restart; both verify. */
    @Test
    void everyDecisionOfTheLifecycleIsRecordedByItsNameAndVerifies() throws Exception {
        Path log = dir.resolve("a.jsonl");
        AuditLog a = AuditLog.open(log, RING);
        List<GateState> decisions = new ArrayList<>(List.of(GateState.values()));
        decisions.remove(GateState.EVALUATING);
        for (GateState decision : decisions) {
            a.append(AuditEntry.gateDecision(AuditOrigin.PLUGIN).job("deploy").build("7").range(null, "h".repeat(40))
                    .policy("sha256:p", "enforce").decision(decision).evidenceDigest("sha256:ev").build());
        }
        List<String> l = lines(log);
        for (int i = 0; i < decisions.size(); i++) {
            assertThat(l.get(i)).contains("\"decision\":\"" + decisions.get(i).name() + "\"");
        }
        VerificationResult verified = verify(log, RING);
        assertThat(verified.intact()).isTrue();
        assertThat(verified.records()).isEqualTo(decisions.size());
    }

    @Test
    void hostileCommitTextStaysOnOneLineAndVerifies() throws IOException {
        Path log = dir.resolve("a.jsonl");
        String hostile = "x\n{\"seq\":1}\r\u001b]0;pwn\u0007\u2028\"\\ \ud800";
        AuditLog.open(log, RING).append(AuditEntry.gateDecision(AuditOrigin.CLI).decision(GateState.PASS)
                .flaggedCommit(hostile, List.of(new Evidence("R", hostile, Confidence.STRONG, "message", hostile,
                        hostile)))
                .build());
        assertThat(lines(log)).hasSize(1);
        assertThat(verify(log, RING).intact()).isTrue();
    }

    @Test
    void aKeyRotationKeepsOldRecordsVerifiable() throws IOException {
        Path log = dir.resolve("a.jsonl");
        AuditLog.open(log, RING).append(decision(1));
        Map<String, byte[]> both = new LinkedHashMap<>();
        both.put("k1", KEY_1);
        both.put("k2", KEY_2);
        KeyRing rotated = KeyRing.of("k2", both);
        AuditLog.open(log, rotated).append(decision(2));
        assertThat(lines(log).get(1)).contains("\"keyId\":\"k2\"");
        assertThat(verify(log, rotated).records()).isEqualTo(2);
        VerificationResult onlyNew = verify(log, KeyRing.single("k2", KEY_2));
        assertThat(onlyNew.reason()).contains(TamperReason.UNKNOWN_KEY);
        assertThat(onlyNew.badRecord()).isEqualTo(1);
    }

    @Test
    void aTornTailIsMovedAsideAndRecordedAndTheNextAppendDoesNotGlueOntoIt() throws IOException {
        Path log = dir.resolve("a.jsonl");
        AuditLog a = AuditLog.open(log, RING);
        a.append(decision(1));
        a.append(decision(2));
        byte[] torn = "{\"body\":{\"job\":\"half a rec".getBytes(StandardCharsets.UTF_8);
        Files.write(log, torn, StandardOpenOption.APPEND);
        assertThat(verify(log, RING).reason()).contains(TamperReason.TORN_LAST_LINE);

        Anchor next = a.append(decision(3));

        assertThat(next.seq()).as("the repair record took seq 3").isEqualTo(4);
        List<String> l = lines(log);
        assertThat(l).hasSize(4);
        assertThat(l.get(2)).contains("\"type\":\"TAIL_REPAIRED\"").contains("\"bytes\":" + torn.length)
                .contains(Hex.sha256(torn));
        assertThat(l.get(3)).startsWith("{\"body\":").contains("\"seq\":4");
        List<Path> aside;
        try (Stream<Path> s = Files.list(dir)) {
            aside = s.filter(p -> p.getFileName().toString().startsWith("a.jsonl.torn-3-"))
                    .collect(Collectors.toList());
        }
        assertThat(aside).singleElement().satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(torn));
        VerificationResult r = verify(log, RING);
        assertThat(r.intact()).isTrue();
        assertThat(r.records()).isEqualTo(4);
        assertThat(r.tailRepairs()).containsExactly(3L);
    }

    @Test
    void aFailedAppendThrowsAndWritesNothing() throws IOException {
        Path log = dir.resolve("a.jsonl");
        AuditLog a = AuditLog.open(log, RING, AuditLogOptions.defaults().rotateAtBytes(10));
        a.append(decision(1));
        // the next append must rotate, and the rotated file's name is taken: it must fail loudly, never pretend
        Files.createDirectory(dir.resolve("a.jsonl." + String.format("%019d", 1)));
        assertThatThrownBy(() -> a.append(decision(2))).isInstanceOf(AuditException.class)
                .hasMessageContaining("cannot rotate");
        assertThat(lines(log)).hasSize(1);
    }

    @Test
    void anUnwritableLocationFailsAtOpenOrAppend() throws IOException {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        assertThatThrownBy(() -> AuditLog.open(blocker.resolve("audit.jsonl"), RING).append(decision(1)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> AuditLog.open(dir, RING)).isInstanceOf(IOException.class);
    }

    @Test
    void rotationCarriesTheChainAcrossFilesAndAMissingPartIsNamed() throws Exception {
        Path log = dir.resolve("a.jsonl");
        AuditLog a = AuditLog.open(log, RING, AuditLogOptions.defaults().rotateAtBytes(4000));
        List<Anchor> anchors = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            anchors.add(a.append(decision(i)));
        }
        List<Path> parts = AuditLog.archivesOf(log);
        assertThat(parts).hasSizeGreaterThan(2);
        for (Path p : parts) {
            assertThat(Files.size(p)).isLessThanOrEqualTo(4000);
        }
        // a rotated part is named after its last record, and the next part continues the chain from its MAC
        Path firstPart = parts.get(0);
        List<String> firstLines = lines(firstPart);
        long lastSeq = Long.parseLong(firstPart.getFileName().toString().substring("a.jsonl.".length()));
        assertThat(firstLines.get(firstLines.size() - 1)).contains("\"seq\":" + lastSeq + ",");
        String nextPrev = (String) CanonicalJson.parseObject(lines(parts.get(1)).get(0)).get("prev");
        assertThat(nextPrev).isEqualTo(anchors.get((int) lastSeq - 1).mac());

        VerificationResult r = AuditVerifier.verify(log, RING, Optional.of(anchors.get(19)));
        assertThat(r.intact()).as(r.toString()).isTrue();
        assertThat(r.records()).isEqualTo(20);

        Files.delete(parts.get(1));
        VerificationResult gap = verify(log, RING);
        assertThat(gap.reason()).contains(TamperReason.REMOVED);
        assertThat(gap.badRecord()).isEqualTo(lastSeq + 1);

        Files.delete(parts.get(0));
        assertThat(verify(log, RING).badRecord()).as("records cut from the start").isEqualTo(1);
    }

    @Test
    void rotationContinuesAfterTheActiveFileIsEmptiedByARotation() throws IOException {
        Path log = dir.resolve("a.jsonl");
        AuditLog a = AuditLog.open(log, RING, AuditLogOptions.defaults().rotateAtBytes(1));
        List<Anchor> anchors = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            anchors.add(a.append(decision(i)));
            assertThat(anchors.get(i - 1).seq()).isEqualTo(i);
        }
        assertThat(AuditLog.archivesOf(log)).hasSize(3);
        assertThat(lines(log)).hasSize(1);
        // the active file lost: appends continue from the newest rotated part, and only the anchor shows the loss
        Files.delete(log);
        assertThat(a.append(decision(5)).seq()).isEqualTo(4);
        assertThat(verify(log, RING).intact()).isTrue();
        VerificationResult r = AuditVerifier.verify(log, RING, Optional.of(anchors.get(3)));
        assertThat(r.reason()).contains(TamperReason.ANCHOR_MISMATCH);
        assertThat(r.badRecord()).isEqualTo(4);
    }

    @Test
    void largeEvidenceGoesToADetailFileBoundByItsDigest() throws IOException {
        Path log = dir.resolve("a.jsonl");
        AuditLog a = AuditLog.open(log, RING, AuditLogOptions.defaults().detailThresholdBytes(200));
        AuditEntry.GateDecisionBuilder big = AuditEntry.gateDecision(AuditOrigin.CLI).decision(GateState.APPROVAL_REQUIRED);
        for (int i = 0; i < 20; i++) {
            big.flaggedCommit(String.format("%040d", i), List.of(new Evidence("CA-01", "claude", Confidence.STRONG,
                    "trailer:Co-authored-by", "Claude <noreply@anthropic.com>", null)));
        }
        a.append(big.build());
        a.append(decision(2));
        String first = lines(log).get(0);
        assertThat(first).contains("\"flaggedCommitCount\":20").contains("\"flaggedCommitsDetail\":\"a.jsonl.details/")
                .doesNotContain("\"flaggedCommits\":");
        Path details = dir.resolve("a.jsonl.details");
        Path detail;
        try (Stream<Path> s = Files.list(details)) {
            detail = s.findFirst().orElseThrow();
        }
        assertThat(Files.readString(detail)).contains("0000000000000000000000000000000000000019");
        assertThat(first).contains("sha256:" + Hex.sha256(Files.readAllBytes(detail)));
        assertThat(verify(log, RING).intact()).isTrue();

        Files.writeString(detail, Files.readString(detail).replace("STRONG", "WEAK"));
        VerificationResult altered = verify(log, RING);
        assertThat(altered.reason()).contains(TamperReason.DETAIL_ALTERED);
        assertThat(altered.badRecord()).isEqualTo(1);
        Files.delete(detail);
        assertThat(verify(log, RING).reason()).contains(TamperReason.DETAIL_MISSING);
    }
}
