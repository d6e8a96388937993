package org.interleave.oracle;

import java.util.List;
import java.util.Map;

/**
 * What the reference explorer decided: the verdict ({@code cleared}, a kind, or
 * {@code inconclusive}), every outcome kind it found (in verdict order), whether it saw every
 * state, how many, why it stopped early, and for each kind Go's words and a shortest schedule
 * (in the reference's own tokens: {@code a&b} is a hand-off of sender a with receiver b).
 */
public record ReferenceResult(String verdict, List<String> kinds, boolean complete, long states, String stopReason,
                              Map<String, String> messages, Map<String, String> schedules) {
    public ReferenceResult {
        kinds = List.copyOf(kinds);
        messages = Map.copyOf(messages);
        schedules = Map.copyOf(schedules);
    }
}
