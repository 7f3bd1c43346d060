package io.jenkins.plugins.aigate.core.git;

import io.jenkins.plugins.aigate.core.commit.ChangedPath;
import io.jenkins.plugins.aigate.core.commit.Commit;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads commits one at a time from git's textual output; only the commit being read is held in memory.
 *
 * <p>It accepts, and tells apart commit by commit from the date format, the three shapes commits arrive in:
 * <ol>
 *   <li>CLI git {@code git log --format=raw --raw --no-abbrev} (epoch dates), best with {@code --encoding=none} and
 *       bytes: each message and identity is then decoded by the commit's {@code encoding} header (UTF-8 without one);
 *   <li>git-client's {@code showRevision}: through CLI git ({@code --full-history -M -m}: a merge comes once per
 *       parent as {@code commit X (from P)} and becomes one {@link Commit} whose paths are those of the block against
 *       its first parent) or through JGit's {@code RawFormatter} (ISO dates in the agent's zone, so the writer's zone
 *       is unknown; unquoted paths; {@code R86<TAB>old new}; a blank line after each raw line; no root diff);
 *   <li>the git plugin's changelog file ({@code %ai} dates, all parents on one {@code parent} line).
 * </ol>
 *
 * <p>Tolerated as git emits them: lines between {@code commit} and {@code tree} (signature verification output such
 * as {@code No signature}), multi-line headers ({@code gpgsig}, {@code mergetag}), decorations on the commit line,
 * a {@code \r} before the line end (dropped; message lines are joined with {@code \n}), blank lines between raw
 * lines. A merge without raw lines for its first parent gets {@link Commit#pathsKnown()} false, so does a combined
 * diff ({@code ::}) or a JGit root commit; a non-merge listed without raw lines changed nothing.
 *
 * <p>The input must have been produced with raw diff output ({@code --raw}, {@code showRevision(.., true)}): a
 * non-merge without raw lines is read as having changed nothing. Messages are as the shape prints them: CLI git's
 * raw format already drops blank lines around the message and trailing blanks of each line; the changelog keeps the
 * message as stored. In a shallow clone git lists a boundary commit's whole tree as added; {@link GitLog} marks
 * those commits, a caller reading other output must know its boundary itself.
 *
 * <p>Bytes invalid in the commit's encoding become U+FFFD and mark the commit {@link Commit#undecodable()}. Input
 * that fits no shape throws {@link CommitFormatException}; input beyond the {@link ReadLimits} throws
 * {@link CommitLimitException}; both name the commit and the 1-based line, and every later call throws the same
 * exception (the reader does not skip ahead to later commits). An I/O failure of the underlying stream
 * surfaces as {@link UncheckedIOException}. Not thread-safe.
 */
public final class CommitReader implements Iterator<Commit>, Closeable {
    private final LineCursor cursor;
    private final BlockParser blocks;
    private final ReadLimits limits;
    private Commit next;
    private long nextPrintedBytes;
    private long printedBytes = -1;
    private boolean finished;
    private CommitReadException failure;
    private long commitsRead;

    private CommitReader(LineSource source, ReadLimits limits) {
        this.cursor = new LineCursor(source, limits);
        this.blocks = new BlockParser(cursor);
        this.limits = limits;
    }

    /** @return a reader of the bytes of any accepted shape, with {@link ReadLimits#defaults()} */
    public static CommitReader of(InputStream in) {
        return of(in, ReadLimits.defaults());
    }

    /** @return a reader of the bytes of any accepted shape */
    public static CommitReader of(InputStream in, ReadLimits limits) {
        return new CommitReader(new StreamLineSource(in), limits);
    }

    /**
     * @return a reader of text that was decoded already (e.g. a changelog file read as UTF-8); {@code encoding}
     *     headers are recorded but not applied again
     */
    public static CommitReader of(Reader text, ReadLimits limits) {
        return new CommitReader(TextLineSource.of(text), limits);
    }

    /**
     * @param lines the lines as git-client's {@code showRevision} returns them (already decoded, split on
     *              {@code \n}; an element holding {@code \n} is split further)
     * @return a reader of those lines
     */
    public static CommitReader ofLines(Iterable<String> lines, ReadLimits limits) {
        return new CommitReader(TextLineSource.of(lines), limits);
    }

    @Override
    public boolean hasNext() {
        if (failure != null) {
            // the input cannot be resynchronised after an error: every later call fails the same way
            throw failure;
        }
        if (next == null && !finished) {
            try {
                next = readCommit();
            } catch (CommitReadException e) {
                failure = e;
                throw e;
            }
            finished = next == null;
        }
        return next != null;
    }

    @Override
    public Commit next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Commit commit = next;
        next = null;
        printedBytes = nextPrintedBytes;
        return commit;
    }

    /**
     * @return the size of the commit object last returned as git printed it (headers, blank line, message lines,
     *     each with its line feed); less than the object's size when git left something out, e.g. everything after a
     *     NUL byte in the message. Meaningful for CLI git's raw format only; -1 before the first commit
     */
    long printedObjectBytes() {
        return printedBytes;
    }

    /** @return the number of commits returned so far */
    public long commitsRead() {
        return commitsRead - (next == null ? 0 : 1);
    }

    @Override
    public void close() throws IOException {
        finished = true;
        next = null;
        cursor.close();
    }

    private Commit readCommit() {
        cursor.startCommit();
        byte[] line = cursor.next();
        while (line != null && Bytes.stripCarriageReturn(line).length == 0) {
            line = cursor.read();
        }
        if (line == null) {
            return null;
        }
        cursor.chargeFirstLine(line);
        if (!CommitLine.isCommitLine(line)) {
            throw cursor.format(ReadProblem.EXPECTED_COMMIT_LINE,
                    "expected 'commit <id>' but found " + Bytes.excerpt(line));
        }
        if (commitsRead >= limits.maxCommits()) {
            throw cursor.tooMany();
        }
        TextDecoder pathDecoder = cursor.predecoded() ? TextDecoder.predecoded() : TextDecoder.utf8();
        CommitBlock first = blocks.read(line, null, pathDecoder);
        List<ChangedPath> paths = first.paths;
        boolean known = pathsKnownWithoutOtherBlocks(first);
        if (first.line.from() != null) {
            // with -m only the block against the first parent lists what the merged branch brought in
            boolean firstParent = first.line.from().equals(first.parents.get(0));
            known = firstParent && !first.combinedRawLines;
            paths = firstParent ? first.paths : null;
            while (cursor.peek() != null) {
                CommitLine peek = CommitLine.tryParse(Bytes.stripCarriageReturn(cursor.peek()));
                if (peek == null || !peek.id().equals(first.line.id()) || peek.from() == null) {
                    break;
                }
                CommitBlock other = blocks.read(cursor.next(), first, pathDecoder);
                if (paths == null && other.paths != null) {
                    paths = other.paths;
                    known = !other.combinedRawLines;
                }
            }
        }
        commitsRead++;
        nextPrintedBytes = first.printedObjectBytes;
        return build(first, known ? paths : null, pathDecoder);
    }

    private static boolean pathsKnownWithoutOtherBlocks(CommitBlock block) {
        if (block.combinedRawLines) {
            return false;
        }
        if (block.rawLines) {
            return true;
        }
        if (block.parents.size() > 1) {
            return false;
        }
        // JGit compares a root commit's tree with itself and lists nothing
        return !(block.parents.isEmpty() && block.style == DateStyle.ISO_JGIT);
    }

    private Commit build(CommitBlock block, List<ChangedPath> paths, TextDecoder pathDecoder) {
        TextDecoder text = cursor.predecoded() ? TextDecoder.predecoded() : TextDecoder.forEncoding(block.encoding);
        Commit.Builder builder = Commit.builder(block.line.id())
                .parents(block.parents)
                .author(block.authorIdent.ident())
                .committer(block.committerIdent.ident())
                .message(text.decode(block.message.toByteArray()))
                .encoding(block.encoding);
        if (paths != null) {
            paths.forEach(builder::changedPath);
        }
        if (block.missingHeader != null) {
            builder.unreadable("the commit has no " + block.missingHeader + " line");
        }
        return builder.pathsKnown(paths != null)
                .undecodable(block.identsUndecodable || text.undecodable() || pathDecoder.undecodable())
                .build();
    }
}
