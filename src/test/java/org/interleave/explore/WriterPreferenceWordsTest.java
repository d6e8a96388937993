package org.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.junit.jupiter.api.Test;

/**
 * A deadlock's text says truly whom a lock's waiter waits for (hunt20 F2): a reader blocked
 * behind a writer that waits for the lock (Go's writer preference) is behind that writer, which
 * holds nothing; it is not "held by" it. Go's first line and the wait-for cycle stay as they were.
 */
class WriterPreferenceWordsTest {
    private static Finding deadlock(Report r) {
        assertEquals(Verdict.DEADLOCK, r.verdict(), () -> "findings: " + r.findings());
        return r.findings().stream().filter(f -> f.kind() == Kind.DEADLOCK).findFirst().orElseThrow();
    }

    private static List<List<String>> explanations(String parts) {
        return List.of(deadlock(ExactnessTest.reduced(parts, null)).explanation(),
                deadlock(ExactnessTest.plain(parts, null)).explanation());
    }

    /** hunt20 c02: main read-locks, w waits to write-lock, main read-locks again: a cycle. */
    @Test
    void aReaderBehindAWaitingWriter_isSaidToBeBehindIt_notThatTheWriterHoldsTheLock() {
        String parts = """
                {"id":"rw","type":"rwmutex"},
                {"id":"w","type":"goroutine","start":"spawn","ops":[{"op":"lock","mu":"rw"},{"op":"unlock","mu":"rw"}]},
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"rlock","mu":"rw"},{"op":"go","g":"w"},
                  {"op":"sleep","ticks":5},{"op":"rlock","mu":"rw"},{"op":"runlock","mu":"rw"},{"op":"runlock","mu":"rw"}]}""";
        for (List<String> lines : explanations(parts)) {
            assertTrue(lines.contains("main is blocked on rw.RLock (behind w#0, which waits to write-lock it)."),
                    lines.toString());
            assertTrue(lines.contains("w#0 is blocked on rw.Lock (held by main)."), lines.toString());
            assertTrue(lines.contains("wait-for cycle: main → w#0 → main"), lines.toString());
        }
        Finding f = deadlock(ExactnessTest.reduced(parts, null));
        assertEquals("fatal error: all goroutines are asleep - deadlock!", f.message());
    }

    /** hunt20 a09: r's RLock comes after w's pending Lock, so r waits behind w; main waits for r's send. */
    @Test
    void aSecondReaderBehindAPendingWriter_isBehindIt_andTheWriterWaitsForTheHoldingReader() {
        String parts = """
                {"id":"rw","type":"rwmutex"},{"id":"c","type":"channel","cap":0},
                {"id":"w","type":"goroutine","start":"spawn","ops":[{"op":"lock","mu":"rw"},{"op":"unlock","mu":"rw"}]},
                {"id":"r","type":"goroutine","start":"spawn","ops":[{"op":"rlock","mu":"rw"},{"op":"send","ch":"c","value":1},
                  {"op":"runlock","mu":"rw"}]},
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"rlock","mu":"rw"},{"op":"go","g":"w"},
                  {"op":"go","g":"r"},{"op":"recv","ch":"c"},{"op":"runlock","mu":"rw"}]}""";
        for (List<String> lines : explanations(parts)) {
            assertTrue(lines.contains("r#0 is blocked on rw.RLock (behind w#0, which waits to write-lock it)."),
                    lines.toString());
            assertTrue(lines.contains("w#0 is blocked on rw.Lock (held by main)."), lines.toString());
            assertTrue(lines.stream().noneMatch(l -> l.contains("held by w#0")), lines.toString());
        }
    }
}
