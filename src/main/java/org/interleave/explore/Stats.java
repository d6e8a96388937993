package org.interleave.explore;

/** What a check covered: executions, distinct states, steps taken, and the time it took. */
public record Stats(long executions, long states, long steps, long millis, int maxDepth) {}
