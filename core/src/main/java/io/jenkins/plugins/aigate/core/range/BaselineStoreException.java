package io.jenkins.plugins.aigate.core.range;

/** A baseline could not be read or written; the message names the file and what is wrong. */
public final class BaselineStoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public BaselineStoreException(String message) {
        super(message);
    }

    public BaselineStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
