package io.jenkins.plugins.aigate.core.gate;

import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.range.CommitRange;
import java.util.List;
import java.util.Objects;

/** A range as read: its bounds, baseline status and truncation, and its commits in range order. */
public final class RangeCommits {
    private final CommitRange range;
    private final List<Commit> commits;

    /**
     * @param range   the range
     * @param commits its commits, in range order
     */
    public RangeCommits(CommitRange range, List<Commit> commits) {
        this.range = Objects.requireNonNull(range, "range");
        this.commits = List.copyOf(commits);
    }

    public CommitRange range() {
        return range;
    }

    public List<Commit> commits() {
        return commits;
    }
}
