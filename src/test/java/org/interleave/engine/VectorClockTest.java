package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Vector clocks: pointwise maximum, copy on write, and a size bounded by the number of goroutines. */
class VectorClockTest {
    @Test
    void join_takesThePointwiseMaximum() {
        VectorClock a = new VectorClock();
        a.tick(0);
        a.tick(0);
        VectorClock b = new VectorClock();
        b.tick(2);
        a.join(b);
        assertEquals(2, a.get(0));
        assertEquals(0, a.get(1));
        assertEquals(1, a.get(2));
        assertTrue(a.covers(2, 1));
        assertFalse(a.covers(2, 2));
    }

    @Test
    void copy_isUnaffectedByLaterTicksOfTheOriginal() {
        VectorClock a = new VectorClock();
        a.tick(1);
        VectorClock b = a.copy();
        a.tick(1);
        assertEquals(1, b.get(1));
        assertEquals(2, a.get(1));
    }

    /**
     * Twelve goroutines each take and release one lock 40 times, in turn: the lock's clock and each
     * goroutine's clock join each other on every hand-over. Growing by doubling on each join with a
     * longer clock made them double each other (gigabytes after a few hundred hand-overs); a clock
     * must stay as wide as the goroutines it has heard of.
     */
    @Test
    void lockHandOvers_amongTwelveGoroutines_keepEveryClockAtMostTwelveWide() {
        int goroutines = 12;
        VectorClock[] g = new VectorClock[goroutines];
        for (int i = 0; i < goroutines; i++) {
            g[i] = new VectorClock();
            g[i].tick(i);
        }
        VectorClock released = new VectorClock();
        for (int round = 0; round < 40; round++) {
            for (int i = goroutines - 1; i >= 0; i--) {
                g[i].join(released); // Lock returns after the previous Unlock
                g[i].tick(i);
                released = g[i].copy(); // Unlock publishes the holder's clock
                g[i].tick(i);
            }
        }
        for (int i = 0; i < goroutines; i++) {
            assertTrue(g[i].capacity() <= goroutines, "goroutine " + i + ": " + g[i].capacity() + " entries");
            assertEquals(80, g[i].get(i) - 1, "goroutine " + i + " ticks");
        }
        assertTrue(released.capacity() <= goroutines, "lock: " + released.capacity() + " entries");
        assertEquals(goroutines, g[0].width());
    }

    @Test
    void stoppedClocks_ofAProgramWithoutVars_neverTick_andChildrenInheritThem_butAProgramWithVarsKeepsItsClocks() throws Exception {
        String noVars = """
                {"format":1,"id":"t","title":"t","mode":"build","design":{"parts":[
                  {"id":"c","type":"channel","cap":0},
                  {"id":"w","type":"goroutine","start":"spawn","ops":[{"op":"send","ch":"c","value":1}]},
                  {"id":"main","type":"goroutine","start":"main","ops":[{"op":"go","g":"w"},{"op":"recv","ch":"c"}]}]}}
                """;
        Machine m = machine(noVars);
        m.stopUnusedClocks();
        while (!m.enabled().isEmpty() && !m.mainReturned()) {
            m.step(m.enabled().get(0));
        }
        assertTrue(m.mainReturned());
        for (int g = 0; g < m.goroutineCount(); g++) {
            assertEquals(0, java.util.Arrays.stream(m.vectorClock(g)).sum(), m.goroutineName(g) + "'s clock stayed stopped");
        }
        String withVar = noVars.replace("{\"id\":\"c\",", "{\"id\":\"x\",\"type\":\"var\"},{\"id\":\"c\",");
        Machine v = machine(withVar);
        v.stopUnusedClocks();
        v.step(v.enabled().get(0));
        assertTrue(java.util.Arrays.stream(v.vectorClock(0)).sum() > 0, "a program with a var keeps counting");
    }

    private static Machine machine(String json) throws Exception {
        org.interleave.engine.model.Level l = org.interleave.level.LevelLoader.parse("t.level.json", json);
        return new Machine(new Program(l.design()), Timing.VERIFY, Limits.DEFAULT);
    }
}
