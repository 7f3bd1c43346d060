package io.jenkins.plugins.aigate.core.git;

import io.jenkins.plugins.aigate.core.commit.ChangedPath;
import java.util.Arrays;

/**
 * Reads one {@code commit} block: signature output before {@code tree}, the headers (continuation lines start with
 * a space), the message indented by four spaces, then raw diff lines and blank lines up to the next {@code commit}
 * line, which is pushed back for the next block.
 */
final class BlockParser {
    private static final String INDENT = "    ";

    private final LineCursor cursor;

    BlockParser(LineCursor cursor) {
        this.cursor = cursor;
    }

    /**
     * @param commitLine  the block's first line
     * @param first       the commit's first block when this is a later per-parent block ({@code -m}), else
     *                    {@code null}; a later block keeps its paths only when it is against the first parent
     * @param pathDecoder decodes path bytes, remembering invalid ones
     */
    CommitBlock read(byte[] commitLine, CommitBlock first, TextDecoder pathDecoder) {
        CommitLine parsed;
        try {
            parsed = CommitLine.parse(Bytes.stripCarriageReturn(commitLine));
        } catch (MalformedLineException e) {
            throw cursor.format(e.problem(), e.getMessage());
        }
        cursor.commitId(parsed.id());
        boolean keepPaths = first == null || parsed.from().equals(first.parents.get(0));
        CommitBlock block = new CommitBlock(parsed, first == null, keepPaths);
        readHeaders(block);
        if (first == null) {
            decodeIdents(block);
        } else {
            block.style = first.style;
        }
        if (parsed.from() != null && !block.parents.contains(parsed.from())) {
            throw cursor.format(ReadProblem.BAD_COMMIT_LINE, "(from " + parsed.from() + ") is not one of its parents");
        }
        byte[] line = readMessage(block);
        readRawLines(block, line, pathDecoder);
        return block;
    }

    private void readHeaders(CommitBlock block) {
        byte[] line = cursor.read();
        // CLI git with log.showSignature prints verification output between 'commit' and 'tree'
        while (line != null && !Bytes.startsWith(line, "tree ")) {
            if (CommitLine.isCommitLine(line)) {
                throw cursor.format(ReadProblem.MISSING_HEADER, "no 'tree' line before the next commit");
            }
            line = cursor.read();
        }
        if (line == null) {
            throw cursor.format(ReadProblem.TRUNCATED, "input ended before the 'tree' line");
        }
        String previous = null;
        while (line != null) {
            block.printedObjectBytes += line.length + 1;
            line = Bytes.stripCarriageReturn(line);
            if (line.length == 0) {
                break;
            }
            if (line[0] == ' ') {
                if (previous == null) {
                    throw cursor.format(ReadProblem.BAD_HEADER, "continuation line without a header");
                }
            } else {
                previous = header(block, line);
            }
            line = cursor.read();
        }
        if (block.author == null || block.committer == null) {
            if (line == null) {
                throw cursor.format(ReadProblem.TRUNCATED, "no '" + (block.author == null ? "author" : "committer")
                        + "' line");
            }
            // a commit git would not write, but can be made: read on, and let the gate fail closed on it
            block.missingHeader = block.author == null ? "author" : "committer";
        }
    }

    /** @return the header's key */
    private String header(CommitBlock block, byte[] line) {
        if (CommitLine.isCommitLine(line)) {
            throw cursor.format(ReadProblem.BAD_HEADER, "a commit line inside the headers");
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
                block.author = Arrays.copyOfRange(line, valueStart, line.length);
                break;
            case "committer":
                requireOnce(block.committer != null, key);
                block.committer = Arrays.copyOfRange(line, valueStart, line.length);
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
            throw cursor.format(ReadProblem.BAD_HEADER, "a second '" + key + "' header");
        }
    }

    private String requireObjectId(String id, String key) {
        if (!Bytes.isObjectId(id)) {
            throw cursor.format(ReadProblem.BAD_HEADER, "'" + key + "' is not followed by a full object id");
        }
        return id;
    }

    private void decodeIdents(CommitBlock block) {
        TextDecoder text = cursor.predecoded() ? TextDecoder.predecoded() : TextDecoder.forEncoding(block.encoding);
        block.authorIdent = IdentParser.parse(block.author == null ? "" : text.decode(block.author));
        block.committerIdent = IdentParser.parse(block.committer == null ? "" : text.decode(block.committer));
        block.identsUndecodable = text.undecodable();
        block.style = block.committerIdent.style() != DateStyle.UNKNOWN
                ? block.committerIdent.style() : block.authorIdent.style();
    }

    /** @return the first line after the message, or {@code null} at the end */
    private byte[] readMessage(CommitBlock block) {
        byte[] line = cursor.read();
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
            block.printedObjectBytes += line.length - INDENT.length() + 1;
            block.messageLines++;
            line = cursor.read();
        }
        return line;
    }

    private void readRawLines(CommitBlock block, byte[] line, TextDecoder pathDecoder) {
        byte[] pendingRaw = null;
        while (line != null) {
            byte[] stripped = Bytes.stripCarriageReturn(line);
            if (pendingRaw != null && block.style.unquotedPaths() && stripped.length > 0 && stripped[0] != ':'
                    && !CommitLine.isCommitLine(stripped)) {
                // JGit prints a newline inside a path as is: the path goes on in this line
                pendingRaw = joinLines(pendingRaw, stripped);
                line = cursor.read();
                continue;
            }
            if (pendingRaw != null) {
                rawLine(block, pendingRaw, pathDecoder);
                pendingRaw = null;
            }
            if (stripped.length == 0) {
                line = cursor.read();
                continue;
            }
            if (CommitLine.isCommitLine(stripped)) {
                cursor.pushBack(line);
                return;
            }
            if (stripped[0] != ':') {
                throw cursor.format(ReadProblem.UNEXPECTED_LINE, "expected a raw diff line, a blank line or the next"
                        + " commit, found " + Bytes.excerpt(stripped));
            }
            pendingRaw = stripped;
            line = cursor.read();
        }
        if (pendingRaw != null) {
            rawLine(block, pendingRaw, pathDecoder);
        }
    }

    private static byte[] joinLines(byte[] head, byte[] tail) {
        byte[] joined = Arrays.copyOf(head, head.length + 1 + tail.length);
        joined[head.length] = '\n';
        System.arraycopy(tail, 0, joined, head.length + 1, tail.length);
        return joined;
    }

    private void rawLine(CommitBlock block, byte[] line, TextDecoder pathDecoder) {
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
            throw cursor.format(e.problem(), e.getMessage());
        }
    }
}
