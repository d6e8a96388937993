package org.interleave.oracle;

import static org.interleave.oracle.OracleLevels.chan;
import static org.interleave.oracle.OracleLevels.fix;
import static org.interleave.oracle.OracleLevels.main;
import static org.interleave.oracle.OracleLevels.part;
import static org.interleave.oracle.OracleLevels.spawn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interleave.engine.model.Level;
import org.junit.jupiter.api.Test;

/**
 * RWMutex misuse as Go 1.19 has it (src/sync/rwmutex.go): its checks are counter arithmetic, so a
 * waiter can hide the misuse, and the lock is left in a state Go really reaches (hunt 20, F1).
 * The reference explorer here; the product in {@link ProductOnRwMutexMisuseTest}. Each design's
 * kinds are every outcome Go allows: a fatal error only on the schedules where the waiter has
 * not reached its op yet.
 */
class RwMutexMisuseTest {
    static final String RW = part("rw", "rwmutex", "");
    static final String LOCK = "{'op': 'lock', 'mu': 'rw'}";
    static final String UNLOCK = "{'op': 'unlock', 'mu': 'rw'}";
    static final String RLOCK = "{'op': 'rlock', 'mu': 'rw'}";
    static final String RUNLOCK = "{'op': 'runlock', 'mu': 'rw'}";
    static final String SLEEP = "{'op': 'sleep', 'ticks': 20}";

    ReferenceResult check(Level level) {
        return new ReferenceExplorer(200_000).explore(level);
    }

    void expect(String verdict, List<String> kinds, Level level) {
        ReferenceResult r = check(level);
        assertEquals(verdict, r.verdict(), () -> "kinds " + r.kinds() + " " + r.messages() + " " + r.schedules());
        assertEquals(kinds, r.kinds(), () -> r.messages() + " " + r.schedules());
        assertTrue(r.complete(), "exhaustive");
    }

    /** e01: main read-holds rw, w waits in Lock; main's Unlock passes Go's check (w subtracted): main returns, w is stuck. */
    @Test
    void unlockOfReadHeldLock_withAWriterWaiting_returnsAndLeavesTheWriterStuck() {
        expect("panic", List.of("panic", "leak"), fix("", RW, spawn("w", LOCK),
                main(RLOCK, "{'op': 'go', 'g': 'w'}", SLEEP, UNLOCK)));
    }

    /** e02: the same, then main waits for w, which never gets its lock: Go says all goroutines are asleep. */
    @Test
    void unlockOfReadHeldLock_withAWriterWaiting_thenWaitingForIt_deadlocks() {
        expect("panic", List.of("panic", "deadlock"), fix("", RW, chan("c", 0),
                spawn("w", LOCK, "{'op': 'send', 'ch': 'c', 'value': 1}"),
                main(RLOCK, "{'op': 'go', 'g': 'w'}", SLEEP, UNLOCK, "{'op': 'recv', 'ch': 'c'}")));
    }

    /** e03: main write-holds rw, r waits in RLock (counted); main's RUnlock takes r's count: no fatal, r stuck. */
    @Test
    void runlockOfWriteHeldLock_withAReaderWaiting_returnsAndLeavesTheReaderStuck() {
        expect("panic", List.of("panic", "leak"), fix("", RW, spawn("r", RLOCK),
                main(LOCK, "{'op': 'go', 'g': 'r'}", SLEEP, RUNLOCK)));
    }

    /** Unlock of a read-held lock with no writer waiting: r = 1 + max >= max, always fatal. */
    @Test
    void unlockOfReadHeldLock_withNoWriter_isAlwaysFatal() {
        expect("panic", List.of("panic"), fix("", RW, main(RLOCK, UNLOCK)));
    }

    /** RUnlock of a write-held lock with no reader waiting: r + 1 == -max, always fatal. */
    @Test
    void runlockOfWriteHeldLock_withNoReader_isAlwaysFatal() {
        expect("panic", List.of("panic"), fix("", RW, main(LOCK, RUNLOCK)));
    }

    /** Unlock and RUnlock of a lock nobody holds, each alone: fatal. */
    @Test
    void unlockAndRUnlockOfAFreeLock_areFatal() {
        expect("panic", List.of("panic"), fix("", RW, main(UNLOCK)));
        expect("panic", List.of("panic"), fix("", RW, main(RUNLOCK)));
    }

    /**
     * After e01's Unlock the lock is free for new readers and writers, but the first writer's
     * count is gone for good: a second writer that takes the lock and lets go of it leaves the
     * first one stuck, and main, waiting for both, deadlocks; no schedule clears it.
     */
    @Test
    void afterAnUnlockThatHidMisuse_aSecondWriterStillGetsTheLock_theFirstStaysStuck() {
        expect("panic", List.of("panic", "deadlock"), fix("", RW, part("wg", "waitgroup", ""),
                spawn("w", LOCK, "{'op': 'done', 'wg': 'wg'}"),
                spawn("v", LOCK, UNLOCK, "{'op': 'done', 'wg': 'wg'}"),
                main("{'op': 'add', 'wg': 'wg', 'n': 2}", RLOCK, "{'op': 'go', 'g': 'w'}", SLEEP, UNLOCK,
                        RUNLOCK, "{'op': 'go', 'g': 'v'}", "{'op': 'wait', 'wg': 'wg'}")));
    }

    /**
     * Go's Lock subtracts, then adds its r to readerWait in a second atomic step: when an earlier
     * writer's readerWait is still owed (after e01's Unlock), main's RUnlock in between takes it to
     * 0 and wakes that stuck writer, which then prints. As one step, w could never print.
     */
    @Test
    void lockSubtractsAndWaitsInTwoSteps_anRUnlockBetweenWakesAStuckWriter() {
        expect("panic", List.of("panic", "leak", "output"), fix("'output': {'sink': 'out', 'expect': []}", RW,
                part("out", "sink", ""), spawn("w", LOCK, "{'op': 'emit', 'sink': 'out', 'value': 1}"), spawn("v", LOCK),
                main(RLOCK, "{'op': 'go', 'g': 'w'}", SLEEP, UNLOCK, "{'op': 'go', 'g': 'v'}", SLEEP, RUNLOCK, SLEEP)));
    }

    /**
     * A writer that has subtracted but not yet added its r to readerWait while its reader leaves
     * takes readerWait to -1; an RUnlock that then takes a waiting reader's count takes it to -2,
     * and the writer's add leaves -1: it never gets the lock and main, waiting for it, deadlocks.
     * Had it added first, the last reader's RUnlock would have handed it the lock (random designs
     * of RwMutexMisuseProperties found the difference).
     */
    @Test
    void aWriterThatHadNotAddedItsReadersYet_staysStuckAfterAnRUnlockTakesAWaitingReadersCount() {
        expect("panic", List.of("panic", "deadlock", "leak"), fix("", RW, chan("c", 0), spawn("r", RLOCK),
                spawn("w", LOCK, "{'op': 'send', 'ch': 'c', 'value': 1}"),
                main(RLOCK, "{'op': 'go', 'g': 'w'}", SLEEP, RUNLOCK, "{'op': 'go', 'g': 'r'}", SLEEP, RUNLOCK,
                        "{'op': 'recv', 'ch': 'c'}")));
    }
}
