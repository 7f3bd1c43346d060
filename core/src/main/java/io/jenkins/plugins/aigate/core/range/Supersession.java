package io.jenkins.plugins.aigate.core.range;

/**
 * When a pending gate no longer needs a decision: a newer head for the same job, repository and environment was
 * approved and contains the pending head, so every commit the pending gate asks about was either in the approved
 * range or already behind its baseline.
 */
public final class Supersession {
    private Supersession() {
    }

    /**
     * @param pendingKey   the pending gate's job, repository and environment
     * @param pendingHead  the head the pending gate inspects
     * @param approvedKey  the approved gate's job, repository and environment
     * @param approvedHead the head that was approved
     * @param ancestry     answers ancestry questions about the repository
     * @return whether the pending gate is superseded; {@code false} whenever ancestry cannot be told (it then
     *     stays pending: fail closed)
     */
    public static boolean supersedes(BaselineKey pendingKey, String pendingHead, BaselineKey approvedKey,
            String approvedHead, AncestryCheck ancestry) {
        if (!pendingKey.equals(approvedKey)) {
            return false;
        }
        if (pendingHead.equals(approvedHead)) {
            return true;
        }
        try {
            return ancestry.check(pendingHead, approvedHead) == Ancestry.ANCESTOR;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
