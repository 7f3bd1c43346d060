package io.jenkins.plugins.aigate.core.encoding;

/** Text that is not the strict JSON {@link CanonicalJson} accepts; says where. */
public final class JsonSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int offset;

    /**
     * @param message what is wrong
     * @param offset  the character offset of the problem
     */
    public JsonSyntaxException(String message, int offset) {
        super(message + " at offset " + offset);
        this.offset = offset;
    }

    /** @return the character offset of the problem */
    public int offset() {
        return offset;
    }
}
