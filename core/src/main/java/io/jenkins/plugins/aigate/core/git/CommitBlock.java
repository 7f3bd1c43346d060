package io.jenkins.plugins.aigate.core.git;

import io.jenkins.plugins.aigate.core.commit.ChangedPath;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** What one {@code commit} block of the input held; a merge printed with {@code -m} has one block per parent. */
final class CommitBlock {
    final CommitLine line;
    final List<String> parents = new ArrayList<>(2);
    byte[] author;
    byte[] committer;
    String encoding;
    boolean sawTree;
    IdentParser authorIdent;
    IdentParser committerIdent;
    DateStyle style = DateStyle.UNKNOWN;
    /** The message bytes with the indentation removed, or {@code null} when this block's message is not kept. */
    final ByteArrayOutputStream message;
    int messageLines;
    /** The paths, or {@code null} when this block's paths are not kept. */
    final List<ChangedPath> paths;
    boolean rawLines;
    boolean combinedRawLines;
    boolean identsUndecodable;
    /** The header line git left out (author or committer), or {@code null}. */
    String missingHeader;
    /** The bytes of the commit object as git printed it: headers, the blank line, the message lines. */
    long printedObjectBytes;

    CommitBlock(CommitLine line, boolean keepMessage, boolean keepPaths) {
        this.line = line;
        this.message = keepMessage ? new ByteArrayOutputStream() : null;
        this.paths = keepPaths ? new ArrayList<>() : null;
    }
}
