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
    private final CommitObjects objects;
    private final String pathsUnknownBecause;
    private boolean checked;

    GitLogCommits(GitProcess process, CommitReader reader, Set<String> shallowBoundary, CommitObjects objects,
            String pathsUnknownBecause) {
        this.process = process;
        this.reader = reader;
        this.shallowBoundary = shallowBoundary;
        this.objects = objects;
        this.pathsUnknownBecause = pathsUnknownBecause;
    }

    /**
     * @return why no commit's paths are known, when git was asked for none (a partial clone, whose trees and blobs
     *     may be missing); empty when paths were read
     */
    public java.util.Optional<String> pathsUnknownBecause() {
        return java.util.Optional.ofNullable(pathsUnknownBecause);
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
        if (objects != null) {
            long size = objects.nextSize(commit.id());
            if (size > reader.printedObjectBytes() && reader.printedObjectBytes() >= 0) {
                commit = readWhole(commit);
            }
        }
        return shallowBoundary.contains(commit.id()) || pathsUnknownBecause != null ? withoutPaths(commit) : commit;
    }

    /**
     * git printed less than the object holds. Mostly blank lines and trailing blanks it trims; a NUL byte is worse:
     * git prints the message only up to it, so text after it (a co-author line) would go unseen. Then the message
     * is read from the object, NUL bytes shown as U+FFFD, and the commit is marked unreadable.
     */
    private Commit readWhole(Commit commit) {
        byte[] object = objects.read(commit.id());
        if (object == null) {
            return commit.toBuilder().unreadable("git printed less than the commit object holds, and the object "
                    + "cannot be read").build();
        }
        int body = indexOf(object, new byte[] {'\n', '\n'});
        if (indexOf(object, new byte[] {0}) < 0) {
            return commit;
        }
        byte[] message = body < 0 ? new byte[0] : java.util.Arrays.copyOfRange(object, body + 2, object.length);
        String text = TextDecoder.forEncoding(commit.encoding().orElse(null)).decode(message).replace('\0', '\uFFFD');
        return commit.toBuilder().message(text).unreadable("the commit object holds a NUL byte, where git log stops"
                + " printing; read from the object instead").build();
    }

    private static int indexOf(byte[] bytes, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= bytes.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** @return the commit with its paths unknown */
    static Commit withoutPaths(Commit commit) {
        return Commit.builder(commit.id()).parents(commit.parentIds()).author(commit.author())
                .committer(commit.committer()).message(commit.message()).encoding(commit.encoding().orElse(null))
                .undecodable(commit.undecodable()).unreadable(commit.unreadable().orElse(null)).pathsKnown(false)
                .build();
    }

    /** @return the number of commits returned so far */
    public long commitsRead() {
        return reader.commitsRead();
    }

    /** Stops git if it still runs. */
    @Override
    public void close() throws IOException {
        process.destroy();
        if (objects != null) {
            objects.close();
        }
        reader.close();
    }
}
