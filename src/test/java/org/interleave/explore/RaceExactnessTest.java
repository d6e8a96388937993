package org.interleave.explore;

import static org.interleave.explore.ExactnessTest.after;
import static org.interleave.explore.ExactnessTest.bothSay;
import static org.interleave.explore.ExactnessTest.plain;
import static org.interleave.explore.ExactnessTest.reduced;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.interleave.engine.Limits;
import org.interleave.engine.Machine;
import org.interleave.engine.Program;
import org.interleave.engine.model.Level;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Data races the search must find and report with a schedule that replays (oracle findings F5,
 * F10 and F12): minimal designs on which an earlier engine missed a race or reported one whose
 * schedule could not happen, each checked with the reductions and without them.
 */
class RaceExactnessTest {
    @Nested
    class CoEnabledRaces {
        /** main's write is followed in the same step by a failing assert: the race shows in the other order. */
        @Test
        void raceWhoseFirstAccessEndsTheProgram_isReportedWithAScheduleThatReplays() {
            String parts = """
                    {"id":"x","type":"var"},{"id":"n","type":"atomic"},
                    {"id":"g0","type":"goroutine","start":"spawn","ops":[{"op":"read","var":"x"}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[{"op":"go","g":"g0"},
                      {"op":"atomic.add","var":"n","n":1,"to":"v"},{"op":"inc","var":"x"},{"op":"assert","cond":"v != 1"}]}
                    """;
            // Checker replays every finding before it reports it, and throws if one does not replay.
            bothSay(parts, null, Verdict.RACE, Kind.RACE, Kind.ASSERT);
        }
    }

    /**
     * Oracle finding F10: the first access of a co-enabled race pair ended its step in a
     * step-budget cut, and the reported schedule named a step that cannot follow it ("finding does
     * not replay"). The loop after g0's write is now a proven spin, and the race's schedule replays.
     */
    @Nested
    class RaceBeforeASpin {
        @Test
        void raceFollowedByAnEndlessInvisibleLoop_isReportedWithAScheduleThatReplays() {
            String parts = """
                    {"id":"x","type":"var"},
                    {"id":"g0","type":"goroutine","start":"spawn","ops":[{"op":"let","to":"v","value":"a"},
                      {"op":"write","var":"x","value":"v"},
                      {"op":"loop","do":[{"op":"continue"},{"op":"select","cases":[]}]}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[{"op":"go","g":"g0"},{"op":"go","g":"g0","args":{"a":1}}]}
                    """;
            Level level = Designs.level(parts);
            Replayer replayer = new Replayer(new Program(level.design()), level.goal(), level.bounds().maxSteps(),
                    Limits.DEFAULT);
            for (Report r : new Report[] {reduced(parts, null), plain(parts, null)}) {
                for (Finding f : r.findings()) {
                    assertTrue(replayer.reproduces(f), () -> f + " does not replay");
                }
            }
            // Both twins write x unordered, then spin forever after main returned.
            bothSay(parts, null, Verdict.RACE, Kind.RACE, Kind.LEAK);
        }
    }

    /**
     * Oracle finding F12: state keys carried no happens-before, so two lock orders that reach the
     * same positions and values shared a key, and the racy one was merged into the race-free one.
     * a locks first, b's inc is ordered after a's, b fills c1; a's poll sees c1 full (which orders
     * nothing) and takes default, and its unlocked inc races with b's write. Go -race reports it.
     */
    @Nested
    class HappensBeforeInKeys {
        static final String PARTS = """
                {"id":"c1","type":"channel","cap":1},{"id":"mu","type":"mutex"},{"id":"x","type":"var"},
                {"id":"a","type":"goroutine","ops":[{"op":"lock","mu":"mu"},{"op":"inc","var":"x"},{"op":"unlock","mu":"mu"},
                  {"op":"select","cases":[{"send":"c1","value":1}],"default":[{"op":"inc","var":"x"}]}]},
                {"id":"b","type":"goroutine","ops":[{"op":"lock","mu":"mu"},{"op":"inc","var":"x"},{"op":"unlock","mu":"mu"},
                  {"op":"send","ch":"c1","value":1}]},
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"sleep","ticks":1}]}
                """;

        @Test
        void raceSeenOnlyAfterAnUnsynchronizedPoll_isFound() {
            bothSay(PARTS, "{\"noLeak\":false}", Verdict.RACE, Kind.RACE, Kind.LEAK);
        }

        @Test
        void statesThatDifferOnlyInHappensBefore_haveDifferentKeys() {
            // both lock orders leave a at its select, b at its send, x = 2 and mu free
            Machine aFirst = after(PARTS, "main a a a a b b b b");
            Machine bFirst = after(PARTS, "main b b b b a a a a");
            assertNotEquals(aFirst.key(true), bFirst.key(true));
            assertNotEquals(aFirst.key(false), bFirst.key(false));
        }
    }
}
