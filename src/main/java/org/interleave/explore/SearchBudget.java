package org.interleave.explore;

import org.interleave.engine.Limits;
import org.interleave.engine.model.Bounds;

/**
 * The bounds of one search, in one place: steps per execution, states, executions, memory for
 * what the search holds, how many frontier states keep their machine at most (others are rebuilt
 * by replay; the kept machines also hold at most a fifth of the memory), the engine's resource
 * limits, and whether interchangeable goroutine instances share state keys.
 */
public record SearchBudget(int maxSteps, long maxStates, long maxExecutions, long maxMemoryBytes,
                           int keptMachines, Limits limits, boolean symmetry) {
    public static final SearchBudget DEFAULT =
            new SearchBudget(2000, 2_000_000, 1_000_000, 1L << 30, 1_000_000, Limits.DEFAULT, true);

    /** The budget a level's {@code verify} bounds ask for. */
    public static SearchBudget of(Bounds b) {
        // DESIGN §4: maxSteps also bounds the invisible ops one goroutine runs in one step.
        Limits limits = new Limits(DEFAULT.limits.maxGoroutines(), b.maxSteps());
        return new SearchBudget(b.maxSteps(), Math.min(DEFAULT.maxStates, b.maxExecutions()), b.maxExecutions(),
                DEFAULT.maxMemoryBytes, DEFAULT.keptMachines, limits, true);
    }

    public SearchBudget withMaxStates(long n) {
        return new SearchBudget(maxSteps, n, maxExecutions, maxMemoryBytes, keptMachines, limits, symmetry);
    }

    public SearchBudget withMaxExecutions(long n) {
        return new SearchBudget(maxSteps, maxStates, n, maxMemoryBytes, keptMachines, limits, symmetry);
    }

    /** The same budget with the symmetry reduction on or off (off: plain search, for comparison). */
    public SearchBudget withSymmetry(boolean on) {
        return new SearchBudget(maxSteps, maxStates, maxExecutions, maxMemoryBytes, keptMachines, limits, on);
    }

    /** The same budget with at most n bytes for what the search holds. */
    public SearchBudget withMaxMemoryBytes(long n) {
        return new SearchBudget(maxSteps, maxStates, maxExecutions, n, keptMachines, limits, symmetry);
    }

    public SearchBudget withMaxSteps(int n) {
        return new SearchBudget(n, maxStates, maxExecutions, maxMemoryBytes, keptMachines, limits, symmetry);
    }
}
