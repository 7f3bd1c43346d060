package io.jenkins.plugins.aigate.core.git;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Splits a byte stream into lines with a fixed read buffer; only the current line is held. */
final class StreamLineSource implements LineSource {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean ended;
    private long lineNumber;
    private byte[] line = new byte[256];

    StreamLineSource(InputStream in) {
        this.in = in;
    }

    @Override
    public byte[] next(long maxBytes) throws IOException, LineTooLongException {
        int length = 0;
        while (true) {
            if (position == limit) {
                if (ended || !fill()) {
                    if (length == 0) {
                        return null;
                    }
                    lineNumber++;
                    return Arrays.copyOf(line, length);
                }
            }
            int end = indexOfNewline(position, limit);
            int chunk = (end < 0 ? limit : end) - position;
            if ((long) length + chunk > maxBytes) {
                lineNumber++;
                throw new LineTooLongException();
            }
            if (length == 0 && end >= 0) {
                // the common case: the whole line is in the buffer
                byte[] result = Arrays.copyOfRange(buffer, position, end);
                position = end + 1;
                lineNumber++;
                return result;
            }
            ensureCapacity(length + chunk);
            System.arraycopy(buffer, position, line, length, chunk);
            length += chunk;
            if (end >= 0) {
                position = end + 1;
                lineNumber++;
                return Arrays.copyOf(line, length);
            }
            position = limit;
        }
    }

    private int indexOfNewline(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            ended = true;
            position = 0;
            limit = 0;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private void ensureCapacity(int needed) {
        if (needed > line.length) {
            line = Arrays.copyOf(line, Math.max(needed, (int) Math.min(Integer.MAX_VALUE - 8, line.length * 2L)));
        }
    }

    @Override
    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public boolean predecoded() {
        return false;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
