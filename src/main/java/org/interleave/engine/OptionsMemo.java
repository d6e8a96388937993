package org.interleave.engine;

import java.util.List;
import org.interleave.engine.model.Op;

/**
 * A state's choices carried over to its successors (see {@link Machine#options}): a step
 * changes one or two goroutines and a resource or two, so most goroutines' choices are those
 * they had before it, and working them all out again was a fifth of a search. A goroutine's
 * choices (see {@link NextSteps#options}) read only its own state, the parts its next op touches
 * ({@link Footprints#touchedParts}: a channel, a mutex, a wait group, a once, a select's channels
 * and contexts) and the goroutines waiting on those channels (whether one waits at a select
 * also reads that select's own parts). So a goroutine keeps its choices when it did not change
 * and none of those parts is dirty, where dirty parts are the resources changed, the parts each
 * changed goroutine's next op touched before its change and touches after it, and every part of
 * a select waiting on something changed. In verification only (a timed run's choices read the
 * clock too), and only with a warmed program, whose footprints are read-only.
 */
final class OptionsMemo {
    /** The choices by goroutine of the state the steps since began in (null: not worked out); read only. */
    private List<?>[] base;
    /** The dirty parts so far (bits by part): see the class comment. */
    private long[] parts;
    /** The goroutines below {@code base.length} changed since, as bits (any above are new). */
    private long[] goroutines;

    private OptionsMemo() {
    }

    /** About how much heap this memo holds of its own (the base is its state's, or a kept state's). */
    int heapBytes() {
        return 24 + 16 + 8 * parts.length + 16 + 8 * goroutines.length;
    }

    /** A copy for a copy of the machine, which changes its own. */
    OptionsMemo copy() {
        OptionsMemo o = new OptionsMemo();
        o.base = base;
        o.parts = parts.clone();
        o.goroutines = goroutines.clone();
        return o;
    }

    /**
     * A step of m begins: when m knows its choices, they become the base and nothing is dirty;
     * else what the step changes adds to what the steps since the base changed.
     */
    static void beginStep(Machine m) {
        List<?>[] cache = m.optionsCache;
        if (m.timing != Timing.VERIFY || m.program.footprints().selectParts == null) {
            m.optionsMemo = null;
            return;
        }
        OptionsMemo om = m.optionsMemo;
        if (cache == null) {
            return;
        }
        if (om == null) {
            om = new OptionsMemo();
            m.optionsMemo = om;
        }
        om.base = cache;
        om.parts = zeroed(om.parts, (m.res.length + 63) >>> 6);
        om.goroutines = zeroed(om.goroutines, (cache.length + 63) >>> 6);
    }

    private static long[] zeroed(long[] a, int words) {
        if (a == null || a.length != words) {
            return new long[words];
        }
        java.util.Arrays.fill(a, 0L);
        return a;
    }

    /** Goroutine i of m, now {@code g}, is about to change: the parts its next op touches are dirty. */
    static void goroutine(Machine m, int i, GoroutineState g) {
        OptionsMemo om = m.optionsMemo;
        if (om == null || i >= om.base.length || (om.goroutines[i >>> 6] & 1L << i) != 0) {
            return;
        }
        om.goroutines[i >>> 6] |= 1L << i;
        om.touch(m.program.footprints().pendingParts(g));
    }

    /** Resource i of m may change. */
    static void resource(Machine m, int i) {
        OptionsMemo om = m.optionsMemo;
        if (om != null) {
            om.parts[i >>> 6] |= 1L << i;
        }
    }

    private void touch(int[] touched) {
        for (int p : touched) {
            parts[p >>> 6] |= 1L << p;
        }
    }

    private boolean dirty(int[] touched) {
        for (int p : touched) {
            if ((parts[p >>> 6] & 1L << p) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The table of m's choices by goroutine, to fill (m is between steps): the entries the base
     * still holds good for are filled in as they are asked for ({@link #carried}). Works out the
     * dirty parts of m's changed goroutines as they stand now, and of the selects they reach.
     */
    static List<?>[] start(Machine m) {
        OptionsMemo om = m.optionsMemo;
        if (om != null) {
            Footprints fp = m.program.footprints();
            List<GoroutineState> gs = m.gs;
            for (int i = 0; i < gs.size(); i++) {
                if (i >= om.base.length || (om.goroutines[i >>> 6] & 1L << i) != 0) {
                    om.touch(fp.pendingParts(gs.get(i)));
                }
            }
            if (overlaps(om.parts, fp.selectParts)) {
                // A select waiting on a dirty part may wait no more (or now), for its partners on
                // its other channels too.
                for (int i = 0; i < gs.size(); i++) {
                    GoroutineState h = gs.get(i);
                    if (h.pending() instanceof Op.Select && !h.atRangeHead() && om.dirty(fp.pendingParts(h))) {
                        om.touch(fp.pendingParts(h));
                    }
                }
            }
        }
        return new List<?>[m.gs.size()];
    }

    private static boolean overlaps(long[] a, long[] b) {
        for (int w = 0; w < a.length && w < b.length; w++) {
            if ((a[w] & b[w]) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Goroutine g's choices in m when the base holds them good still, else null (see {@link #start}). */
    static List<?> carried(Machine m, int g) {
        OptionsMemo om = m.optionsMemo;
        if (om == null || m.stepping || m.crashed || m.limitError != null || m.cutShort != null || g >= om.base.length || om.base[g] == null
                || (om.goroutines[g >>> 6] & 1L << g) != 0) {
            return null;
        }
        return om.dirty(m.program.footprints().pendingParts(m.gs.get(g))) ? null : om.base[g];
    }
}
