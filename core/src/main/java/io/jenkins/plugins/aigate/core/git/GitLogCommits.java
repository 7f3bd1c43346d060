package io.jenkins.plugins.aigate.core.git;

import io.jenkins.plugins.aigate.core.commit.Commit;
import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The commits of one running {@code git log}, read as git writes them. When git's output ends, git's exit code is
 * checked: a failure (not a repository, unknown revision) surfaces as {@link GitCommandException} from
 * {@link #hasNext()}. Malformed output surfaces as {@link CommitReadException}. Not thread-safe.
 */
public final class GitLogCommits implements Iterator<Commit>, Closeable {
    private final GitProcess process;
    private final CommitReader reader;
    private final Set<String> shallowBoundary;
    private boolean checked;

    GitLogCommits(GitProcess process, CommitReader reader, Set<String> shallowBoundary) {
        this.process = process;
        this.reader = reader;
        this.shallowBoundary = shallowBoundary;
    }

    @Override
    public boolean hasNext() {
        boolean more;
        try {
            more = reader.hasNext();
        } catch (CommitReadException e) {
            // output cut short because git failed is git's failure, not a format problem
            Integer code = process.exitCodeIfDone();
            process.destroy();
            if (code != null && code != 0) {
                GitCommandException failure = process.failure(code);
                failure.addSuppressed(e);
                throw failure;
            }
            throw e;
        } catch (RuntimeException e) {
            process.destroy();
            throw e;
        }
        if (!more && !checked) {
            checked = true;
            int code = process.waitFor();
            if (code != 0) {
                throw process.failure(code);
            }
        }
        return more;
    }

    @Override
    public Commit next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Commit commit = reader.next();
        return shallowBoundary.contains(commit.id()) ? withoutPaths(commit) : commit;
    }

    /** @return the commit with its paths unknown */
    static Commit withoutPaths(Commit commit) {
        return Commit.builder(commit.id()).parents(commit.parentIds()).author(commit.author())
                .committer(commit.committer()).message(commit.message()).encoding(commit.encoding().orElse(null))
                .undecodable(commit.undecodable()).pathsKnown(false).build();
    }

    /** @return the number of commits returned so far */
    public long commitsRead() {
        return reader.commitsRead();
    }

    /** Stops git if it still runs. */
    @Override
    public void close() throws IOException {
        process.destroy();
        reader.close();
    }
}
