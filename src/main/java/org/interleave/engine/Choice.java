package org.interleave.engine;

/**
 * One thing that can happen next: goroutine {@code actor} takes its step (choosing {@code branch}
 * of its select when it has several ready cases), or, for a negative actor, the timeout of the
 * context part {@code -1 - actor} fires.
 */
public record Choice(int actor, int branch) {
    /** No branch: the step is not a select, or the select had one possible case. */
    public static final int NONE = -1;
    /** The select's default clause. */
    public static final int DEFAULT = -2;

    public static Choice timer(int contextPart) {
        return new Choice(-1 - contextPart, NONE);
    }

    public boolean isTimer() {
        return actor < 0;
    }

    public int timerPart() {
        return -1 - actor;
    }
}
