package org.interleave.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.interleave.explore.MemoryGuard;
import org.junit.jupiter.api.Test;

/** The bounds of {@code check} that keep a runaway design from running for minutes or filling the heap. */
class CheckBoundsTest {
    @Test
    void memoryGuard_tripsOnlyWhenTheHeapStaysAboveItsBoundAfterACollection() {
        AtomicLong used = new AtomicLong(500);
        AtomicInteger collections = new AtomicInteger();
        long[] afterCollection = {100};
        MemoryGuard guard = new MemoryGuard(1000, used::get, () -> {
            collections.incrementAndGet();
            used.set(afterCollection[0]);
        });
        for (int i = 0; i < 1000; i++) {
            assertFalse(guard.getAsBoolean());
        }
        assertEquals(0, collections.get());
        used.set(5000); // garbage: a collection brings it back under the bound
        for (int i = 0; i < 1000; i++) {
            assertFalse(guard.getAsBoolean());
        }
        assertEquals(1, collections.get());
        afterCollection[0] = 2000; // live data: it stays above
        boolean tripped = false;
        for (int i = 0; i < 10_000 && !tripped; i++) {
            used.set(5000);
            tripped = guard.getAsBoolean();
        }
        assertTrue(tripped);
        assertTrue(guard.tripped());
        assertTrue(guard.getAsBoolean(), "stays tripped");
        assertEquals("memory bound of 0 MiB reached", guard.reason());
    }

    @Test
    void memoryGuardOfThisJvm_isAtMostOneGibibyteAndBelowTheHeap() {
        MemoryGuard guard = MemoryGuard.forThisJvm();
        assertTrue(guard.bound() <= MemoryGuard.DEFAULT_BYTES);
        assertTrue(guard.bound() < Runtime.getRuntime().maxMemory());
    }

    @Test
    void progressLine_staysQuietForTwoSeconds_thenRewritesOneLine_andErasesIt() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong(0);
        ProgressLine line = new ProgressLine(new PrintWriter(text), now::get, "stops at 60 s");
        line.update(10, 1, 10);
        now.set(1_900_000_000L);
        line.update(20, 2, 20);
        assertEquals("", text.toString());
        now.set(2_100_000_000L);
        line.update(1234, 5, 50);
        assertEquals("\rchecking: 1,234 states, 5 executions, 2 s (stops at 60 s)", text.toString());
        now.set(2_200_000_000L);
        line.update(1300, 6, 60); // too soon to rewrite
        now.set(3_000_000_000L);
        line.update(2000, 7, 70);
        assertTrue(text.toString().endsWith("\rchecking: 2,000 states, 7 executions, 3 s (stops at 60 s)"), text::toString);
        line.clear();
        assertTrue(text.toString().endsWith("\r"), text::toString);
        assertFalse(text.toString().contains("\n"), "one line, rewritten");
    }
}
