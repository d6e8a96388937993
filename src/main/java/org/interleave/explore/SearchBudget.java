package org.interleave.explore;

import org.interleave.engine.Limits;
import org.interleave.engine.model.Bounds;

/**
 * The bounds of one search, in one place: steps per execution, states, executions, memory for
 * state keys, how many frontier states keep their machine (others are rebuilt by replay), and the
 * engine's resource limits.
 */
public record SearchBudget(int maxSteps, long maxStates, long maxExecutions, long maxMemoryBytes,
                           int keptMachines, Limits limits) {
    public static final SearchBudget DEFAULT =
            new SearchBudget(2000, 2_000_000, 1_000_000, 768L << 20, 20_000, Limits.DEFAULT);

    /** The budget a level's {@code verify} bounds ask for. */
    public static SearchBudget of(Bounds b) {
        return new SearchBudget(b.maxSteps(), DEFAULT.maxStates, b.maxExecutions(), DEFAULT.maxMemoryBytes,
                DEFAULT.keptMachines, DEFAULT.limits);
    }

    public SearchBudget withMaxStates(long n) {
        return new SearchBudget(maxSteps, n, maxExecutions, maxMemoryBytes, keptMachines, limits);
    }

    public SearchBudget withMaxExecutions(long n) {
        return new SearchBudget(maxSteps, maxStates, n, maxMemoryBytes, keptMachines, limits);
    }

    public SearchBudget withMaxSteps(int n) {
        return new SearchBudget(n, maxStates, maxExecutions, maxMemoryBytes, keptMachines, limits);
    }
}
