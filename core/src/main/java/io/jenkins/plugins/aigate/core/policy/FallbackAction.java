package io.jenkins.plugins.aigate.core.policy;

/**
 * What the gate does when it cannot see the whole picture: a range with no usable baseline, or a commit whose
 * pull request could not be resolved.
 */
public enum FallbackAction {
    /** Treat the uncertainty as a reason to require approval (fail closed; the default). */
    REQUIRE_APPROVAL("requireApproval"),
    /** Accept the uncertainty; the decision still records it. */
    PASS("pass");

    private final String spelling;

    FallbackAction(String spelling) {
        this.spelling = spelling;
    }

    /** @return the value as written in YAML and JCasC */
    public String spelling() {
        return spelling;
    }

    /** @return the action for an exact spelling, or {@code null} */
    public static FallbackAction fromSpelling(String value) {
        for (FallbackAction action : values()) {
            if (action.spelling.equals(value)) {
                return action;
            }
        }
        return null;
    }
}
