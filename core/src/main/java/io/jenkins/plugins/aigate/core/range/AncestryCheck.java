package io.jenkins.plugins.aigate.core.range;

/**
 * Answers ancestry questions about one repository. The CLI implements it with {@code git merge-base
 * --is-ancestor}, the plugin with its git client; both run it off any latency-sensitive thread.
 */
@FunctionalInterface
public interface AncestryCheck {
    /**
     * @param ancestor   a full commit id
     * @param descendant a full commit id
     * @return whether {@code ancestor} is reachable from {@code descendant}; {@link Ancestry#UNKNOWN} rather than
     *     an exception when it cannot be told
     */
    Ancestry check(String ancestor, String descendant);
}
