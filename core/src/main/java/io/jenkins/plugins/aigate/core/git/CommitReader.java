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
 * <p>Bytes invalid in the commit's encoding become U+FFFD and mark the commit {@link Commit#undecodable()}. Input
 * that fits no shape throws {@link CommitFormatException}; input beyond the {@link ReadLimits} throws
 * {@link CommitLimitException}; both name the commit and the 1-based line, and every later call throws the same
 * exception (the reader does not skip ahead to later commits). An I/O failure of the underlying stream
 * surfaces as {@link UncheckedIOException}. Not thread-safe.
 */
public final class CommitReader implements Iterator<Commit>, Closeable {
    private static final String INDENT = "    ";

    private final LineSource source;
    private final ReadLimits limits;
    private byte[] lookahead;
    private long lookaheadLineNumber;
    private Commit next;
    private boolean finished;
    private CommitReadException failure;
    private long commitsRead;
    private String currentId;
    private long commitBytes;
    private long lineNumber;
    private TextDecoder pathDecoder;

    private CommitReader(LineSource source, ReadLimits limits) {
        this.source = source;
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
        return commit;
    }

    /** @return the number of commits returned so far */
    public long commitsRead() {
        return commitsRead - (next == null ? 0 : 1);
    }

    @Override
    public void close() throws IOException {
        finished = true;
        next = null;
        source.close();
    }

    private Commit readCommit() {
        currentId = null;
        commitBytes = 0;
        byte[] line = takeLookahead();
        while (line != null && Bytes.stripCarriageReturn(line).length == 0) {
            line = readLine();
        }
        if (line == null) {
            return null;
        }
        commitBytes = line.length + 1L;
        if (!CommitLine.isCommitLine(line)) {
            throw format(ReadProblem.EXPECTED_COMMIT_LINE, "expected 'commit <id>' but found " + Bytes.excerpt(line));
        }
        if (commitsRead >= limits.maxCommits()) {
            throw new CommitLimitException(ReadProblem.TOO_MANY_COMMITS, null, lineNumber,
                    "more than " + limits.maxCommits() + " commits");
        }
        pathDecoder = source.predecoded() ? TextDecoder.predecoded() : TextDecoder.utf8();
        CommitBlock first = readBlock(line, null);
        List<ChangedPath> paths = first.paths;
        boolean known = pathsKnownWithoutOtherBlocks(first);
        if (first.line.from() != null) {
            // with -m only the block against the first parent lists what the merged branch brought in
            boolean firstParent = first.line.from().equals(first.parents.get(0));
            known = firstParent && !first.combinedRawLines;
            paths = firstParent ? first.paths : null;
            while (lookahead != null) {
                CommitLine peek = CommitLine.tryParse(Bytes.stripCarriageReturn(lookahead));
                if (peek == null || !peek.id().equals(first.line.id()) || peek.from() == null) {
                    break;
                }
                CommitBlock other = readBlock(takeLookahead(), first);
                if (paths == null && other.paths != null) {
                    paths = other.paths;
                    known = !other.combinedRawLines;
                }
            }
        }
        commitsRead++;
        return build(first, known ? paths : null);
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

    private Commit build(CommitBlock block, List<ChangedPath> paths) {
        TextDecoder text = source.predecoded() ? TextDecoder.predecoded() : TextDecoder.forEncoding(block.encoding);
        byte[] messageBytes = block.message.toByteArray();
        Commit.Builder builder = Commit.builder(block.line.id())
                .parents(block.parents)
                .author(block.authorIdent.ident())
                .committer(block.committerIdent.ident())
                .message(text.decode(messageBytes))
                .encoding(block.encoding);
        if (paths != null) {
            paths.forEach(builder::changedPath);
        }
        return builder.pathsKnown(paths != null)
                .undecodable(block.identsUndecodable || text.undecodable() || pathDecoder.undecodable())
                .build();
    }

    /**
     * Reads one block from its commit line up to the next commit line (left in {@link #lookahead}) or the end.
     *
     * @param first the commit's first block when this is a later per-parent block, else {@code null}
     */
    private CommitBlock readBlock(byte[] commitLine, CommitBlock first) {
        CommitLine parsed;
        try {
            parsed = CommitLine.parse(Bytes.stripCarriageReturn(commitLine));
        } catch (MalformedLineException e) {
            throw format(e.problem(), e.getMessage());
        }
        currentId = parsed.id();
        boolean keepPaths = first == null || parsed.from().equals(first.parents.get(0));
        CommitBlock block = new CommitBlock(parsed, first == null, keepPaths);
        readHeaders(block);
        if (first == null) {
            decodeIdents(block);
        } else {
            block.style = first.style;
        }
        if (parsed.from() != null && !block.parents.contains(parsed.from())) {
            throw format(ReadProblem.BAD_COMMIT_LINE, "(from " + parsed.from() + ") is not one of its parents");
        }
        byte[] line = readMessage(block);
        readRawLines(block, line);
        return block;
    }

    private void readHeaders(CommitBlock block) {
        byte[] line = readLine();
        // CLI git with log.showSignature prints verification output between 'commit' and 'tree'
        while (line != null && !Bytes.startsWith(line, "tree ")) {
            if (CommitLine.isCommitLine(line)) {
                throw format(ReadProblem.MISSING_HEADER, "no 'tree' line before the next commit");
            }
            line = readLine();
        }
        if (line == null) {
            throw format(ReadProblem.TRUNCATED, "input ended before the 'tree' line");
        }
        String previous = null;
        while (line != null) {
            line = Bytes.stripCarriageReturn(line);
            if (line.length == 0) {
                break;
            }
            if (line[0] == ' ') {
                if (previous == null) {
                    throw format(ReadProblem.BAD_HEADER, "continuation line without a header");
                }
            } else {
                previous = header(block, line);
            }
            line = readLine();
        }
        if (block.author == null || block.committer == null) {
            throw format(line == null ? ReadProblem.TRUNCATED : ReadProblem.MISSING_HEADER,
                    "no '" + (block.author == null ? "author" : "committer") + "' line");
        }
    }

    /** @return the header's key */
    private String header(CommitBlock block, byte[] line) {
        if (CommitLine.isCommitLine(line)) {
            throw format(ReadProblem.BAD_HEADER, "a commit line inside the headers");
        }
        int space = Bytes.indexOf(line, (byte) ' ', 0);
        String key = Bytes.ascii(line, 0, space < 0 ? line.length : space);
        int valueStart = space < 0 ? line.length : space + 1;
        switch (key) {
            case "tree":
                requireOnce(block.sawTree, key);
                block.sawTree = true;
                requireObjectId(Bytes.ascii(line, valueStart, line.length), key);
                break;
            case "parent":
                // the changelog puts all parents on one line, and an empty one for a root commit
                for (String id : Bytes.ascii(line, valueStart, line.length).split(" ")) {
                    if (!id.isEmpty()) {
                        block.parents.add(requireObjectId(id, key));
                    }
                }
                break;
            case "author":
                requireOnce(block.author != null, key);
                block.author = java.util.Arrays.copyOfRange(line, valueStart, line.length);
                break;
            case "committer":
                requireOnce(block.committer != null, key);
                block.committer = java.util.Arrays.copyOfRange(line, valueStart, line.length);
                break;
            case "encoding":
                requireOnce(block.encoding != null, key);
                block.encoding = Bytes.ascii(line, valueStart, line.length).trim();
                break;
            default:
                // gpgsig, gpgsig-sha256, mergetag and any other extra header: not needed, skipped with its lines
        }
        return key;
    }

    private void requireOnce(boolean seen, String key) {
        if (seen) {
            throw format(ReadProblem.BAD_HEADER, "a second '" + key + "' header");
        }
    }

    private String requireObjectId(String id, String key) {
        if (!Bytes.isObjectId(id)) {
            throw format(ReadProblem.BAD_HEADER, "'" + key + "' is not followed by a full object id");
        }
        return id;
    }

    private void decodeIdents(CommitBlock block) {
        TextDecoder text = source.predecoded() ? TextDecoder.predecoded() : TextDecoder.forEncoding(block.encoding);
        block.authorIdent = IdentParser.parse(text.decode(block.author));
        block.committerIdent = IdentParser.parse(text.decode(block.committer));
        block.identsUndecodable = text.undecodable();
        block.style = block.committerIdent.style() != DateStyle.UNKNOWN
                ? block.committerIdent.style() : block.authorIdent.style();
    }

    /** @return the first line after the message, or {@code null} at the end */
    private byte[] readMessage(CommitBlock block) {
        byte[] line = readLine();
        while (line != null && Bytes.startsWith(line, INDENT)) {
            if (block.message != null) {
                if (block.messageLines > 0) {
                    block.message.write('\n');
                }
                int end = line.length;
                if (end > INDENT.length() && line[end - 1] == '\r') {
                    end--;
                }
                block.message.write(line, INDENT.length(), end - INDENT.length());
            }
            block.messageLines++;
            line = readLine();
        }
        return line;
    }

    private void readRawLines(CommitBlock block, byte[] line) {
        byte[] pendingRaw = null;
        while (line != null) {
            byte[] stripped = Bytes.stripCarriageReturn(line);
            if (pendingRaw != null && block.style.unquotedPaths() && stripped.length > 0 && stripped[0] != ':'
                    && !CommitLine.isCommitLine(stripped)) {
                // JGit prints a newline inside a path as is: the path goes on in this line
                pendingRaw = concat(pendingRaw, stripped);
                line = readLine();
                continue;
            }
            if (pendingRaw != null) {
                rawLine(block, pendingRaw);
                pendingRaw = null;
            }
            if (stripped.length == 0) {
                line = readLine();
                continue;
            }
            if (CommitLine.isCommitLine(stripped)) {
                lookahead = line;
                lookaheadLineNumber = lineNumber;
                return;
            }
            if (stripped[0] != ':') {
                throw format(ReadProblem.UNEXPECTED_LINE, "expected a raw diff line, a blank line or the next commit,"
                        + " found " + Bytes.excerpt(stripped));
            }
            pendingRaw = stripped;
            line = readLine();
        }
        if (pendingRaw != null) {
            rawLine(block, pendingRaw);
        }
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] joined = java.util.Arrays.copyOf(head, head.length + 1 + tail.length);
        joined[head.length] = '\n';
        System.arraycopy(tail, 0, joined, head.length + 1, tail.length);
        return joined;
    }

    private void rawLine(CommitBlock block, byte[] line) {
        block.rawLines = true;
        if (RawDiffLine.isCombined(line)) {
            block.combinedRawLines = true;
            return;
        }
        try {
            ChangedPath path = RawDiffLine.parse(line, block.style.unquotedPaths(), pathDecoder);
            if (block.paths != null) {
                block.paths.add(path);
            }
        } catch (MalformedLineException e) {
            throw format(e.problem(), e.getMessage());
        }
    }

    private byte[] takeLookahead() {
        byte[] line = lookahead;
        if (line != null) {
            lookahead = null;
            lineNumber = lookaheadLineNumber;
            return line;
        }
        return readLine();
    }

    private byte[] readLine() {
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
        return new CommitLimitException(ReadProblem.COMMIT_TOO_LARGE, currentId, lineNumber,
                "the commit takes more than " + limits.maxCommitBytes() + " bytes");
    }

    private CommitFormatException format(ReadProblem problem, String detail) {
        return new CommitFormatException(problem, currentId, lineNumber, detail);
    }
}
