package io.jenkins.plugins.aigate.scm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The commits of one range read from git at checkout, for one environment's baseline: where the raw text is kept
 * (a file in the build directory), how many commits it holds, or why reading failed (the gate then fails closed).
 */
public final class RangeRead {
    private final String environment;
    private final String base;
    private final String baselineStatus;
    private final String previousBaseline;
    private final String file;
    private final int commitCount;
    private final boolean truncated;
    private final String failure;
    /** Commits whose message git could not print whole (a NUL byte); {@code null} in records saved before. */
    private final ArrayList<String> hiddenText;

    /**
     * @param environment      the environment whose baseline bounded the range ({@code ""} for none named)
     * @param base             the exclusive start of the range, or {@code null} when there was no usable baseline
     * @param baselineStatus   core's {@code BaselineStatus} name: why the base is (or is not) known
     * @param previousBaseline a recorded baseline that could not be used (force-push), or {@code null}
     * @param file             the raw {@code showRevision} text's file name in the build's {@code ai-gate} directory
     * @param truncated        whether the range was cut at the policy's {@code maxCommits} (no baseline)
     * @param failure          why the range could not be read; {@code null} when it was
     */
    public RangeRead(String environment, String base, String baselineStatus, String previousBaseline, String file,
            int commitCount, boolean truncated, String failure) {
        this(environment, base, baselineStatus, previousBaseline, file, commitCount, truncated, failure, List.of());
    }

    /** @param hiddenText the ids of commits whose message git could not print whole */
    public RangeRead(String environment, String base, String baselineStatus, String previousBaseline, String file,
            int commitCount, boolean truncated, String failure, List<String> hiddenText) {
        this.hiddenText = new ArrayList<>(hiddenText);
        this.environment = environment;
        this.base = base;
        this.baselineStatus = baselineStatus;
        this.previousBaseline = previousBaseline;
        this.file = file;
        this.commitCount = commitCount;
        this.truncated = truncated;
        this.failure = failure;
    }

    public String getEnvironment() {
        return environment;
    }

    public String getBase() {
        return base;
    }

    public String getBaselineStatus() {
        return baselineStatus;
    }

    public String getPreviousBaseline() {
        return previousBaseline;
    }

    public String getFile() {
        return file;
    }

    public int getCommitCount() {
        return commitCount;
    }

    public boolean isTruncated() {
        return truncated;
    }

    public String getFailure() {
        return failure;
    }

    /** @return the ids of commits whose message git could not print whole (a NUL byte) */
    public List<String> getHiddenText() {
        return hiddenText == null ? List.of() : Collections.unmodifiableList(hiddenText);
    }

    public boolean isFailed() {
        return failure != null;
    }
}
