package org.interleave.engine;

/**
 * One thing that can happen next: goroutine {@code actor} takes its step (choosing {@code branch}
 * of its select when it has several ready cases), or, for a negative actor, the timeout of the
 * context part {@code -1 - actor} fires. A step that completes an unbuffered hand-off names the
 * waiting goroutine it pairs with ({@code partner}) and, when that one waits in a select, the
 * case it completes ({@code partnerBranch}): each possible pairing is its own choice (DESIGN §4).
 * A partner of -1 means none (or, from old schedules, the first possible one).
 */
public record Choice(int actor, int branch, int partner, int partnerBranch) {
    public Choice(int actor, int branch) {
        this(actor, branch, -1, NONE);
    }

    /** No branch: the step is not a select, or the select had one possible case. */
    public static final int NONE = -1;
    /** The select's default clause. */
    public static final int DEFAULT = -2;
    /**
     * A Wait woken by its group's zero finds the counter up again (an Add came first): it had
     * parked, and panics ("WaitGroup is reused before previous Wait has returned").
     */
    public static final int WAIT_WOKEN_PANICS = 0;
    /** The other choice of such a Wait: it had not parked yet at the zero, and waits for the next one. */
    public static final int WAIT_HAD_NOT_PARKED = 1;

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
