package org.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The guard of a JVM's heap counts what a search adds, and never lets the heap pass 3/4 of itself. */
class MemoryGuardTest {
    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;

    /** Asks the guard as a search does: often enough that it reads the heap. */
    private static boolean stops(MemoryGuard guard) {
        boolean stop = false;
        for (int i = 0; i < 64 && !stop; i++) {
            stop = guard.getAsBoolean();
        }
        return stop;
    }

    @Test
    void aLargeHeap_boundsWhatTheSearchAdds_notWhatTheJvmHeldBefore() {
        AtomicLong inUse = new AtomicLong(2 * GIB);
        MemoryGuard guard = MemoryGuard.forHeap(8 * GIB, inUse::get, () -> { });
        assertEquals(GIB, guard.bound());
        inUse.set(2 * GIB + 900 * MIB);
        assertFalse(stops(guard), "900 MiB added of a 1 GiB bound, the JVM holding 2 GiB before");
        inUse.set(3 * GIB + MIB);
        assertTrue(stops(guard), "1 GiB and 1 MiB added");
    }

    @Test
    void aHeapAlreadyAQuarterFull_stopsAtThreeQuartersOfTheHeap_beforeItRunsOut() {
        // 12 MiB, of which 4 MiB were in use before the search: the bound of 9 MiB on top of them
        // would let the heap fill before the guard said a word
        AtomicLong inUse = new AtomicLong(4 * MIB);
        MemoryGuard guard = MemoryGuard.forHeap(12 * MIB, inUse::get, () -> { });
        assertEquals(9 * MIB, guard.bound());
        inUse.set(9 * MIB);
        assertFalse(stops(guard), "exactly 3/4 of the heap in use");
        inUse.set(9 * MIB + 1);
        assertTrue(stops(guard), "past 3/4 of the heap, though the search added only 5 MiB");
        assertEquals("heap 3/4 full: more than 9 MiB of this JVM's 12 MiB in use", guard.reason());
    }

    @Test
    void aLargeHeapHeldByTheGame_stillStopsAtThreeQuartersOfIt() {
        // the game holds 5.5 of its 8 GiB: its search may add only up to the 6 GiB line
        AtomicLong inUse = new AtomicLong(5 * GIB + GIB / 2);
        MemoryGuard guard = MemoryGuard.forHeap(8 * GIB, inUse::get, () -> { });
        inUse.set(6 * GIB);
        assertFalse(stops(guard), "at the 6 GiB line");
        inUse.set(6 * GIB + MIB);
        assertTrue(stops(guard), "past the 6 GiB line, 513 MiB added");
    }

    /** The player is told which limit stopped the check: the search's own bound, or the heap's 3/4 line. */
    @Test
    void stopReason_namesTheLimitThatTripped() {
        // the game holds 5.5 of its 8 GiB and its search adds 513 MiB: the 6 GiB line, not the 1 GiB bound
        AtomicLong inUse = new AtomicLong(5 * GIB + GIB / 2);
        MemoryGuard line = MemoryGuard.forHeap(8 * GIB, inUse::get, () -> { });
        inUse.set(6 * GIB + MIB);
        assertTrue(stops(line));
        assertEquals("heap 3/4 full: more than 6144 MiB of this JVM's 8192 MiB in use", line.reason());
        // the JVM held 2 of its 8 GiB and the search added 1 GiB and 1 MiB: the bound
        inUse.set(2 * GIB);
        MemoryGuard bound = MemoryGuard.forHeap(8 * GIB, inUse::get, () -> { });
        inUse.set(3 * GIB + MIB);
        assertTrue(stops(bound));
        assertEquals("memory bound of 1024 MiB reached", bound.reason());
    }

    @Test
    void garbageAlone_neverStopsTheSearch() {
        AtomicLong inUse = new AtomicLong(0);
        MemoryGuard guard = MemoryGuard.forHeap(100 * MIB, inUse::get, () -> inUse.set(10 * MIB));
        inUse.set(99 * MIB);
        assertFalse(stops(guard), "a collection brings the heap back to 10 MiB");
        assertFalse(guard.tripped());
    }
}
