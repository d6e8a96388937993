package org.interleave.explore;

import java.util.Arrays;

/**
 * A set of byte strings, each numbered in the order it was added, in flat arrays instead of one
 * object per string: the strings live back to back in byte pages, and an open-addressing table
 * of numbers finds them by hash. A string costs its bytes, four for its hash, eight for where it
 * is, four for its length, and about eight in the table. Finding reads only, so several threads
 * may find at once while nobody adds.
 */
final class ByteTable {
    /** Pages start small (a small search holds little) and double up to this size. */
    private static final int PAGE = 1 << 20;

    private byte[][] pages = new byte[4][];
    private int page = -1;
    private int used;
    private long pageBytes;
    /** String s: page in the high half, offset in the page in the low half. */
    private long[] where = new long[64];
    private int[] length = new int[64];
    private int[] hashes = new int[64];
    /** String number + 1 per slot; 0 is an empty slot. */
    private int[] slots = new int[128];
    private int size;

    /** The number of string a[from, from + n), whose hash is h, or -1 when it is not here. */
    int find(byte[] a, int from, int n, int h) {
        int mask = slots.length - 1;
        for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
            int s = slots[i] - 1;
            if (s < 0) {
                return -1;
            }
            if (hashes[s] == h && length[s] == n) {
                int at = (int) where[s];
                if (Arrays.equals(pages[(int) (where[s] >>> 32)], at, at + n, a, from, from + n)) {
                    return s;
                }
            }
        }
    }

    /** Adds string a[from, from + n) (hash h), which is not here yet; returns its number. */
    int add(byte[] a, int from, int n, int h) {
        if (page < 0 || used + n > pages[page].length) {
            int next = page < 0 ? 4096 : Math.min(PAGE, pages[page].length * 2);
            page++;
            if (page == pages.length) {
                pages = Arrays.copyOf(pages, pages.length * 2);
            }
            pages[page] = new byte[Math.max(next, n)];
            pageBytes += pages[page].length;
            used = 0;
        }
        if (size == where.length) {
            where = Arrays.copyOf(where, size * 2);
            length = Arrays.copyOf(length, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        System.arraycopy(a, from, pages[page], used, n);
        int s = size++;
        where[s] = (long) page << 32 | used;
        length[s] = n;
        hashes[s] = h;
        used += n;
        if (size * 2 > slots.length) {
            grow();
        } else {
            place(s);
        }
        return s;
    }

    int size() {
        return size;
    }

    /** Heap this table holds: its pages, per-string arrays and slots. */
    long bytes() {
        return pageBytes + 16L * where.length + 4L * slots.length;
    }

    private void place(int s) {
        int mask = slots.length - 1;
        int i = mix(hashes[s]) & mask;
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = s + 1;
    }

    private void grow() {
        slots = new int[slots.length * 2];
        for (int s = 0; s < size; s++) {
            place(s);
        }
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ h >>> 16;
    }
}
