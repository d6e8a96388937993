package org.interleave.explore;

/**
 * What a check covered: executions, distinct states, steps taken, and the time it took; and the
 * heap its search held at most ({@code heldBytes}: the explored states and the machines kept for
 * states yet to expand) and what it stored for its explored states at the end ({@code
 * storedBytes}: their table, per-state arrays and edges).
 */
public record Stats(long executions, long states, long steps, long millis, int maxDepth, long heldBytes,
                    long storedBytes) {
    /** Stats of a search that holds no state graph (sampling). */
    public Stats(long executions, long states, long steps, long millis, int maxDepth) {
        this(executions, states, steps, millis, maxDepth, 0, 0);
    }
}
