package org.interleave.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Runtime state of a context: cancelled or not, by whom, its parent and children, and its
 * timeout (ticks after the start of the program; 0 for none).
 */
final class ContextState extends SharedPart {
    final String id;
    final int index;
    final int parent;
    final long timeout;
    final List<Integer> children = new ArrayList<>();
    boolean cancelled;
    boolean timedOut;
    private VectorClock cancelClock = new VectorClock();

    ContextState(String id, int index, int parent, long timeout) {
        this.id = id;
        this.index = index;
        this.parent = parent;
        this.timeout = timeout;
    }

    ContextState copy() {
        ContextState c = new ContextState(id, index, parent, timeout);
        c.children.addAll(children);
        c.cancelled = cancelled;
        c.timedOut = timedOut;
        c.cancelClock = cancelClock.copy();
        return c;
    }

    /** Whether the timeout timer may still fire. */
    boolean timerArmed() {
        return timeout > 0 && !cancelled;
    }

    void cancel(VectorClock by, boolean byTimeout) {
        cancelled = true;
        timedOut = byTimeout;
        cancelClock = by == null ? new VectorClock() : by.copy();
    }

    /** Timed runs, inside a step of m: fires every armed context timeout that is due at m's clock. */
    static void fireDue(Machine m) {
        for (int i = 0; i < m.res.length; i++) {
            if (m.res[i] instanceof ContextState c && c.timerArmed() && c.timeout <= m.clock) {
                cancelTree(m, (ContextState) m.resource(i), null, true);
            }
        }
    }

    /** Cancels ctx and, in machine m, every context derived from it (DESIGN §4: cancellation propagates down). */
    static void cancelTree(Machine m, ContextState ctx, VectorClock by, boolean byTimeout) {
        if (ctx.cancelled) {
            return;
        }
        ctx.cancel(by, byTimeout);
        for (int child : ctx.children) {
            cancelTree(m, (ContextState) m.resource(child), by, byTimeout);
        }
    }

    /** A receive from Done is ordered after the cancellation. */
    void observe(VectorClock vc) {
        vc.join(cancelClock);
    }

    /** The clock a receive from Done learns (see {@link VarState#encodeShadow}). */
    void clocks(java.util.function.Consumer<VectorClock> out) {
        out.accept(cancelClock);
    }

    void encode(StateWriter w) {
        w.put(cancelled).put(timedOut);
    }
}
