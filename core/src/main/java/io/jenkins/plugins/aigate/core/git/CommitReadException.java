package io.jenkins.plugins.aigate.core.git;

import java.util.Optional;

/**
 * Reading commits stopped: the input was malformed or exceeded a bound. Names the commit (when its {@code commit}
 * line had been read) and the 1-based input line, so the message points at the exact place.
 */
public abstract class CommitReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ReadProblem problem;
    private final String commitId;
    private final long lineNumber;

    CommitReadException(ReadProblem problem, String commitId, long lineNumber, String detail) {
        super(describe(commitId, lineNumber, detail));
        this.problem = problem;
        this.commitId = commitId;
        this.lineNumber = lineNumber;
    }

    private static String describe(String commitId, long lineNumber, String detail) {
        String where = "line " + lineNumber;
        return (commitId == null ? where : "commit " + commitId + ", " + where) + ": " + detail;
    }

    /** @return what went wrong, as a code */
    public ReadProblem problem() {
        return problem;
    }

    /** @return the id of the commit being read, if its {@code commit} line had been read */
    public Optional<String> commitId() {
        return Optional.ofNullable(commitId);
    }

    /** @return the 1-based number of the input line where reading stopped */
    public long lineNumber() {
        return lineNumber;
    }
}
