package org.interleave.engine;

import java.util.Arrays;

/**
 * Collects the canonical encoding of a machine state as a sequence of longs, so that two states
 * that behave alike produce equal keys. Clocks used only for race reports are left out. A
 * sequence is packed ({@link #pack()}): each long as a zigzag variable-length integer (one byte
 * for the small numbers states are made of), which is a one-to-one encoding, so equal packed
 * bytes still mean equal sequences. A key is made of packed parts (see {@link StateKey#cuts}).
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

    int size() {
        return size;
    }

    /** The longs written since the last reset, packed, with their hash. */
    Packed pack() {
        int length = 0;
        for (int i = 0; i < size; i++) {
            length += varintLength(zigzag(data[i]));
        }
        byte[] out = new byte[length];
        int at = 0;
        for (int i = 0; i < size; i++) {
            long z = zigzag(data[i]);
            while ((z & ~0x7FL) != 0) {
                out[at++] = (byte) (z | 0x80);
                z >>>= 7;
            }
            out[at++] = (byte) z;
        }
        return new Packed(out, hash(out, 0, out.length));
    }

    /** Packed longs and their {@link #hash}. Final fields: safe to share between threads; nobody writes the bytes. */
    record Packed(byte[] bytes, int hash) {}

    /**
     * The key made of {@code header}, then the goroutine parts {@code parts[order[0..n)]}, then
     * {@code rest}: one array, cut where each part after the header begins.
     */
    static StateKey key(Packed header, Packed[] parts, int[] order, int n, Packed rest) {
        int length = header.bytes.length + rest.bytes.length;
        for (int i = 0; i < n; i++) {
            length += parts[order[i]].bytes.length;
        }
        byte[] out = new byte[length];
        int[] cuts = new int[n + 1];
        int[] hashes = new int[n + 1];
        System.arraycopy(header.bytes, 0, out, 0, header.bytes.length);
        int at = header.bytes.length;
        for (int i = 0; i <= n; i++) {
            Packed p = i < n ? parts[order[i]] : rest;
            cuts[i] = at;
            hashes[i] = p.hash;
            System.arraycopy(p.bytes, 0, out, at, p.bytes.length);
            at += p.bytes.length;
        }
        return new StateKey(out, cuts, hashes);
    }

    /** The key of the longs written since the last reset, in one part. */
    public StateKey key() {
        return new StateKey(pack().bytes, null, null);
    }

    /** A hash of a[from, from + n): 64-bit FNV-1a, folded to 32 bits. */
    public static int hash(byte[] a, int from, int n) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < from + n; i++) {
            h = (h ^ (a[i] & 0xff)) * 0x100000001b3L;
        }
        return (int) (h ^ h >>> 32);
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
        private final int[] partHashes;
        /** Worked out when first asked for (a search hashes the key's parts instead). */
        private int hash;

        StateKey(byte[] data, int[] cuts, int[] partHashes) {
            this.data = data;
            this.cuts = cuts;
            this.partHashes = partHashes;
        }

        /**
         * Where each of the key's parts after the first (its header) begins, as offsets into
         * its packed encoding in increasing order (each part ends where the next begins, the
         * last at {@link #length()}); null when the key is one part. Equal keys have equal cuts:
         * the parts follow from the state. A search may store each distinct part once.
         */
        public int[] cuts() {
            return cuts;
        }

        /** The {@link StateWriter#hash} of part i after the header (the one that begins at cuts()[i]). */
        public int partHash(int i) {
            return partHashes[i];
        }

        /** The packed encoding, to read only. */
        public byte[] bytes() {
            return data;
        }

        /** Heap the key takes as an object: its header, its arrays' headers, and their contents. */
        public int heapBytes() {
            return 16 + 16 + data.length + (cuts == null ? 0 : 32 + 8 * cuts.length);
        }

        /** Length of the packed encoding, in bytes. */
        public int length() {
            return data.length;
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
