package io.jenkins.plugins.aigate.core.git;

/**
 * How an identity line writes its date; it tells the three input shapes apart, one commit at a time.
 */
enum DateStyle {
    /** CLI git's raw format: {@code 1700000000 +0100}, the writer's own zone. */
    EPOCH,
    /** The git plugin changelog's {@code %ai}: {@code 2023-11-14 23:13:20 +0100}, the writer's own zone. */
    ISO_SPACED,
    /** git-client's JGit {@code RawFormatter}: {@code 2023-11-14T23:13:20+0100}, in the agent's zone. */
    ISO_JGIT,
    /** Missing or unreadable. */
    UNKNOWN;

    /** @return whether paths in this shape are printed as-is, never C-quoted (JGit) */
    boolean unquotedPaths() {
        return this == ISO_JGIT;
    }
}
