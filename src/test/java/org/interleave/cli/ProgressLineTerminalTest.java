package org.interleave.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A check's progress line asks whether stderr is a terminal only when the line is first due, after
 * {@link ProgressLine#DELAY_NANOS}: {@code System.console()} and the reflective
 * {@code isTerminal()} cost a fresh JVM a service lookup and the console providers' classes, which
 * the many checks that end sooner never need (issue 17). The answer is then kept.
 */
class ProgressLineTerminalTest {
    private final StringWriter text = new StringWriter();
    private final AtomicLong now = new AtomicLong(0);
    private final AtomicInteger asked = new AtomicInteger();

    private ProgressLine line(boolean terminal) {
        return new ProgressLine(new PrintWriter(text), now::get, "", () -> {
            asked.incrementAndGet();
            return terminal;
        });
    }

    @Test
    void aCheckEndingWithinTheDelay_neverAsksForTheTerminal() {
        ProgressLine line = line(true);
        line.update(10, 1, 10);
        now.set(ProgressLine.DELAY_NANOS - 1);
        line.update(20, 2, 20);
        line.clear();
        assertEquals(0, asked.get());
        assertEquals("", text.toString());
    }

    @Test
    void aLongerCheck_asksOnce_andShowsTheLineOnlyOnATerminal() {
        ProgressLine quiet = line(false);
        for (long t = 0; t <= 5_000_000_000L; t += 250_000_000L) {
            now.set(t);
            quiet.update(t, 1, 1);
        }
        quiet.clear();
        assertEquals(1, asked.get());
        assertEquals("", text.toString(), "not a terminal: nothing shown");

        asked.set(0);
        now.set(0);
        ProgressLine shown = line(true);
        now.set(ProgressLine.DELAY_NANOS);
        shown.update(1234, 5, 50);
        now.set(3 * ProgressLine.DELAY_NANOS);
        shown.update(2000, 7, 70);
        assertEquals(1, asked.get());
        assertEquals("\rchecking: 1,234 states, 5 executions, 2 s\rchecking: 2,000 states, 7 executions, 6 s", text.toString());
    }
}
