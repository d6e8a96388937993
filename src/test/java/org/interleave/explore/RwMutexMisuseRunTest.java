package org.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.junit.jupiter.api.Test;

/**
 * RWMutex misuse that Go's counter checks let pass (hunt20 F1): a timed run, which is Go's own
 * timing, returns as Go does in 300 of 300 runs, and the goroutine left waiting is said to wait
 * for what it truly waits for.
 */
class RwMutexMisuseRunTest {
    /** hunt20 e01: main read-holds rw, w waits in Lock, main calls Unlock after a sleep. */
    static final String E01 = """
            {"id":"rw","type":"rwmutex"},
            {"id":"w","type":"goroutine","start":"spawn","ops":[{"op":"lock","mu":"rw"}]},
            {"id":"main","type":"goroutine","start":"main","ops":[{"op":"rlock","mu":"rw"},{"op":"go","g":"w"},
              {"op":"sleep","ticks":20},{"op":"unlock","mu":"rw"}]}""";
    /** hunt20 e03: main write-holds rw, r waits in RLock, main calls RUnlock after a sleep. */
    static final String E03 = """
            {"id":"rw","type":"rwmutex"},
            {"id":"r","type":"goroutine","start":"spawn","ops":[{"op":"rlock","mu":"rw"}]},
            {"id":"main","type":"goroutine","start":"main","ops":[{"op":"lock","mu":"rw"},{"op":"go","g":"r"},
              {"op":"sleep","ticks":20},{"op":"runlock","mu":"rw"}]}""";

    private static TimedRun.Result run(String parts) {
        return TimedRunTest.run(parts, "{\"noLeak\":false}", 1);
    }

    @Test
    void unlockOfAReadHeldLockWhileAWriterWaits_inATimedRun_mainReturnsWithoutAFatalError() {
        TimedRun.Result r = run(E01);
        assertTrue(r.execution().findings().stream().noneMatch(f -> f.kind() == Kind.PANIC), r.execution().findings()::toString);
        assertTrue(r.mainReturnedAt() > 20, "main returned after its sleep: " + r.mainReturnedAt());
    }

    @Test
    void runlockOfAWriteHeldLockWhileAReaderWaits_inATimedRun_mainReturnsWithoutAFatalError() {
        TimedRun.Result r = run(E03);
        assertTrue(r.execution().findings().stream().noneMatch(f -> f.kind() == Kind.PANIC), r.execution().findings()::toString);
        assertTrue(r.mainReturnedAt() > 20, "main returned after its sleep: " + r.mainReturnedAt());
    }

    /** hunt20 e02: the writer left waiting waits for a reader that will never leave, reduced or not. */
    @Test
    void theWriterLeftWaiting_isSaidToWaitForReadersThatNeverLeave() {
        String parts = """
                {"id":"rw","type":"rwmutex"},{"id":"c","type":"channel","cap":0},
                {"id":"w","type":"goroutine","start":"spawn","ops":[{"op":"lock","mu":"rw"},{"op":"send","ch":"c","value":1}]},
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"rlock","mu":"rw"},{"op":"go","g":"w"},
                  {"op":"sleep","ticks":20},{"op":"unlock","mu":"rw"},{"op":"recv","ch":"c"}]}""";
        for (Report r : List.of(ExactnessTest.reduced(parts, null), ExactnessTest.plain(parts, null))) {
            Finding f = r.findings().stream().filter(x -> x.kind() == Kind.DEADLOCK).findFirst()
                    .orElseThrow(() -> new AssertionError(r.findings().toString()));
            assertEquals("fatal error: all goroutines are asleep - deadlock!", f.message());
            assertTrue(f.explanation().contains("w#0 is blocked on rw.Lock (waits for 1 reader(s) to leave that never will: "
                    + "an Unlock let go of rw before this Lock returned)."), f.explanation()::toString);
        }
    }

    /** hunt20 e03: the reader whose count the RUnlock took waits for an Unlock by the writer; its schedule names it. */
    @Test
    void theReaderLeftWaiting_isSaidToBeCounted_andTheScheduleNamesIt() {
        Report r = ExactnessTest.reduced(E03, null);
        Finding f = r.findings().stream().filter(x -> x.kind() == Kind.LEAK).findFirst()
                .orElseThrow(() -> new AssertionError(r.findings().toString()));
        assertTrue(f.message().contains("r#0 blocked on rw.RLock (counted as a reader, waits for an Unlock by main)"), f.message());
        assertTrue(f.schedule().toString().contains("main>r#0"), f.schedule()::toString);
    }
}
