package org.interleave.engine;

import java.util.Arrays;

/**
 * Collects the canonical encoding of a machine state as a sequence of longs, so that two states
 * that behave alike produce equal keys. Clocks used only for race reports are left out. A key
 * keeps the sequence packed: each long as a zigzag variable-length integer (one byte for the
 * small numbers states are made of), which is a one-to-one encoding, so equal keys still mean
 * equal sequences.
 */
public final class StateWriter {
    private long[] data = new long[64];
    private int size;
    /** Where the key's parts end, in longs (see {@link #cut()}); its last part ends at the end. */
    private int[] cuts = new int[16];
    private int cutCount;

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

    /** Appends every long of {@code a}. */
    StateWriter put(long[] a) {
        if (size + a.length > data.length) {
            data = Arrays.copyOf(data, Math.max(size + a.length, size * 2));
        }
        System.arraycopy(a, 0, data, size, a.length);
        size += a.length;
        return this;
    }

    /** Appends longs {@code from..to} of {@code other}. */
    StateWriter put(StateWriter other, int from, int to) {
        int n = to - from;
        if (size + n > data.length) {
            data = Arrays.copyOf(data, Math.max(size + n, size * 2));
        }
        System.arraycopy(other.data, from, data, size, n);
        size += n;
        return this;
    }

    void reset() {
        size = 0;
        cutCount = 0;
    }

    /**
     * Ends a part of the key here: the longs written since the last cut (or the start) form one
     * part. A key's parts are the header, then each goroutine, then the rest; a search may store
     * each part once and a state as the numbers of its parts (see {@link StateKey#cuts}).
     */
    StateWriter cut() {
        if (cutCount == cuts.length) {
            cuts = Arrays.copyOf(cuts, cutCount * 2);
        }
        cuts[cutCount++] = size;
        return this;
    }

    int size() {
        return size;
    }

    /** Compares longs {@code a..a+n} with {@code b..b+m}, lexicographically. */
    int compare(int a, int n, int b, int m) {
        return Arrays.compare(data, a, a + n, data, b, b + m);
    }

    long[] toArray() {
        return Arrays.copyOf(data, size);
    }

    public StateKey key() {
        int length = 0;
        for (int i = 0; i < size; i++) {
            length += varintLength(zigzag(data[i]));
        }
        byte[] out = new byte[length];
        int[] byteCuts = cutCount == 0 ? null : new int[cutCount];
        int nextCut = 0;
        int at = 0;
        for (int i = 0; i < size; i++) {
            while (nextCut < cutCount && cuts[nextCut] == i) {
                byteCuts[nextCut++] = at;
            }
            long z = zigzag(data[i]);
            while ((z & ~0x7FL) != 0) {
                out[at++] = (byte) (z | 0x80);
                z >>>= 7;
            }
            out[at++] = (byte) z;
        }
        while (nextCut < cutCount) {
            byteCuts[nextCut++] = at;
        }
        return new StateKey(out, byteCuts);
    }

    private static long zigzag(long v) {
        return v << 1 ^ v >> 63;
    }

    private static int varintLength(long z) {
        return z == 0 ? 1 : (63 - Long.numberOfLeadingZeros(z)) / 7 + 1;
    }

    /** An exact state identity: equal keys mean equal states. */
    public static final class StateKey {
        private final byte[] data;
        private final int[] cuts;
        /** Worked out when first asked for (a search hashes the key's parts instead). */
        private int hash;

        StateKey(byte[] data, int[] cuts) {
            this.data = data;
            this.cuts = cuts;
        }

        /**
         * Where the key's parts end, as offsets into its packed encoding in increasing order (the
         * last part ends at {@link #length()}); null when the key was written in one part. Equal
         * keys have equal cuts: the parts follow from the state.
         */
        public int[] cuts() {
            return cuts;
        }

        /** The packed encoding, to read only. */
        public byte[] bytes() {
            return data;
        }

        /** Heap the key takes as an object: its header, its array's header, and its bytes. */
        public int heapBytes() {
            return 16 + 16 + data.length + (cuts == null ? 0 : 16 + 4 * cuts.length);
        }

        /** Length of the packed encoding, in bytes. */
        public int length() {
            return data.length;
        }

        /** Copies the packed encoding into {@code dst} at {@code offset}. */
        public void copyTo(byte[] dst, int offset) {
            System.arraycopy(data, 0, dst, offset, data.length);
        }

        /** Whether the packed encoding equals {@code length} bytes of {@code other} from {@code offset}. */
        public boolean equalsAt(byte[] other, int offset, int length) {
            return length == data.length && Arrays.equals(data, 0, length, other, offset, offset + length);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StateKey k && Arrays.equals(k.data, data);
        }

        @Override
        public int hashCode() {
            int h = hash;
            if (h == 0) {
                h = Arrays.hashCode(data);
                hash = h;
            }
            return h;
        }
    }
}
