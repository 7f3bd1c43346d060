package io.jenkins.plugins.aigate.core.git;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The reader's position in its input: one line of lookahead (the {@code commit} line that ends a commit), the byte
 * budget of the commit being read, and errors that name that commit and the current line.
 */
final class LineCursor {
    private final LineSource source;
    private final ReadLimits limits;
    private byte[] lookahead;
    private long lookaheadLineNumber;
    private String commitId;
    private long commitBytes;
    private long lineNumber;

    LineCursor(LineSource source, ReadLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    boolean predecoded() {
        return source.predecoded();
    }

    /** Starts a commit: its id is not known yet and nothing of its budget is spent. */
    void startCommit() {
        commitId = null;
        commitBytes = 0;
    }

    /** Charges the commit's first line to its budget, even when it was read ahead by the previous commit. */
    void chargeFirstLine(byte[] line) {
        commitBytes = line.length + 1L;
    }

    void commitId(String id) {
        commitId = id;
    }

    /** @return the line read ahead, or the next line of the input; {@code null} at the end */
    byte[] next() {
        byte[] line = lookahead;
        if (line != null) {
            lookahead = null;
            lineNumber = lookaheadLineNumber;
            return line;
        }
        return read();
    }

    /** @return the line read ahead, still pending, or {@code null} */
    byte[] peek() {
        return lookahead;
    }

    /** Keeps the line just read for {@link #next()}. */
    void pushBack(byte[] line) {
        lookahead = line;
        lookaheadLineNumber = lineNumber;
    }

    /** @return the next line of the input, charged to the commit's budget; {@code null} at the end */
    byte[] read() {
        long remaining = limits.maxCommitBytes() - commitBytes;
        byte[] line;
        try {
            line = source.next(Math.max(remaining, 0));
        } catch (LineSource.LineTooLongException e) {
            lineNumber = source.lineNumber();
            throw tooLarge();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (line != null) {
            lineNumber = source.lineNumber();
            commitBytes += line.length + 1L;
            if (commitBytes > limits.maxCommitBytes()) {
                throw tooLarge();
            }
        }
        return line;
    }

    private CommitLimitException tooLarge() {
        return new CommitLimitException(ReadProblem.COMMIT_TOO_LARGE, commitId, lineNumber,
                "the commit takes more than " + limits.maxCommitBytes() + " bytes");
    }

    CommitLimitException tooMany() {
        return new CommitLimitException(ReadProblem.TOO_MANY_COMMITS, commitId, lineNumber,
                "more than " + limits.maxCommits() + " commits");
    }

    CommitFormatException format(ReadProblem problem, String detail) {
        return new CommitFormatException(problem, commitId, lineNumber, detail);
    }

    void close() throws IOException {
        source.close();
    }
}
