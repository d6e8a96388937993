package org.interleave.engine;

import java.util.Arrays;

/**
 * A vector clock over goroutine indexes, for happens-before per the Go memory model. Copies share
 * their array until one of them changes (copy on write), because states are copied for every
 * step a search tries while most clocks never change afterwards. A state's key holds no clock,
 * only which clocks cover the var accesses a race may still involve (see {@code VarState#encodeShadow}).
 *
 * <p>A clock is never longer than one past the highest goroutine index it has seen, so it is
 * bounded by the number of goroutines. (Growing by doubling instead made a lock's clock and a
 * goroutine's clock double each other on every hand-over: 10 goroutines took gigabytes.)
 */
public final class VectorClock {
    private long[] c;
    private boolean shared;
    private final boolean off;

    /**
     * The clock of a goroutine in a search of a program without {@code var} parts, where no race
     * can be and clocks decide nothing: it never ticks nor learns, and copies are itself (see
     * {@code Machine#stopUnusedClocks}).
     */
    static final VectorClock OFF = new VectorClock(new long[0], true);

    public VectorClock() {
        this.c = new long[0];
        this.off = false;
    }

    private VectorClock(long[] c) {
        this.c = c;
        this.shared = true;
        this.off = false;
    }

    private VectorClock(long[] c, boolean off) {
        this.c = c;
        this.off = off;
    }

    public VectorClock copy() {
        if (off) {
            return this;
        }
        shared = true;
        return new VectorClock(c);
    }

    /**
     * A copy of a clock that never changes again (a goroutine state several machines share):
     * the copy shares the array and copies it before its first change; this clock is left as it
     * is, so several threads may take such copies at once.
     */
    VectorClock frozenCopy() {
        return off ? this : new VectorClock(c);
    }

    /** Entries 0 to n-1 as an array (a read-only snapshot for timelines). */
    long[] snapshot(int n) {
        long[] out = new long[n];
        for (int h = 0; h < n; h++) {
            out[h] = get(h);
        }
        return out;
    }

    public long get(int g) {
        return g < c.length ? c[g] : 0;
    }

    public void tick(int g) {
        if (off) {
            return;
        }
        own(g);
        c[g]++;
    }

    /** This clock becomes the pointwise maximum of itself and {@code o}. */
    public void join(VectorClock o) {
        if (off || o == null || o.c == c) {
            return;
        }
        int width = o.width();
        boolean needed = width > c.length;
        for (int i = 0; !needed && i < width; i++) {
            needed = o.c[i] > c[i];
        }
        if (!needed) {
            return;
        }
        own(width - 1);
        for (int i = 0; i < width; i++) {
            if (o.c[i] > c[i]) {
                c[i] = o.c[i];
            }
        }
    }

    /** Whether the event {@code (g, time)} happens before (or is) the point this clock describes. */
    public boolean covers(int g, long time) {
        return time <= get(g);
    }

    /** How many entries this clock holds: one past its highest goroutine index with a non-zero entry. */
    public int width() {
        int w = c.length;
        while (w > 0 && c[w - 1] == 0) {
            w--;
        }
        return w;
    }

    /** The length of the array behind this clock (for tests of its growth). */
    int capacity() {
        return c.length;
    }

    /** Makes the array this clock's own and exactly long enough for index g, before a change. */
    private void own(int g) {
        if (g >= c.length) {
            c = Arrays.copyOf(c, g + 1);
            shared = false;
        } else if (shared) {
            c = c.clone();
            shared = false;
        }
    }

    @Override
    public String toString() {
        return Arrays.toString(c);
    }

    /** See {@link Machine#stopUnusedClocks}: stops every clock of m when its program has no var. */
    static void stopUnused(Machine m) {
        if (m.program.parts().stream().anyMatch(p -> p instanceof org.interleave.engine.model.Part.Var)) {
            return;
        }
        for (int i = 0; i < m.gs.size(); i++) {
            if (m.gs.get(i).vc != OFF) {
                m.own(i).vc = OFF;
            }
        }
    }
}
