package io.jenkins.plugins.aigate.core.policy;

/**
 * What the gate does with its decision. Ordered from loosest to tightest, so a pipeline override may only move
 * up this order.
 */
public enum Mode {
    /** The gate does not evaluate; it records that it was off. */
    OFF("off"),
    /** The gate evaluates and records what would have been required, but never pauses. */
    OBSERVE("observe"),
    /** The gate pauses the deploy until the required approvals are given. */
    ENFORCE("enforce");

    private final String spelling;

    Mode(String spelling) {
        this.spelling = spelling;
    }

    /** @return the value as written in YAML and JCasC */
    public String spelling() {
        return spelling;
    }

    /**
     * @param value a value as written in YAML or JCasC (exact spelling)
     * @return the mode, or {@code null} when the value is not one
     */
    public static Mode fromSpelling(String value) {
        for (Mode mode : values()) {
            if (mode.spelling.equals(value)) {
                return mode;
            }
        }
        return null;
    }

    /** @return whether this mode is at least as strict as {@code other} */
    public boolean atLeast(Mode other) {
        return compareTo(other) >= 0;
    }
}
