package org.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.interleave.engine.Machine;
import org.interleave.engine.Schedule;
import org.interleave.engine.Timing;
import org.interleave.engine.model.Level;
import org.junit.jupiter.api.Test;

/** The search stops for its budgets and for cancellation, reports progress, and says why it stopped. */
class ExplorerBudgetTest {
    /** A counter with eight goroutines and no reductions: far more states than these tests allow. */
    static final String BIG = """
            {"id":"hits","type":"var","init":0},{"id":"mu","type":"mutex"},{"id":"wg","type":"waitgroup"},
            {"id":"inc","type":"goroutine","count":8,"ops":[{"op":"lock","mu":"mu"},{"op":"inc","var":"hits"},
              {"op":"unlock","mu":"mu"},{"op":"done","wg":"wg"}]},
            {"id":"main","type":"goroutine","start":"main","ops":[{"op":"add","wg":"wg","n":8}]}""";

    static Machine start(Level l, SearchBudget b) {
        Machine m = new Machine(Designs.program(l), Timing.VERIFY, b.limits());
        m.drainFaults();
        return m;
    }

    @Test
    void stateBudget_stopsTheSearch_andSaysSo() {
        Level l = Designs.level(BIG);
        SearchBudget b = SearchBudget.DEFAULT.withMaxStates(1000).withSymmetry(false);
        SearchResult r = new Explorer(l.goal(), b, () -> false, Explorer.Progress.NONE).explore(start(l, b), Schedule.EMPTY);
        assertFalse(r.complete());
        assertTrue(r.stopReason().contains("state budget of 1000"), r.stopReason());
        assertTrue(r.states() >= 1000 && r.states() < 1100, "states: " + r.states());
    }

    @Test
    void cancellationFromAnotherThread_stopsTheSearch() throws Exception {
        Level l = Designs.level(BIG);
        SearchBudget b = SearchBudget.DEFAULT.withSymmetry(false);
        AtomicBoolean cancel = new AtomicBoolean();
        CountDownLatch progressed = new CountDownLatch(1);
        AtomicLong lastStates = new AtomicLong();
        Thread other = new Thread(() -> {
            try {
                progressed.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            cancel.set(true);
        });
        other.start();
        SearchResult r = new Explorer(l.goal(), b, cancel::get, (states, executions, steps) -> {
            lastStates.set(states);
            progressed.countDown();
        }).explore(start(l, b), Schedule.EMPTY);
        other.join();
        assertFalse(r.complete());
        assertEquals("cancelled", r.stopReason());
        assertTrue(lastStates.get() > 0, "progress was reported");
    }

    @Test
    void checkOfACancelledSearch_isInconclusive_neverCleared() {
        Level l = Designs.level(BIG);
        Report r = new Checker(new CheckOptions(CheckOptions.StrategyKind.DFS, 1, 1, 0, 3, false, 0), () -> true,
                Explorer.Progress.NONE, () -> 0).check(l);
        assertEquals(Verdict.INCONCLUSIVE, r.verdict());
        assertFalse(r.exhaustive());
    }

    @Test
    void forkBomb_stopsAtTheGoroutineLimit_withAClearMessage() {
        Level l = Designs.level("""
                {"id":"g","type":"goroutine","start":"spawn","ops":[{"op":"go","g":"g"},{"op":"go","g":"g"}]},
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"go","g":"g"}]}""");
        Report r = Designs.check(l);
        assertEquals(Verdict.INCONCLUSIVE, r.verdict());
        assertTrue(r.stopReason().startsWith("resource limit: more than 64 live goroutines"), r.stopReason());
    }
}
