package org.interleave.explore;

/**
 * Each state's depth, in a breadth-first search that numbers states as it finds them: then the
 * states of one depth are numbered one after the other, so it is enough to keep where each
 * depth starts (a few hundred numbers for millions of states) instead of a depth per state.
 */
final class Depths {
    /** The first state of each depth. */
    private final IntList starts = new IntList(64);
    private int size;

    /** Adds the next state, of depth d: the depth of the last one added, or one more. */
    void add(int d) {
        int deepest = starts.size() - 1;
        if (d == deepest + 1) {
            starts.add(size);
        } else if (d != deepest) {
            throw new IllegalStateException("state " + size + " of depth " + d + " after one of depth " + deepest);
        }
        size++;
    }

    /** The depth of state s. */
    int get(int s) {
        int hi = starts.size() - 1;
        if (starts.get(hi) <= s) {
            return hi;
        }
        int lo = 0;
        // starts[lo] <= s < starts[hi]
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (starts.get(mid) <= s) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Heap these depths hold. */
    long bytes() {
        return starts.bytes();
    }
}
