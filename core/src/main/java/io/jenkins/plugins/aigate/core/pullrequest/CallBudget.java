package io.jenkins.plugins.aigate.core.pullrequest;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many requests one evaluation may send to the SCM host. Every request counts, retries included, so one
 * large range cannot spend the whole hourly quota. Thread-safe; made fresh per evaluation, never persisted.
 */
public final class CallBudget {
    private final int limit;
    private final AtomicInteger used = new AtomicInteger();

    /** @param limit the number of requests allowed, zero or more */
    public CallBudget(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("call budget must be zero or more, was " + limit);
        }
        this.limit = limit;
    }

    /** @return {@code true} and one call fewer left, or {@code false} when the budget is spent */
    public boolean tryAcquire() {
        while (true) {
            int current = used.get();
            if (current >= limit) {
                return false;
            }
            if (used.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    public int limit() {
        return limit;
    }

    public int used() {
        return used.get();
    }

    public int remaining() {
        return limit - used.get();
    }

    @Override
    public String toString() {
        return used.get() + "/" + limit + " calls";
    }
}
