package io.jenkins.plugins.aigate.core.policy;

/** How a build ends when a pending gate's time runs out; either way the gate is recorded as expired. */
public enum TimeoutAction {
    /** The build is aborted (the default). */
    ABORT("abort"),
    /** The build fails. */
    FAIL("fail");

    private final String spelling;

    TimeoutAction(String spelling) {
        this.spelling = spelling;
    }

    /** @return the value as written in YAML and JCasC */
    public String spelling() {
        return spelling;
    }

    /** @return the action for an exact spelling, or {@code null} */
    public static TimeoutAction fromSpelling(String value) {
        for (TimeoutAction action : values()) {
            if (action.spelling.equals(value)) {
                return action;
            }
        }
        return null;
    }
}
