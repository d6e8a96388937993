package org.interleave.engine;

import java.util.Arrays;

/**
 * A vector clock over goroutine indexes, for happens-before per the Go memory model. Mutable;
 * copy before sharing. Not part of a state's identity: two states that differ only in their
 * clocks behave alike.
 */
public final class VectorClock {
    private long[] c;

    public VectorClock() {
        this.c = new long[4];
    }

    private VectorClock(long[] c) {
        this.c = c;
    }

    public VectorClock copy() {
        return new VectorClock(c.clone());
    }

    public long get(int g) {
        return g < c.length ? c[g] : 0;
    }

    public void tick(int g) {
        ensure(g);
        c[g]++;
    }

    /** This clock becomes the pointwise maximum of itself and {@code o}. */
    public void join(VectorClock o) {
        if (o == null) {
            return;
        }
        ensure(o.c.length - 1);
        for (int i = 0; i < o.c.length; i++) {
            if (o.c[i] > c[i]) {
                c[i] = o.c[i];
            }
        }
    }

    /** Whether the event {@code (g, time)} happens before (or is) the point this clock describes. */
    public boolean covers(int g, long time) {
        return time <= get(g);
    }

    private void ensure(int g) {
        if (g >= c.length) {
            c = Arrays.copyOf(c, Math.max(g + 1, c.length * 2));
        }
    }

    @Override
    public String toString() {
        return Arrays.toString(c);
    }
}
