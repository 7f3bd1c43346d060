package io.jenkins.plugins.aigate.core.git;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * Lines from text that was decoded already (git-client's {@code showRevision} list, a changelog file read as
 * UTF-8). Each line is handed over as UTF-8 bytes; a list element holding {@code \n} is split further.
 */
final class TextLineSource implements LineSource {
    private final Iterator<String> elements;
    private final Reader reader;
    private final char[] chunk;
    private String[] parts;
    private int part;
    private String current = "";
    private int offset;
    private boolean exhausted;
    private long lineNumber;

    private TextLineSource(Iterator<String> elements, Reader reader) {
        this.elements = elements;
        this.reader = reader;
        this.chunk = reader == null ? null : new char[1 << 14];
    }

    static TextLineSource of(Iterable<String> lines) {
        return new TextLineSource(lines.iterator(), null);
    }

    static TextLineSource of(Reader reader) {
        return new TextLineSource(null, reader);
    }

    @Override
    public byte[] next(long maxBytes) throws IOException, LineTooLongException {
        String text = elements != null ? nextFromList() : nextFromReader(maxBytes);
        if (text == null) {
            return null;
        }
        lineNumber++;
        // a char takes at most three UTF-8 bytes; check before encoding a huge line
        if (text.length() > maxBytes) {
            throw new LineTooLongException();
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > maxBytes) {
            throw new LineTooLongException();
        }
        return bytes;
    }

    private String nextFromList() {
        while (parts == null || part >= parts.length) {
            if (!elements.hasNext()) {
                return null;
            }
            String element = elements.next();
            parts = element == null ? new String[] {""} : element.split("\n", -1);
            part = 0;
        }
        return parts[part++];
    }

    private String nextFromReader(long maxBytes) throws IOException, LineTooLongException {
        StringBuilder line = null;
        while (true) {
            if (offset >= current.length()) {
                if (exhausted) {
                    return line == null || line.length() == 0 ? null : line.toString();
                }
                int read = reader.read(chunk);
                if (read < 0) {
                    exhausted = true;
                    continue;
                }
                current = new String(chunk, 0, read);
                offset = 0;
                continue;
            }
            int end = current.indexOf('\n', offset);
            if (line == null) {
                line = new StringBuilder();
            }
            line.append(current, offset, end < 0 ? current.length() : end);
            if (line.length() > maxBytes) {
                lineNumber++;
                throw new LineTooLongException();
            }
            if (end >= 0) {
                offset = end + 1;
                return line.toString();
            }
            offset = current.length();
        }
    }

    @Override
    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public boolean predecoded() {
        return true;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
    }
}
