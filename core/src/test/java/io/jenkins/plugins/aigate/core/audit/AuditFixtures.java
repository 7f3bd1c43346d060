package io.jenkins.plugins.aigate.core.audit;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Keys, entries and line surgery shared by the audit tests. */
final class AuditFixtures {
    static final byte[] KEY_1 = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final byte[] KEY_2 = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    static final KeyRing RING = KeyRing.single("k1", KEY_1);

    private AuditFixtures() {
    }

    static Confidence anyConfidence() {
        return Confidence.values()[0];
    }

    static AuditEntry decision(int n) {
        return AuditEntry.gateDecision(AuditOrigin.PLUGIN).job("folder/deploy").build(String.valueOf(n))
                .repository("https://git.example/acme/shop.git").environment("production")
                .range("a".repeat(40), "b".repeat(40))
                .flaggedCommit("c".repeat(40), List.of(new Evidence("CA-01", "claude", anyConfidence(),
                        "trailer:Co-authored-by", "Claude <noreply@anthropic.com>", null)))
                .policy("sha256:policy", "enforce").decision(GateState.APPROVED).requiredApprovals(1)
                .vote(new RecordedVote(VoteKind.APPROVE, "alice", "Alice", List.of("seniors"), List.of(),
                        AuthMethod.WEB, "lgtm " + n, 1_700_000_000_000L + n, "sha256:ev"))
                .evidenceDigest("sha256:ev").startedAt(1_700_000_000_000L).decidedAt(1_700_000_000_500L + n)
                .build();
    }

    static List<String> lines(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    static void writeLines(Path file, List<String> lines) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l).append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }
}
