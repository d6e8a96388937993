package org.interleave.engine;

import java.util.Arrays;

/**
 * A vector clock over goroutine indexes, for happens-before per the Go memory model. Copies share
 * their array until one of them changes (copy on write), because states are copied for every
 * step a search tries while most clocks never change afterwards. Not part of a state's identity:
 * two states that differ only in their clocks behave alike.
 */
public final class VectorClock {
    private long[] c;
    private boolean shared;

    public VectorClock() {
        this.c = new long[4];
    }

    private VectorClock(long[] c) {
        this.c = c;
        this.shared = true;
    }

    public VectorClock copy() {
        shared = true;
        return new VectorClock(c);
    }

    public long get(int g) {
        return g < c.length ? c[g] : 0;
    }

    public void tick(int g) {
        own(g);
        c[g]++;
    }

    /** This clock becomes the pointwise maximum of itself and {@code o}. */
    public void join(VectorClock o) {
        if (o == null || o.c == c) {
            return;
        }
        boolean needed = o.c.length > c.length;
        for (int i = 0; !needed && i < o.c.length; i++) {
            needed = o.c[i] > c[i];
        }
        if (!needed) {
            return;
        }
        own(o.c.length - 1);
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

    /** Makes the array this clock's own and at least g+1 long, before a change. */
    private void own(int g) {
        if (g >= c.length) {
            c = Arrays.copyOf(c, Math.max(g + 1, c.length * 2));
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
}
