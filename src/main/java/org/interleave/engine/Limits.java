package org.interleave.engine;

/**
 * Resource limits of one execution, so that a hostile or mistaken design ends with a clear error
 * instead of a hang or an out-of-memory: live goroutine instances, and invisible ops one goroutine
 * may run between two visible ones before it counts as spinning forever.
 */
public record Limits(int maxGoroutines, int localBudget) {
    public static final Limits DEFAULT = new Limits(64, 100_000);
}
