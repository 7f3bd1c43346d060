package io.jenkins.plugins.aigate.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Whether the last attempt to apply a policy succeeded; if not, who tried, when, and every problem. */
public final class PolicyStatus {
    private static final PolicyStatus VALID = new PolicyStatus(List.of(), null, 0L);

    private final List<String> problems;
    private final String refusedFor;
    private final long refusedAtMillis;

    private PolicyStatus(List<String> problems, String refusedFor, long refusedAtMillis) {
        this.problems = Collections.unmodifiableList(new ArrayList<>(problems));
        this.refusedFor = refusedFor;
        this.refusedAtMillis = refusedAtMillis;
    }

    static PolicyStatus valid() {
        return VALID;
    }

    static PolicyStatus refused(List<String> problems, String who, long atMillis) {
        return new PolicyStatus(problems, who, atMillis);
    }

    /** @return whether the last attempt applied */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /** @return every problem of the refused attempt, each starting with its field path */
    public @NonNull List<String> getProblems() {
        return problems;
    }

    /** @return the problems on one line */
    public @NonNull String getSummary() {
        return String.join("; ", problems);
    }

    /** @return the user whose change was refused ({@code SYSTEM} for JCasC at start-up) */
    public @CheckForNull String getRefusedFor() {
        return refusedFor;
    }

    /** @return when the change was refused, in epoch milliseconds */
    public long getRefusedAtMillis() {
        return refusedAtMillis;
    }
}
