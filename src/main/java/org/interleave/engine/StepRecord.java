package org.interleave.engine;

import java.util.List;

/**
 * What one step did, for replays and the game: the schedule token, the goroutine (or timer), the
 * op in Go syntax with its path, the effect in words, the clock after it, and any faults.
 */
public record StepRecord(int number, String token, String actor, String path, String op, String effect,
                         long clock, List<Fault> faults) {
    public StepRecord {
        faults = List.copyOf(faults);
    }
}
