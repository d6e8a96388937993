package org.interleave.engine.model;

import java.util.List;

/**
 * What a level asks of a design (DESIGN §5). The {@code no*} flags are already resolved against
 * the level's mode; {@code output} and {@code reach} are null when absent; {@code maxTicks} is 0
 * when absent.
 */
public record Goal(boolean noRace, boolean noDeadlock, boolean noLeak, boolean noPanic,
                   OutputGoal output, long maxTicks, int cores, String reach) {

    /** The defaults for a mode: everything forbidden for build and fix, nothing for break. */
    public static Goal defaults(Mode mode) {
        boolean strict = mode != Mode.BREAK;
        return new Goal(strict, strict, strict, strict, null, 0, 2, null);
    }

    /** An output requirement on one sink. */
    public record OutputGoal(String sink, List<Long> expect, boolean exactOrder) {
        public OutputGoal { expect = List.copyOf(expect); }
    }

    /** How a level is played. */
    public enum Mode {
        BUILD, FIX, BREAK;

        public String json() { return name().toLowerCase(java.util.Locale.ROOT); }
    }
}
