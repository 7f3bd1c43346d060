package io.jenkins.plugins.aigate.core.git;

/** The input is not commit text in any shape the reader accepts. */
public final class CommitFormatException extends CommitReadException {
    private static final long serialVersionUID = 1L;

    CommitFormatException(ReadProblem problem, String commitId, long lineNumber, String detail) {
        super(problem, commitId, lineNumber, detail);
    }
}
