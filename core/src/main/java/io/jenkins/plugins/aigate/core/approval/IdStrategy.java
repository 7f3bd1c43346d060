package io.jenkins.plugins.aigate.core.approval;

import java.util.Locale;

/**
 * How user ids (or group names) compare, as the security realm defines it. The plugin adapts the realm's own
 * strategy; Jenkins' default, and the default here, ignores case.
 */
@FunctionalInterface
public interface IdStrategy {
    /** Ignores case (Jenkins' default for users and groups). */
    IdStrategy CASE_INSENSITIVE = id -> id.toLowerCase(Locale.ROOT);

    /** Compares ids exactly. */
    IdStrategy CASE_SENSITIVE = id -> id;

    /**
     * @param id a user id or group name, never {@code null}
     * @return the key two ids share exactly when the realm considers them the same
     */
    String key(String id);

    /** @return whether the realm considers {@code a} and {@code b} the same id */
    default boolean same(String a, String b) {
        return key(a).equals(key(b));
    }
}
