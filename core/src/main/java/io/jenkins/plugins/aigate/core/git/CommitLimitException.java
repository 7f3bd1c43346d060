package io.jenkins.plugins.aigate.core.git;

/** The input exceeded one of the {@link ReadLimits}; callers should fail closed rather than read on. */
public final class CommitLimitException extends CommitReadException {
    private static final long serialVersionUID = 1L;

    CommitLimitException(ReadProblem problem, String commitId, long lineNumber, String detail) {
        super(problem, commitId, lineNumber, detail);
    }
}
