package org.interleave.explore;

import java.util.Arrays;

/** A growable list of ints. */
final class IntList {
    private int[] a;
    private int size;

    IntList() {
        this(1024);
    }

    IntList(int capacity) {
        a = new int[Math.max(1, capacity)];
    }

    void add(int v) {
        if (size == a.length) {
            a = Arrays.copyOf(a, size * 2);
        }
        a[size++] = v;
    }

    int get(int i) {
        return a[i];
    }

    void set(int i, int v) {
        a[i] = v;
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(a, size);
    }

    long bytes() {
        return 16 + 4L * a.length;
    }
}
