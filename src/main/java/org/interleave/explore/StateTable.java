package org.interleave.explore;

import java.util.Arrays;
import org.interleave.engine.StateWriter.StateKey;

/**
 * The explored states: each state's packed key, numbered in the order states were added, in
 * flat arrays instead of one object per state. Keys live back to back in byte pages; an
 * open-addressing table of state numbers finds them by hash. A state costs its key's bytes,
 * four for its hash, eight for where its key is, and about eight in the table.
 */
final class StateTable {
    /** Pages start small (a small search holds little) and double up to this size. */
    private static final int PAGE = 1 << 20;

    private byte[][] pages = new byte[4][];
    private int page = -1;
    private int used;
    private long pageBytes;
    /** State s's key: page in the high half, offset in the page in the low half. */
    private long[] where = new long[1024];
    private int[] length = new int[1024];
    private int[] hashes = new int[1024];
    /** State number + 1 per slot; 0 is an empty slot. */
    private int[] slots = new int[2048];
    private int size;
    private long keyBytes;

    /** The number of the state with this key, or -1 when it is not here. */
    int find(StateKey key) {
        int h = key.hashCode();
        int mask = slots.length - 1;
        for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
            int s = slots[i] - 1;
            if (s < 0) {
                return -1;
            }
            if (hashes[s] == h && key.equalsAt(pages[(int) (where[s] >>> 32)], (int) where[s], length[s])) {
                return s;
            }
        }
    }

    /** Adds a key that is not here yet; returns its state number (the number of states before it). */
    int add(StateKey key) {
        int n = key.length();
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
        key.copyTo(pages[page], used);
        int s = size++;
        where[s] = (long) page << 32 | used;
        length[s] = n;
        hashes[s] = key.hashCode();
        used += n;
        keyBytes += n;
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

    /** Heap this table holds: its key pages, per-state arrays and slots. */
    long bytes() {
        return pageBytes + 16L * where.length + 4L * slots.length;
    }

    /** Bytes of packed keys alone. */
    long keyBytes() {
        return keyBytes;
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
