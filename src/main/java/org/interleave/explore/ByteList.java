package org.interleave.explore;

import java.util.Arrays;

/** A growable list of bytes. */
final class ByteList {
    private byte[] a = new byte[1024];
    private int size;

    void add(byte v) {
        if (size == a.length) {
            a = Arrays.copyOf(a, size * 2);
        }
        a[size++] = v;
    }

    byte get(int i) {
        return a[i];
    }

    void or(int i, byte bits) {
        a[i] |= bits;
    }

    long bytes() {
        return 16 + a.length;
    }
}
