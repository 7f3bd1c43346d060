package io.jenkins.plugins.aigate.cli.scan;

import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import io.jenkins.plugins.aigate.core.pullrequest.CommitLookup;
import java.io.IOException;

/**
 * Writes the result of a scan as the commits stream past: one call per commit in git log order, then the summary.
 * A report keeps no commit after its call returns, so memory stays flat however long the history.
 */
interface ScanReport {
    /** @param assessment one commit read and what the detector found in it, flagging or not */
    void commit(CommitAssessment assessment) throws IOException;

    /**
     * @param assessment one commit read and what the detector found in it and in its pull requests
     * @param lookup     how the commit's pull-request lookup ended, or {@code null} when none was asked for
     */
    default void commit(CommitAssessment assessment, CommitLookup lookup) throws IOException {
        commit(assessment);
    }

    /** Writes the summary and flushes; called once, after the last commit. */
    void finish(ScanTally tally) throws IOException;

    /**
     * Ends the report when the scan failed part-way, instead of {@link #finish}: what was written stays a whole
     * document. The text report writes nothing (the error goes to standard error).
     *
     * @param error one line saying why the scan stopped
     */
    default void fail(ScanTally tally, String error) throws IOException {
    }
}
