package io.jenkins.plugins.aigate.core.detection;

import io.jenkins.plugins.aigate.core.commit.Commit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the detector found on one commit: every piece of evidence (weak ones included, for approvers) and whether
 * any reaches the flag threshold, which makes the commit AI-assisted.
 */
public final class CommitAssessment {
    private final Commit commit;
    private final List<Evidence> evidence;
    private final Confidence threshold;

    /**
     * @param commit    the commit assessed
     * @param evidence  what fired, in rule order
     * @param threshold the confidence at which evidence flags the commit
     */
    public CommitAssessment(Commit commit, List<Evidence> evidence, Confidence threshold) {
        this.commit = Objects.requireNonNull(commit, "commit");
        this.evidence = Collections.unmodifiableList(new ArrayList<>(evidence));
        this.threshold = Objects.requireNonNull(threshold, "threshold");
    }

    public Commit commit() {
        return commit;
    }

    /** @return all evidence, including evidence below the threshold */
    public List<Evidence> evidence() {
        return evidence;
    }

    public Confidence threshold() {
        return threshold;
    }

    /** @return whether any evidence reaches the threshold */
    public boolean aiAssisted() {
        for (Evidence item : evidence) {
            if (item.confidence().atLeast(threshold)) {
                return true;
            }
        }
        return false;
    }

    /** @return the evidence that reaches the threshold */
    public List<Evidence> flaggingEvidence() {
        List<Evidence> out = new ArrayList<>();
        for (Evidence item : evidence) {
            if (item.confidence().atLeast(threshold)) {
                out.add(item);
            }
        }
        return out;
    }

    /** @return the strongest confidence found, if any evidence was found */
    public Optional<Confidence> strongest() {
        Confidence best = null;
        for (Evidence item : evidence) {
            if (best == null || item.confidence().compareTo(best) > 0) {
                best = item.confidence();
            }
        }
        return Optional.ofNullable(best);
    }

    /** @return the distinct tools named by evidence that reaches the threshold, in evidence order */
    public List<String> tools() {
        Set<String> tools = new LinkedHashSet<>();
        for (Evidence item : flaggingEvidence()) {
            tools.add(item.tool());
        }
        return List.copyOf(tools);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CommitAssessment)) {
            return false;
        }
        CommitAssessment that = (CommitAssessment) o;
        return commit.equals(that.commit) && evidence.equals(that.evidence) && threshold == that.threshold;
    }

    @Override
    public int hashCode() {
        return Objects.hash(commit, evidence, threshold);
    }

    @Override
    public String toString() {
        return commit.shortId() + (aiAssisted() ? " AI-assisted " : " not flagged ") + evidence;
    }
}
