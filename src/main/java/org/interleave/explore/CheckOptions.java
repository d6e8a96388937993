package org.interleave.explore;

import java.util.Locale;

/**
 * How to check: the strategy, the seed for random and PCT runs, how many runs, an overall budget
 * (0 = the level's own bounds), and the PCT depth.
 */
public record CheckOptions(StrategyKind strategy, long seed, int runs, long budget, int pctDepth) {
    public static final CheckOptions DEFAULT = new CheckOptions(StrategyKind.DFS, 1, 1000, 0, 3);

    /** The available search strategies. */
    public enum StrategyKind {
        DFS, RANDOM, PCT;

        public static StrategyKind parse(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    public String describe() {
        return switch (strategy) {
            case DFS -> "exhaustive";
            case RANDOM -> "random(seed=" + seed + ", runs=" + runs + ")";
            case PCT -> "pct(seed=" + seed + ", depth=" + pctDepth + ", runs=" + runs + ")";
        };
    }
}
