package io.jenkins.plugins.aigate.core.evaluation;

import io.jenkins.plugins.aigate.core.detection.Evidence;
import io.jenkins.plugins.aigate.core.encoding.Hex;
import io.jenkins.plugins.aigate.core.pullrequest.CommitLookup;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Computes a decision's evidence digest. Every string is fed with its length first, so no two different inputs
 * can run together into the same bytes (a value containing a separator cannot impersonate two values).
 */
final class EvidenceDigest {
    private static final String VERSION = "aigate-evidence-digest 1";

    private final MessageDigest digest;

    private EvidenceDigest() {
        digest = Hex.newSha256();
        add(VERSION);
    }

    static String of(String policyFingerprint, List<Reason> reasons, List<GatedCommit> gated,
            List<GatedCommit> exempt, List<CommitLookup> unresolved) {
        EvidenceDigest d = new EvidenceDigest();
        d.add("policy").add(policyFingerprint);
        d.add("reasons").add(reasons.size());
        reasons.forEach(reason -> d.add(reason.name()));
        d.add("gated").commits(gated);
        d.add("exempt").commits(exempt);
        d.add("unresolved").add(unresolved.size());
        for (CommitLookup lookup : unresolved) {
            d.add(lookup.commitId()).add(lookup.reason().map(Enum::name).orElse(""));
        }
        return d.hex();
    }

    private EvidenceDigest commits(List<GatedCommit> commits) {
        add(commits.size());
        for (GatedCommit commit : commits) {
            add(commit.commit().id()).add(commit.aiAssisted() ? "ai" : "human");
            add(commit.rules().size());
            commit.rules().forEach(this::add);
            List<Evidence> evidence = commit.evidence();
            add(evidence.size());
            for (Evidence item : evidence) {
                add(item.ruleId()).add(item.tool()).add(item.confidence().name()).add(item.field()).add(item.value())
                        .add(item.provenance().orElse(""));
            }
        }
        return this;
    }

    private EvidenceDigest add(int value) {
        return add(Integer.toString(value));
    }

    private EvidenceDigest add(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
        return this;
    }

    private String hex() {
        return Hex.of(digest.digest());
    }
}
