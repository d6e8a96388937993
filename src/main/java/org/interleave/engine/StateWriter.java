package org.interleave.engine;

import java.util.Arrays;

/**
 * Collects the canonical encoding of a machine state as a sequence of longs, so that two states
 * that behave alike produce equal keys. Clocks used only for race reports are left out. A
 * sequence is packed ({@link #pack()}): each long as a zigzag variable-length integer (one byte
 * for the small numbers states are made of), which is a one-to-one encoding, so equal packed
 * bytes still mean equal sequences. A key is made of packed parts (see {@link StateKey#partCount}).
 */
public final class StateWriter {
    /** The longs written since the last reset, already packed (one pass: no long per value kept). */
    private byte[] data = new byte[256];
    private int length;
    private int size;
    /** The encodings this writer packed lately, to hand out again (null: every pack is new). */
    private final Recent recent;

    public StateWriter() {
        this.recent = null;
    }

    /**
     * A writer whose {@link #pack} hands out the encoding it packed lately with the same bytes, when
     * there is one, instead of a new one: a search packs the same few goroutine positions and
     * resource states over and over, and a part packed before also knows its number in the table
     * of parts already. For one thread's scratch writers.
     */
    StateWriter(boolean recycling) {
        this.recent = recycling ? new Recent() : null;
    }

    public StateWriter put(long v) {
        if (length + 10 > data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        long z = zigzag(v);
        byte[] d = data;
        int at = length;
        while ((z & ~0x7FL) != 0) {
            d[at++] = (byte) (z | 0x80);
            z >>>= 7;
        }
        d[at++] = (byte) z;
        length = at;
        size++;
        return this;
    }

    public StateWriter put(boolean b) {
        return put(b ? 1 : 0);
    }

    void reset() {
        size = 0;
        length = 0;
    }

    int size() {
        return size;
    }

    /** The longs written since the last reset, packed, with their hash (see {@link #StateWriter(boolean)}). */
    Packed pack() {
        int h = hash(data, 0, length);
        return recent != null ? recent.packed(data, length, h) : new Packed(Arrays.copyOf(data, length), h);
    }

    /**
     * Packed encodings made lately, found by their bytes: an open-addressing table that is
     * emptied when half full, so it stays small. Which ones it holds decides nothing but which
     * equal object a pack returns.
     */
    private static final class Recent {
        private static final int SLOTS = 1 << 12;
        private final Packed[] slots = new Packed[SLOTS];
        private int size;

        Packed packed(byte[] data, int length, int h) {
            int i = (h * 0x9E3779B9) >>> 20;
            for (Packed p = slots[i]; p != null; p = slots[i]) {
                if (p.hash == h && Arrays.equals(p.bytes, 0, p.bytes.length, data, 0, length)) {
                    return p;
                }
                i = (i + 1) & (SLOTS - 1);
            }
            if (size == SLOTS / 2) {
                Arrays.fill(slots, null);
                size = 0;
                i = (h * 0x9E3779B9) >>> 20;
            }
            Packed p = new Packed(Arrays.copyOf(data, length), h);
            slots[i] = p;
            size++;
            return p;
        }
    }

    /**
     * Packed longs and their {@link #hash}, and the number a table of parts gave them (see
     * {@link StateKey#partNumber}). Final fields, but for that number: safe to share between
     * threads; nobody writes the bytes.
     */
    static final class Packed {
        private static final java.lang.invoke.VarHandle NUMBERED;

        static {
            try {
                NUMBERED = java.lang.invoke.MethodHandles.lookup().findVarHandle(Packed.class, "numbered", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        final byte[] bytes;
        final int hash;
        /**
         * The table that numbered these bytes last (high half, a table's own id; 0: none) and
         * the number (low half): written by whichever thread looks them up, always whole
         * (opaque access), and any table's number is right forever.
         */
        @SuppressWarnings("unused")
        private long numbered;

        Packed(byte[] bytes, int hash) {
            this.bytes = bytes;
            this.hash = hash;
        }

        int number(int table) {
            long n = (long) NUMBERED.getOpaque(this);
            return (int) (n >>> 32) == table ? (int) n : -1;
        }

        void number(int table, int number) {
            NUMBERED.setOpaque(this, (long) table << 32 | number & 0xffffffffL);
        }
    }

    /**
     * The key made of {@code header}, then {@code parts} (the goroutines in key order, then the
     * rest), which it keeps and nobody may change. The parts' bytes are not copied: a search
     * stores each distinct part once.
     */
    static StateKey key(Packed header, Packed[] parts) {
        return new StateKey(header, parts);
    }

    /** The key of the longs written since the last reset, in one part. */
    public StateKey key() {
        return new StateKey(pack(), null);
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /** A hash of a[from, from + n), eight bytes at a time, each step mixed as in SplitMix64, folded to 32 bits. */
    public static int hash(byte[] a, int from, int n) {
        long h = 0x9E3779B97F4A7C15L ^ n;
        int i = from;
        for (int end = from + n - 7; i < end; i += 8) {
            h = mix(h ^ (long) LONGS.get(a, i));
        }
        long last = 0;
        for (int shift = 0; i < from + n; i++, shift += 8) {
            last |= (a[i] & 0xffL) << shift;
        }
        h = mix(h ^ last);
        return (int) (h ^ h >>> 32);
    }

    private static long mix(long z) {
        z = (z ^ z >>> 30) * 0xBF58476D1CE4E5B9L;
        z = (z ^ z >>> 27) * 0x94D049BB133111EBL;
        return z ^ z >>> 31;
    }

    private static long zigzag(long v) {
        return v << 1 ^ v >> 63;
    }

    /**
     * An exact state identity: equal keys mean equal states. A key is a header and, after it,
     * parts (each goroutine, then the rest), or the header alone; its packed encoding is their
     * bytes one after the other.
     */
    public static final class StateKey {
        private Packed header;
        /** The parts: the first {@link #count} of this array (a probe's array is a thread's scratch). */
        private Packed[] parts;
        private int count;
        /** The packed encoding, built when first asked for. */
        private byte[] data;
        /** A probe's machine, whose key this is, until {@link Machine#keep} keeps it; null: a kept key. */
        Machine probeOf;

        StateKey(Packed header, Packed[] parts) {
            this.header = header;
            this.parts = parts;
            this.count = parts == null ? 0 : parts.length;
        }

        /** A probe (see {@link Machine#probeKey}), to {@link #reset} for each use. */
        StateKey() {
        }

        /** Makes this probe the key of m: header, then {@code parts[0 .. count)}. */
        void reset(Machine m, Packed header, Packed[] parts, int count) {
            this.probeOf = m;
            this.header = header;
            this.parts = parts;
            this.count = count;
            this.data = null;
        }

        /** This probe's parts, in a new array. */
        Packed[] partsCopy() {
            return Arrays.copyOf(parts, count);
        }

        Packed header() {
            return header;
        }

        /** Whether the key is made of parts after its header ({@link #partCount}), or is its header alone. */
        public boolean hasParts() {
            return parts != null;
        }

        /** The header's packed bytes, to read only. */
        public byte[] headerBytes() {
            return header.bytes;
        }

        /**
         * How many parts follow the header. Equal keys have as many parts, each equal: the parts
         * follow from the state. A search may store each distinct part once.
         */
        public int partCount() {
            return parts == null ? 0 : count;
        }

        /** Part i's packed bytes, to read only. */
        public byte[] partBytes(int i) {
            return parts[i].bytes;
        }

        /** The {@link StateWriter#hash} of part i's bytes. */
        public int partHash(int i) {
            return parts[i].hash;
        }

        /**
         * The number the table with id {@code table} (not 0) gave part i's bytes, when it gave
         * them one through this very part (see {@link #numberPart}), else -1. Goroutines that
         * did not move keep their parts from state to state, so a search looks most parts up once.
         */
        public int partNumber(int i, int table) {
            return parts[i].number(table);
        }

        /** Notes that the table with id {@code table} numbers part i's bytes {@code number} (numbers never change). */
        public void numberPart(int i, int table, int number) {
            parts[i].number(table, number);
        }

        /** The packed encoding, to read only. */
        public byte[] bytes() {
            byte[] d = data;
            if (d == null) {
                int length = header.bytes.length;
                for (int i = 0; i < partCount(); i++) {
                    length += parts[i].bytes.length;
                }
                d = Arrays.copyOf(header.bytes, length);
                int at = header.bytes.length;
                for (int i = 0; i < partCount(); i++) {
                    System.arraycopy(parts[i].bytes, 0, d, at, parts[i].bytes.length);
                    at += parts[i].bytes.length;
                }
                data = d;
            }
            return d;
        }

        /** Length of the packed encoding, in bytes. */
        public int length() {
            return bytes().length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StateKey k && Arrays.equals(k.bytes(), bytes());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes());
        }
    }
}
