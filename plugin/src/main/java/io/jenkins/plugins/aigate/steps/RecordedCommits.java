package io.jenkins.plugins.aigate.steps;

import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.gate.CommitSource;
import io.jenkins.plugins.aigate.core.gate.RangeCommits;
import io.jenkins.plugins.aigate.core.git.CommitReader;
import io.jenkins.plugins.aigate.core.git.ReadLimits;
import io.jenkins.plugins.aigate.core.range.BaselineStatus;
import io.jenkins.plugins.aigate.core.range.CommitRange;
import io.jenkins.plugins.aigate.scm.CheckoutRecord;
import io.jenkins.plugins.aigate.scm.RangeRead;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The range the checkout listener resolved and wrote to the build's directory, read back for the gate. The listener
 * already bounded it: a range with a base was read whole (or not at all), one without a base cut at
 * {@code maxCommits} and marked truncated.
 */
final class RecordedCommits implements CommitSource {
    private final File file;
    private final String head;
    private final RangeRead read;

    /**
     * @param buildDirectory the build's root directory
     * @param checkout       the checkout the range belongs to
     * @param read           the range read for the gate's environment
     */
    RecordedCommits(File buildDirectory, CheckoutRecord checkout, RangeRead read) {
        this.file = new File(new File(buildDirectory, "ai-gate"), read.getFile());
        this.head = checkout.getHead();
        this.read = read;
    }

    @Override
    public RangeCommits read(int maxCommits) throws IOException {
        List<Commit> found = new ArrayList<>();
        ReadLimits limits = ReadLimits.defaults().withMaxCommits(maxCommits + 1L);
        try (Reader text = Files.newBufferedReader(file.toPath(), StandardCharsets.UTF_8);
                CommitReader commits = CommitReader.of(text, limits)) {
            while (commits.hasNext()) {
                Commit commit = commits.next();
                // git printed this message only up to a NUL byte: what it says past that is unseen, so it is gated
                found.add(read.getHiddenText().contains(commit.id())
                        ? commit.toBuilder().unreadable(Messages.AiGateStepExecution_hiddenText()).build() : commit);
            }
        }
        CommitRange range = read.getBase() != null ? CommitRange.since(read.getBase(), head)
                : CommitRange.withoutBaseline(head, BaselineStatus.valueOf(read.getBaselineStatus()),
                        read.getPreviousBaseline()).truncated(read.isTruncated());
        return new RangeCommits(range, found);
    }
}
