package io.jenkins.plugins.aigate.core.commit;

import java.util.Objects;

/**
 * One {@code Key: value} trailer of a commit message. The key keeps the case it was written in (git compares keys
 * case-insensitively, see {@link #hasKey(String)}); the value is trimmed and continuation lines are folded into it
 * with single spaces.
 */
public final class Trailer {
    private final String key;
    private final String value;

    public Trailer(String key, String value) {
        this.key = Objects.requireNonNull(key, "key");
        this.value = Objects.requireNonNull(value, "value");
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    /** @return whether this trailer's key is {@code other}, ignoring ASCII case as git does */
    public boolean hasKey(String other) {
        return key.equalsIgnoreCase(other);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Trailer)) {
            return false;
        }
        Trailer that = (Trailer) o;
        return key.equals(that.key) && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, value);
    }

    @Override
    public String toString() {
        return key + ": " + value;
    }
}
