package org.interleave.explore;

import java.util.Arrays;

/**
 * The state graph's edges: each expanded state's successors, packed. A state's list is its
 * length and then each successor's distance from the state itself, as zigzag variable-length
 * integers, back to back in one byte array; a state keeps only where its list starts. In a
 * breadth-first search most successors were found just after their state, or are the states
 * near it, so an edge takes a byte or two instead of four.
 */
final class Successors {
    /** Where each state's list starts; -1: not expanded. */
    private final IntList from = new IntList();
    private byte[] bytes = new byte[4096];
    private int size;

    /** Adds the next state, not expanded yet. */
    void addState() {
        from.add(-1);
    }

    boolean expanded(int s) {
        return from.get(s) >= 0;
    }

    /** Notes that state s, expanded now, leads to {@code succ[0 .. n)}. */
    void set(int s, int[] succ, int n) {
        from.set(s, size);
        put(n);
        for (int i = 0; i < n; i++) {
            long d = (long) succ[i] - s;
            put(d << 1 ^ d >> 63);
        }
    }

    /** State s's successors (none when it is not expanded). */
    int[] of(int s) {
        int at = from.get(s);
        if (at < 0) {
            return new int[0];
        }
        long[] cursor = {at};
        int[] out = new int[(int) next(cursor)];
        for (int i = 0; i < out.length; i++) {
            long z = next(cursor);
            out[i] = (int) (s + (z >>> 1 ^ -(z & 1)));
        }
        return out;
    }

    /** Heap these edges hold. */
    long bytes() {
        return from.bytes() + 16 + bytes.length;
    }

    private void put(long z) {
        if (size + 10 > bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        while ((z & ~0x7FL) != 0) {
            bytes[size++] = (byte) (z | 0x80);
            z >>>= 7;
        }
        bytes[size++] = (byte) z;
    }

    /** The varint at {@code cursor[0]}, which moves past it. */
    private long next(long[] cursor) {
        int at = (int) cursor[0];
        long z = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = bytes[at++];
            z |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                break;
            }
        }
        cursor[0] = at;
        return z;
    }
}
