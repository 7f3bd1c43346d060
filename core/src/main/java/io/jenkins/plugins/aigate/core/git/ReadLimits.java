package io.jenkins.plugins.aigate.core.git;

/**
 * Bounds a {@link CommitReader} enforces so that a caller can fail closed on hostile or runaway input instead of
 * running out of memory. Exceeding a bound throws {@link CommitLimitException}.
 */
public final class ReadLimits {
    /** 64 MiB: room for a 5 MiB message plus 100,000 long paths, far below a default heap. */
    public static final long DEFAULT_MAX_COMMIT_BYTES = 64L * 1024 * 1024;

    private static final ReadLimits DEFAULTS = new ReadLimits(DEFAULT_MAX_COMMIT_BYTES, Long.MAX_VALUE);

    private final long maxCommitBytes;
    private final long maxCommits;

    private ReadLimits(long maxCommitBytes, long maxCommits) {
        if (maxCommitBytes < 1 || maxCommits < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxCommitBytes = maxCommitBytes;
        this.maxCommits = maxCommits;
    }

    /** @return {@value #DEFAULT_MAX_COMMIT_BYTES} bytes per commit and no bound on the number of commits */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * @param bytes the most input bytes one commit may take, all its lines and per-parent blocks together
     * @return these limits with that bound
     */
    public ReadLimits withMaxCommitBytes(long bytes) {
        return new ReadLimits(bytes, maxCommits);
    }

    /**
     * @param commits the most commits the reader returns; reading one more fails
     * @return these limits with that bound
     */
    public ReadLimits withMaxCommits(long commits) {
        return new ReadLimits(maxCommitBytes, commits);
    }

    public long maxCommitBytes() {
        return maxCommitBytes;
    }

    public long maxCommits() {
        return maxCommits;
    }

    @Override
    public String toString() {
        return "maxCommitBytes=" + maxCommitBytes + ", maxCommits=" + maxCommits;
    }
}
