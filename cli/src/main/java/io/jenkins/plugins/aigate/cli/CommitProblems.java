package io.jenkins.plugins.aigate.cli;

import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.CommitBounds;
import java.util.ArrayList;
import java.util.List;

/** The evidence lines {@code scan} and {@code check} print for a commit git could not show whole, or too large. */
public final class CommitProblems {
    private CommitProblems() {
    }

    /** @return one line per problem, each starting with its code; empty for an ordinary commit */
    public static List<String> of(Commit commit) {
        List<String> problems = new ArrayList<>();
        commit.unreadable().ifPresent(why -> problems.add("UNREADABLE_COMMIT: " + why));
        CommitBounds.exceeded(commit).ifPresent(why -> problems.add("OVERSIZED_COMMIT: " + why));
        return problems;
    }
}
