package io.jenkins.plugins.aigate.core.gate;

import java.io.IOException;

/**
 * Where a gate's commits come from: the CLI reads git in the checkout, the plugin the file its checkout listener
 * wrote. The source decides the range (see {@link io.jenkins.plugins.aigate.core.range.RangeResolver}); the gate
 * only reads it.
 */
@FunctionalInterface
public interface CommitSource {
    /**
     * Reads the range once.
     *
     * @param maxCommits the policy's bound: a source cuts a longer range there and marks it truncated (or, when the
     *                   range was bounded when recorded, refuses more)
     * @return the range and its commits, in range order
     * @throws IOException when the commits cannot be read; the gate then decides nothing
     */
    RangeCommits read(int maxCommits) throws IOException;
}
