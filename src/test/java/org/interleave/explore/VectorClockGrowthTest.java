package org.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interleave.engine.Limits;
import org.interleave.engine.model.Level;
import org.junit.jupiter.api.Test;

/**
 * A small design whose goroutines synchronise many times: vector clocks that doubled on every
 * join with a longer clock made such a run die of OutOfMemoryError (a 10-goroutine, 1 KB design
 * took 3.3 GB at 24 rounds). Sized by the number of goroutines, it runs in a moment.
 */
class VectorClockGrowthTest {
    private static final int GOROUTINES = 10;
    private static final int ROUNDS = 40;

    private static Level design(String op) {
        String sync = switch (op) {
            case "lock" -> "{\"op\":\"lock\",\"mu\":\"mu\"},{\"op\":\"inc\",\"var\":\"n\"},{\"op\":\"unlock\",\"mu\":\"mu\"}";
            default -> "{\"op\":\"atomic.add\",\"var\":\"a\",\"n\":1}";
        };
        return Designs.level("""
                {"id":"mu","type":"mutex"},{"id":"n","type":"var","init":0},{"id":"a","type":"atomic","init":0},
                {"id":"wg","type":"waitgroup"},{"id":"out","type":"sink"},
                {"id":"w","type":"goroutine","start":"spawn","ops":[
                  {"op":"repeat","times":%d,"do":[%s]},{"op":"done","wg":"wg"}]},
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"add","wg":"wg","n":%d},
                  {"op":"repeat","times":%d,"do":[{"op":"go","g":"w"}]},{"op":"wait","wg":"wg"},
                  {"op":"read","var":"n","to":"v"},{"op":"atomic.load","var":"a","to":"x"},{"op":"emit","sink":"out","value":"v + x"}]}"""
                .formatted(ROUNDS, sync, GOROUTINES, GOROUTINES), "{\"cores\":1}");
    }

    @Test
    void tenGoroutines_fortyLockHandOversEach_runToTheEnd() {
        Level l = design("lock");
        TimedRun.Result r = new TimedRun(Designs.program(l), l.goal(), 100_000, Limits.DEFAULT).run(1);
        assertTrue(r.mainReturnedAt() > 0, "main returned at " + r.mainReturnedAt());
        assertEquals(java.util.List.of((long) GOROUTINES * ROUNDS), r.execution().last().output("out"));
        assertTrue(r.execution().findings().isEmpty(), r.execution().findings().toString());
    }

    @Test
    void tenGoroutines_fortyAtomicAddsEach_runToTheEnd() {
        Level l = design("atomic");
        TimedRun.Result r = new TimedRun(Designs.program(l), l.goal(), 100_000, Limits.DEFAULT).run(1);
        assertEquals(java.util.List.of((long) GOROUTINES * ROUNDS), r.execution().last().output("out"));
        assertTrue(r.execution().findings().isEmpty(), r.execution().findings().toString());
    }
}
