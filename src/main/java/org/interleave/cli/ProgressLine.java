package org.interleave.cli;

import java.io.PrintWriter;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.interleave.explore.Explorer;

/**
 * What a long check has done so far, on one line of a terminal's stderr that it rewrites: shown
 * only after {@link #DELAY_NANOS} (most checks end before), at most twice a second, and erased
 * when the check ends. Off when stderr is not a terminal, so logs and pipes see only results.
 *
 * <p>Whether it is a terminal is asked only when the line is first due: {@link System#console()}
 * looks its providers up (the JDK's line editor, jshell's) and {@code isTerminal} is called
 * reflectively, which a check that ends within {@link #DELAY_NANOS}, as most do, never needs
 * (issue 17).
 */
final class ProgressLine implements Explorer.Progress {
    static final long DELAY_NANOS = 2_000_000_000L;
    private static final long EVERY_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final LongSupplier nanoTime;
    private final long start;
    private final String bound;
    private final BooleanSupplier terminal;
    private Boolean shown;
    private long last = Long.MIN_VALUE;
    private int width;

    /**
     * @param bound how the check will end if nothing else ends it ("stops at 60 s"), or empty
     */
    ProgressLine(PrintWriter err, LongSupplier nanoTime, String bound) {
        this(err, nanoTime, bound, () -> true);
    }

    /**
     * A line shown only if {@code terminal}, asked once, when the line is first due, says stderr is
     * an interactive terminal ({@link #onTerminal} for the process's own).
     */
    ProgressLine(PrintWriter err, LongSupplier nanoTime, String bound, BooleanSupplier terminal) {
        this.err = err;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
        this.bound = bound;
        this.terminal = terminal;
    }

    /** Whether this process's console is an interactive terminal. */
    static boolean onTerminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            // Java 22+ has a console even when redirected, and says whether it is a terminal
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public void update(long states, long executions, long steps) {
        long now = nanoTime.getAsLong();
        if (now - start < DELAY_NANOS || (last != Long.MIN_VALUE && now - last < EVERY_NANOS)) {
            return;
        }
        if (shown == null) {
            shown = terminal.getAsBoolean();
        }
        if (!shown) {
            return;
        }
        last = now;
        String line = String.format("checking: %,d states, %,d executions, %d s%s", states, executions,
                (now - start) / 1_000_000_000L, bound.isEmpty() ? "" : " (" + bound + ")");
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
    }

    /** Erases the line, if one was shown. */
    void clear() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
