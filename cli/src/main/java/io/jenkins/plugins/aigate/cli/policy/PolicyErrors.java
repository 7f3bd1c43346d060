package io.jenkins.plugins.aigate.cli.policy;

import io.jenkins.plugins.aigate.cli.BadInputException;
import io.jenkins.plugins.aigate.cli.policyfile.PolicyFileException;

/** Turns a policy file's problems into the one-line error every command but {@code policy validate} prints. */
public final class PolicyErrors {
    private PolicyErrors() {
    }

    /**
     * @return a bad-input error naming the first problem (file, line, column, key, message) and how many more
     *     there are; {@code aigate policy validate} lists them all
     */
    public static BadInputException oneLine(PolicyFileException e) {
        if (e.problems().isEmpty()) {
            return new BadInputException("policy error: " + e.getMessage(), e);
        }
        int more = e.problems().size() - 1;
        return new BadInputException("policy error: " + e.problems().get(0)
                + (more > 0 ? " (and " + more + " more; 'aigate policy validate' lists them)" : ""), e);
    }
}
