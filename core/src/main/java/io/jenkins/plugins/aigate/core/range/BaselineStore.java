package io.jenkins.plugins.aigate.core.range;

import java.util.Optional;

/**
 * Keeps the last head let through per {@link BaselineKey}, in a place that outlives build retention (deleting old
 * builds must not widen or lose the next range). Implementations are thread-safe.
 */
public interface BaselineStore {
    /**
     * @param key whose baseline
     * @return the baseline, or empty when none was ever recorded
     * @throws BaselineStoreException when a record exists but cannot be read; callers treat the baseline as
     *     unknown (fail closed), never as absent
     */
    Optional<Baseline> find(BaselineKey key) throws BaselineStoreException;

    /**
     * Replaces the baseline for {@code key}, atomically and durably: afterwards {@link #find} returns either the
     * old or the new baseline, never a mix, even after a crash. The last writer wins; an older head written
     * after a newer one only widens the next range, which is safe.
     *
     * @throws BaselineStoreException when it could not be written (the old baseline is then intact)
     */
    void record(BaselineKey key, Baseline baseline) throws BaselineStoreException;
}
