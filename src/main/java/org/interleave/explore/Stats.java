package org.interleave.explore;

/** What a check covered: executions, distinct states, steps taken, and the time it took. */
public record Stats(long executions, long states, long steps, long millis, int maxDepth, long heldBytes) {
    /** Stats of a search that holds no state graph (sampling). */
    public Stats(long executions, long states, long steps, long millis, int maxDepth) {
        this(executions, states, steps, millis, maxDepth, 0);
    }
}
