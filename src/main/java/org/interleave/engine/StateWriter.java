package org.interleave.engine;

import java.util.Arrays;

/**
 * Collects the canonical encoding of a machine state as a sequence of longs, so that two states
 * that behave alike produce equal keys. Clocks used only for race reports are left out.
 */
public final class StateWriter {
    private long[] data = new long[64];
    private int size;

    public StateWriter put(long v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, size * 2);
        }
        data[size++] = v;
        return this;
    }

    public StateWriter put(boolean b) {
        return put(b ? 1 : 0);
    }

    void reset() {
        size = 0;
    }

    long[] toArray() {
        return Arrays.copyOf(data, size);
    }

    public StateKey key() {
        return new StateKey(Arrays.copyOf(data, size));
    }

    /** An exact state identity: equal keys mean equal states. */
    public static final class StateKey {
        private final long[] data;
        private final int hash;

        StateKey(long[] data) {
            this.data = data;
            this.hash = Arrays.hashCode(data);
        }

        /** Approximate heap footprint, for memory budgets. */
        public int bytes() {
            return 16 + 8 * data.length + 24;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StateKey k && k.hash == hash && Arrays.equals(k.data, data);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
