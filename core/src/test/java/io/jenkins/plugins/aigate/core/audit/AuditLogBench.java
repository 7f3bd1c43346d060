package io.jenkins.plugins.aigate.core.audit;

import io.jenkins.plugins.aigate.core.encoding.CanonicalJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Bench main (not a test): durable append latency and verification throughput.
 * Run: {@code java -cp <test classpath> io.jenkins.plugins.aigate.core.audit.AuditLogBench [APPENDS] [RECORDS]}.
 */
public final class AuditLogBench {
    private AuditLogBench() {
    }

    public static void main(String[] args) throws Exception {
        int appends = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path dir = Files.createTempDirectory("aigate-bench");
        Path log = dir.resolve("audit.jsonl");
        AuditLog a = AuditLog.open(log, AuditFixtures.RING);
        for (int i = 0; i < 20; i++) {
            a.append(AuditFixtures.decision(i));
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < appends; i++) {
            a.append(AuditFixtures.decision(i));
        }
        double perAppendMs = (System.nanoTime() - t0) / 1e6 / appends;
        System.out.printf("durable append (fsync each): %.2f ms/record over %d records%n", perAppendMs, appends);

        // a long log for verification: write lines without fsync by building them with the record format directly
        Path big = dir.resolve("big.jsonl");
        StringBuilder sb = new StringBuilder();
        String prev = RecordFormat.GENESIS;
        AuditEntry e = AuditFixtures.decision(1);
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>(e.body());
        body.put("flaggedCommits", e.flaggedCommits());
        for (long seq = 1; seq <= records; seq++) {
            java.util.Map<String, Object> rec = RecordFormat.unsigned(seq, "k1", prev, seq, e.type(), e.origin(), body);
            String mac = RecordFormat.mac(AuditFixtures.RING, "k1", rec);
            rec.put("mac", mac);
            sb.append(CanonicalJson.write(rec)).append('\n');
            prev = mac;
        }
        Files.writeString(big, sb);
        long size = Files.size(big);
        for (int round = 0; round < 3; round++) {
            long v0 = System.nanoTime();
            VerificationResult r = AuditVerifier.verify(big, AuditFixtures.RING, Optional.empty());
            double s = (System.nanoTime() - v0) / 1e9;
            System.out.printf("verify: %d records (%.1f MB) in %.2f s = %.0f records/s, intact=%s%n", r.records(),
                    size / 1e6, s, r.records() / s, r.intact());
        }
    }
}
