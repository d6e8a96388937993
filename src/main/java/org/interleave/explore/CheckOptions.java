package org.interleave.explore;

import java.util.Locale;

/**
 * How to check: the strategy, the seed for random and PCT runs, how many runs, an overall budget
 * (0 = the level's own bounds), the PCT depth, and whether the exhaustive search uses its
 * reductions ({@code --no-reduction} turns them off to compare with plain search), and a time
 * budget in milliseconds (0 = none), measured on the clock the caller passes to the checker.
 */
public record CheckOptions(StrategyKind strategy, long seed, int runs, long budget, int pctDepth, boolean reduction,
                           long maxMillis) {
    public static final CheckOptions DEFAULT = new CheckOptions(StrategyKind.DFS, 1, 1000, 0, 3, true, 0);
    /** The wall-clock bound of a check that nobody set one for: {@code check}'s default and the game's. */
    public static final long DEFAULT_MILLIS = 60_000;
    /**
     * The default check stopped at {@link #DEFAULT_MILLIS} (then {@code inconclusive}, with the
     * reason): what the game verifies with, as {@code check} does by default, so that a runaway
     * design ends in words instead of a bar that never fills.
     */
    public static final CheckOptions BOUNDED = new CheckOptions(StrategyKind.DFS, 1, 1000, 0, 3, true, DEFAULT_MILLIS);

    /** The available search strategies. */
    public enum StrategyKind {
        DFS, RANDOM, PCT, ROUNDROBIN;

        public static StrategyKind parse(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT).replace("-", ""));
        }
    }

    /** How many runs random and pct make: --runs, capped by --budget when given. */
    public long plannedRuns() {
        if (strategy == StrategyKind.ROUNDROBIN) {
            return 1;
        }
        return budget > 0 ? Math.min(runs, budget) : runs;
    }

    public String describe() {
        return switch (strategy) {
            case DFS -> reduction ? "dfs" : "dfs, no reduction";
            case RANDOM -> "random(seed=" + seed + ", runs=" + plannedRuns() + ")";
            case PCT -> "pct(seed=" + seed + ", depth=" + pctDepth + ", runs=" + plannedRuns() + ")";
            case ROUNDROBIN -> "round-robin (one run)";
        };
    }
}
