package io.jenkins.plugins.aigate.gate;

import hudson.XmlFile;
import hudson.model.Run;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The full evidence of one gate, kept in a file of its own in the build directory rather than in
 * {@code build.xml}, which Jenkins loads for every build listing: it can be large (many commits, long messages).
 */
public final class GateEvidence {
    private final ArrayList<FlaggedCommitEntry> commits;

    public GateEvidence(List<FlaggedCommitEntry> commits) {
        this.commits = new ArrayList<>(commits);
    }

    public List<FlaggedCommitEntry> getCommits() {
        return List.copyOf(commits);
    }

    /** @return the file holding gate {@code gateId}'s evidence for {@code run} */
    public static XmlFile file(Run<?, ?> run, String gateId) {
        return new XmlFile(Run.XSTREAM2, new File(new File(run.getRootDir(), "ai-gate"), gateId + "-evidence.xml"));
    }

    /** Writes the evidence atomically. */
    public void save(Run<?, ?> run, String gateId) throws IOException {
        file(run, gateId).write(this);
    }

    /** @return the saved evidence, or an empty one if the file is gone (a pruned build directory) */
    public static GateEvidence load(Run<?, ?> run, String gateId) throws IOException {
        XmlFile file = file(run, gateId);
        if (!file.exists()) {
            return new GateEvidence(List.of());
        }
        return (GateEvidence) file.read();
    }
}
