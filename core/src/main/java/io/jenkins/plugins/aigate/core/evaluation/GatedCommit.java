package io.jenkins.plugins.aigate.core.evaluation;

import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import io.jenkins.plugins.aigate.core.detection.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * One commit a decision names: an AI-assisted commit that counts, one that an exempt rule excused, or a commit of
 * any kind that touched an {@code anyCommit} rule's paths. Carries the detector's whole assessment (evidence
 * included) and the names of the policy rules that applied to it.
 */
public final class GatedCommit {
    private final CommitAssessment assessment;
    private final List<String> rules;
    private final boolean exempt;

    GatedCommit(CommitAssessment assessment, List<String> rules, boolean exempt) {
        this.assessment = Objects.requireNonNull(assessment, "assessment");
        this.rules = List.copyOf(rules);
        this.exempt = exempt;
    }

    public CommitAssessment assessment() {
        return assessment;
    }

    public Commit commit() {
        return assessment.commit();
    }

    /** @return all evidence the detector found, weak evidence included */
    public List<Evidence> evidence() {
        return assessment.evidence();
    }

    /** @return whether the detector flagged the commit as AI-assisted */
    public boolean aiAssisted() {
        return assessment.aiAssisted();
    }

    /**
     * @return the rules that applied, in policy order: for a counted commit the rules that raised its quorum or
     *     made it count; for an exempt one the exempt rules that covered its paths
     */
    public List<String> rules() {
        return rules;
    }

    /** @return whether exempt rules covered every path, so the commit does not count */
    public boolean exempt() {
        return exempt;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GatedCommit)) {
            return false;
        }
        GatedCommit that = (GatedCommit) o;
        return exempt == that.exempt && assessment.equals(that.assessment) && rules.equals(that.rules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assessment, rules, exempt);
    }

    @Override
    public String toString() {
        return assessment.commit().shortId() + (exempt ? " exempt by " : " rules ") + rules
                + (aiAssisted() ? " AI-assisted" : "");
    }
}
