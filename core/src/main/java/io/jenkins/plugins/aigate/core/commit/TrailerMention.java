package io.jenkins.plugins.aigate.core.commit;

import java.util.Objects;

/**
 * A known {@code Key: value} found anywhere in a message by {@link TrailerLineFinder}, with the line it is on. Unlike a
 * {@link Trailer}, git would not necessarily report it (mid-body, flattened onto one line, not the last paragraph).
 */
public final class TrailerMention {
    private final Trailer trailer;
    private final int lineIndex;

    public TrailerMention(Trailer trailer, int lineIndex) {
        this.trailer = Objects.requireNonNull(trailer, "trailer");
        this.lineIndex = lineIndex;
    }

    public Trailer trailer() {
        return trailer;
    }

    /** @return the zero-based index of the message line it was found on */
    public int lineIndex() {
        return lineIndex;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TrailerMention)) {
            return false;
        }
        TrailerMention that = (TrailerMention) o;
        return lineIndex == that.lineIndex && trailer.equals(that.trailer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(trailer, lineIndex);
    }

    @Override
    public String toString() {
        return "line " + lineIndex + ": " + trailer;
    }
}
