package io.jenkins.plugins.aigate.core.git;

import java.io.Closeable;
import java.io.IOException;

/** Lines of commit text, split on {@code \n} only (a {@code \r} stays in the line), one at a time. */
interface LineSource extends Closeable {
    /**
     * @param maxBytes the longest line the caller accepts
     * @return the next line without its {@code \n}, or {@code null} at the end of the input
     * @throws LineTooLongException when the line is longer than {@code maxBytes}; the rest of it is not read
     */
    byte[] next(long maxBytes) throws IOException, LineTooLongException;

    /** @return the 1-based number of the line {@link #next} returned last */
    long lineNumber();

    /**
     * @return {@code true} when the lines come from text that was already decoded (and are handed over as UTF-8),
     *     so an {@code encoding} header must not be applied again
     */
    boolean predecoded();

    /** Thrown when one line alone exceeds the caller's bound. */
    final class LineTooLongException extends Exception {
        private static final long serialVersionUID = 1L;

        LineTooLongException() {
            super(null, null, false, false);
        }
    }
}
