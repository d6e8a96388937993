package org.interleave.app.level;

import java.util.function.LongSupplier;

/**
 * Notices a player who is stuck: no Verify and no change to the design for
 * {@value #STUCK_SECONDS} seconds. Time comes from the clock it is given, so tests need not wait.
 * Once a hint has been offered it waits for new progress before offering another.
 */
public final class StuckWatch {
    /** How long without progress counts as stuck. */
    public static final long STUCK_SECONDS = 60;
    private static final long STUCK_NANOS = STUCK_SECONDS * 1_000_000_000L;

    private final LongSupplier nanoTime;
    private long lastProgress;
    private boolean offered;

    /** Starts watching now. */
    public StuckWatch(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.lastProgress = nanoTime.getAsLong();
    }

    /** The player did something that moves them on (verified, edited the design). */
    public void progress() {
        lastProgress = nanoTime.getAsLong();
        offered = false;
    }

    /** Whether a hint should be offered now: stuck long enough, and none offered since the last progress. */
    public boolean shouldOffer() {
        return !offered && nanoTime.getAsLong() - lastProgress >= STUCK_NANOS;
    }

    /** A hint was offered; the next one waits for new progress and another minute. */
    public void offered() {
        offered = true;
    }
}
