package io.jenkins.plugins.aigate.core.git;

/**
 * The line that starts a commit: {@code commit <id>}, with {@code (from <parent>)} when {@code -m} prints a merge
 * once per parent, and possibly a {@code (<refs>)} decoration, which is ignored.
 */
final class CommitLine {
    static final String PREFIX = "commit ";
    private static final String FROM = " (from ";

    private final String id;
    private final String from;

    private CommitLine(String id, String from) {
        this.id = id;
        this.from = from;
    }

    static boolean isCommitLine(byte[] line) {
        return Bytes.startsWith(line, PREFIX);
    }

    /**
     * @return the parsed line
     * @throws MalformedLineException when the id or the {@code (from ...)} part is malformed
     */
    static CommitLine parse(byte[] line) {
        String text = Bytes.ascii(line, PREFIX.length(), line.length);
        int space = text.indexOf(' ');
        String id = space < 0 ? text : text.substring(0, space);
        if (!Bytes.isObjectId(id)) {
            throw bad("not a full object id: " + Bytes.excerpt(id.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        }
        String rest = space < 0 ? "" : text.substring(space);
        String from = null;
        if (rest.startsWith(FROM)) {
            int close = rest.indexOf(')');
            from = close < 0 ? "" : rest.substring(FROM.length(), close);
            if (!Bytes.isObjectId(from)) {
                throw bad("malformed (from <parent>)");
            }
            rest = rest.substring(close + 1);
        }
        if (!rest.isEmpty() && !(rest.startsWith(" (") && rest.endsWith(")"))) {
            throw bad("unexpected text after the commit id");
        }
        return new CommitLine(id, from);
    }

    /** @return the parsed line, or {@code null} when it is not a well-formed commit line */
    static CommitLine tryParse(byte[] line) {
        if (!isCommitLine(line)) {
            return null;
        }
        try {
            return parse(line);
        } catch (MalformedLineException e) {
            return null;
        }
    }

    private static MalformedLineException bad(String detail) {
        return new MalformedLineException(ReadProblem.BAD_COMMIT_LINE, detail);
    }

    String id() {
        return id;
    }

    /** @return the parent this block's diff is against, or {@code null} when the line names none */
    String from() {
        return from;
    }
}
