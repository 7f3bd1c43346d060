package io.jenkins.plugins.aigate.core.git;

/** A helper found one line malformed; the reader adds the commit id and line number. */
final class MalformedLineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ReadProblem problem;

    MalformedLineException(ReadProblem problem, String detail) {
        super(detail, null, false, false);
        this.problem = problem;
    }

    ReadProblem problem() {
        return problem;
    }
}
