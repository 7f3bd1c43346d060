package io.jenkins.plugins.aigate.core.detection;

/**
 * How sure a piece of evidence is that an AI tool helped write a change. Ordered from weakest to strongest, so
 * {@code compareTo} answers "at least as strong as".
 */
public enum Confidence {
    /** Reported to approvers; does not flag a commit under the default threshold. */
    WEAK,
    /** Flags a commit under the default threshold. */
    STRONG,
    /** A marker only the tool itself writes; always flags. */
    DEFINITIVE;

    /** @return whether this confidence reaches {@code threshold} */
    public boolean atLeast(Confidence threshold) {
        return compareTo(threshold) >= 0;
    }
}
