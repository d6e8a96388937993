package org.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.interleave.engine.model.Level;
import org.junit.jupiter.api.Test;

/** The options the game and {@code check} verify with by default stop a runaway design at their wall-clock bound. */
class CheckOptionsTest {
    @Test
    void bounded_stopsAtSixtySecondsOfItsClock_inconclusiveWithTheReason() {
        Level l = Designs.level(ExplorerBudgetTest.BIG);
        // A clock that moves a second each time it is read: the bound is reached after 60 readings.
        AtomicLong now = new AtomicLong();
        CheckOptions b = CheckOptions.BOUNDED;
        CheckOptions plain = new CheckOptions(b.strategy(), b.seed(), b.runs(), b.budget(), b.pctDepth(), false, b.maxMillis());
        Report r = new Checker(plain, () -> false, Explorer.Progress.NONE,
                () -> now.addAndGet(1_000_000_000L)).threads(1).check(l);
        assertEquals(Verdict.INCONCLUSIVE, r.verdict());
        assertFalse(r.exhaustive());
        assertTrue(r.stopReason().contains("time budget of 60000 ms"), r.stopReason());
    }

    @Test
    void bounded_isTheDefaultCheckWithOnlyATimeBound() {
        assertEquals(CheckOptions.DEFAULT_MILLIS, CheckOptions.BOUNDED.maxMillis());
        assertEquals(60_000, CheckOptions.DEFAULT_MILLIS);
        assertEquals(CheckOptions.DEFAULT, new CheckOptions(CheckOptions.BOUNDED.strategy(), CheckOptions.BOUNDED.seed(),
                CheckOptions.BOUNDED.runs(), CheckOptions.BOUNDED.budget(), CheckOptions.BOUNDED.pctDepth(),
                CheckOptions.BOUNDED.reduction(), 0));
    }

    @Test
    void memoryGuard_stopsTheCheckInconclusiveWithItsReason_andBoundsTheSearchsOwnBudget() {
        Level l = Designs.level(ExplorerBudgetTest.BIG);
        // A heap that stays full after every collection: the guard trips at its first look.
        java.util.concurrent.atomic.AtomicInteger collections = new java.util.concurrent.atomic.AtomicInteger();
        MemoryGuard full = new MemoryGuard(64L << 20, () -> 100L << 20, collections::incrementAndGet);
        CheckOptions d = CheckOptions.DEFAULT;
        CheckOptions plain = new CheckOptions(d.strategy(), d.seed(), d.runs(), d.budget(), d.pctDepth(), false, 0);
        Report r = new Checker(plain, () -> false, Explorer.Progress.NONE, () -> 0).threads(1)
                .memory(full).check(l);
        assertEquals(Verdict.INCONCLUSIVE, r.verdict());
        assertFalse(r.exhaustive());
        assertEquals("memory bound of 64 MiB reached", r.stopReason());
        assertTrue(collections.get() >= 1, "it collected before it gave up");
        // A guard with room to spare changes nothing.
        MemoryGuard roomy = new MemoryGuard(1L << 30, () -> 0, () -> { });
        Report same = new Checker(CheckOptions.DEFAULT, () -> false, Explorer.Progress.NONE, () -> 0).threads(1)
                .memory(roomy).check(l);
        Report unguarded = Designs.check(l);
        assertEquals(unguarded.verdict(), same.verdict());
        assertEquals(unguarded.exhaustive(), same.exhaustive());
        assertEquals(unguarded.stats().states(), same.stats().states());
    }
}
