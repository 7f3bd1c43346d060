package io.jenkins.plugins.aigate.cli.scan;

import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.detection.Evidence;
import java.io.IOException;
import java.util.List;

/**
 * Writes the result of a scan as the commits stream past: one call per commit in git log order, then the summary.
 * A report keeps no commit after its call returns, so memory stays flat however long the history.
 */
interface ScanReport {
    /**
     * @param commit     the commit read
     * @param aiAssisted whether the detector flagged it
     * @param evidence   everything the detector found, flagging or not
     */
    void commit(Commit commit, boolean aiAssisted, List<Evidence> evidence) throws IOException;

    /** Writes the summary and flushes; called once, after the last commit. */
    void finish(ScanTally tally) throws IOException;
}
