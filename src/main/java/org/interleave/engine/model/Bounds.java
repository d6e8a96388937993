package org.interleave.engine.model;

/**
 * A level's verification bounds: steps per execution, executions per search and an optional
 * preemption bound (negative = unbounded).
 */
public record Bounds(int maxSteps, long maxExecutions, int preemptionBound) {
    public static final Bounds DEFAULT = new Bounds(2000, 1_000_000, -1);
}
