package org.interleave.app.shared.cast;

import java.util.List;
import java.util.Locale;
import org.interleave.playback.Trace;

/**
 * What a goroutine's creature shows: each of the states the reveal names, drawn so it reads
 * without words (and said in words too, for the tooltip and screen readers).
 */
public enum Pose {
    /** It holds a core and moves: it walks. */
    RUNNING("running"),
    /** It can take its next op: it stands, eyes open. */
    READY("ready to run"),
    /** Its next op is a lock someone else holds: it holds up a padlock. */
    WAITING_ON_LOCK("waiting on a lock"),
    /** Its next op waits on a channel, a wait group, a timer or a context: it sleeps (z). */
    ASLEEP("asleep until someone wakes it"),
    /** It returned: happy, faded. */
    DONE("done"),
    /** It loops without reaching a visible op: dizzy. */
    SPINNING("spinning"),
    /** A panic ended the program while it was here: crossed-out eyes. */
    CRASHED("stopped by a crash"),
    /** Main returned and nobody left can wake it: a ghost. */
    LEAKED("leaked: nothing can wake it"),
    /** Nothing can run and main has not returned: frozen in ice. */
    FROZEN("frozen in a deadlock");

    private final String words;

    Pose(String words) {
        this.words = words;
    }

    /** The pose in words: "asleep until someone wakes it". */
    public String words() {
        return words;
    }

    /** The style class of the pose: {@code pose-waiting-on-lock}. */
    public String styleClass() {
        return "pose-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The pose of goroutine {@code g} in a moment whose goroutines are {@code all}: a blocked
     * goroutine is frozen when nothing can run while main has not returned (a deadlock), leaked
     * when main has returned and nothing left can run to wake it, and otherwise waits on a lock
     * or sleeps, by what it waits on.
     */
    public static Pose of(Trace.GoroutineView g, List<Trace.GoroutineView> all) {
        return switch (g.status()) {
            case RUNNING -> RUNNING;
            case CAN_RUN -> READY;
            case DONE -> DONE;
            case SPINNING -> SPINNING;
            case STOPPED -> CRASHED;
            case BLOCKED -> blocked(g, all);
        };
    }

    private static Pose blocked(Trace.GoroutineView g, List<Trace.GoroutineView> all) {
        boolean anyCanMove = all.stream().anyMatch(o -> o.status() == Trace.Status.RUNNING
                || o.status() == Trace.Status.CAN_RUN || o.status() == Trace.Status.SPINNING);
        boolean mainDone = all.stream().anyMatch(o -> o.name().equals("main") && o.status() == Trace.Status.DONE);
        boolean timer = waitsOnTimer(g.detail());
        if (!anyCanMove && !timer && all.stream().noneMatch(o -> waitsOnTimer(o.detail()))) {
            return mainDone ? LEAKED : FROZEN;
        }
        String d = g.detail() == null ? "" : g.detail().toLowerCase(Locale.ROOT);
        return d.contains(".lock") || d.contains(".rlock") ? WAITING_ON_LOCK : ASLEEP;
    }

    /**
     * Whether a blocked goroutine may be woken by the clock (a sleep, an after case, a context's
     * Done, which a timeout may close): then the board is not frozen, whatever else waits.
     */
    private static boolean waitsOnTimer(String detail) {
        if (detail == null) {
            return false;
        }
        String d = detail.toLowerCase(Locale.ROOT);
        return d.contains("sleep") || d.contains("timer") || d.contains(".done()");
    }
}
