package org.interleave.engine;

/**
 * What {@link PersistentSets} asks of a footprint it tests a goroutine's next step against, read
 * one entry at a time: the timers' ({@link #array}), one other goroutine's future
 * ({@link #future}), or everybody else's, the sum of every live goroutine's future less goroutine
 * h's own ({@link #others}). That sum is never built: an entry is summed from the futures of the
 * goroutines that touch its part (the {@code touchers} bit sets, which the search works out per
 * state anyway), so a state costs only the entries its tests read, not a sum as wide as the
 * program's parts times classes (zeroing and adding into it was a tenth of a search). Every entry
 * is the one the dense sum gave: "any number" plus anything stays "any number", and so does "any
 * number" less anything.
 */
final class FootprintView {
    private static final int ARRAY = 0;
    private static final int FUTURE = 1;
    private static final int OTHERS = 2;

    private int mode;
    /** ARRAY: the counts; FUTURE: the future's counts; OTHERS: h's own counts, taken off the sum. */
    private long[] counts;
    private Footprints.Future future;
    private int self;
    /** OTHERS: the state's futures by goroutine (null: done) and who touches each part ({@code words} words a part). */
    private Footprints.Future[] fut;
    private long[] touchers;
    private int words;

    /** Reads {@code a} as it is. */
    FootprintView array(long[] a) {
        mode = ARRAY;
        counts = a;
        return this;
    }

    /** Reads future f. */
    FootprintView future(Footprints.Future f) {
        mode = FUTURE;
        future = f;
        counts = f.counts();
        return this;
    }

    /** Reads the sum of {@code fut}'s futures less goroutine h's. */
    FootprintView others(int h, Footprints.Future[] fut, long[] touchers, int words) {
        mode = OTHERS;
        self = h;
        counts = fut[h].counts();
        this.fut = fut;
        this.touchers = touchers;
        this.words = words;
        return this;
    }

    /** Entry i (for OTHERS: the sum less h's own, "any number" less anything staying so). */
    long at(int i) {
        if (mode != OTHERS) {
            return counts[i];
        }
        long t = total(i);
        return t >= Footprints.INF ? Footprints.INF : t - counts[i];
    }

    /** Whether entry i is not 0 before anything is taken off (for OTHERS: in the sum, h's own future included). */
    boolean anyAt(int i) {
        if (mode != OTHERS) {
            return counts[i] != 0;
        }
        int base = i / Footprints.CLASSES * words;
        for (int w = 0; w < words; w++) {
            for (long bits = touchers[base + w]; bits != 0; bits &= bits - 1) {
                if (fut[w << 6 | Long.numberOfTrailingZeros(bits)].counts()[i] != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether part p is touched in some class, as {@link #at} reads it. */
    boolean touched(int p) {
        switch (mode) {
            case FUTURE -> {
                return future.touches(p);
            }
            case ARRAY -> {
                for (int c = 0; c < Footprints.CLASSES; c++) {
                    if (counts[p * Footprints.CLASSES + c] != 0) {
                        return true;
                    }
                }
                return false;
            }
            default -> {
                // Somebody else touching p touches it in some class: that entry is not 0 less h's.
                // With h alone, an entry less h's is 0 unless h's own is "any number".
                int base = p * words;
                boolean mine = false;
                for (int w = 0; w < words; w++) {
                    long bits = touchers[base + w];
                    if (w == self >>> 6) {
                        mine = (bits & 1L << self) != 0;
                        bits &= ~(1L << self);
                    }
                    if (bits != 0) {
                        return true;
                    }
                }
                if (mine) {
                    for (int c = 0; c < Footprints.CLASSES; c++) {
                        if (counts[p * Footprints.CLASSES + c] >= Footprints.INF) {
                            return true;
                        }
                    }
                }
                return false;
            }
        }
    }

    /** Whether some goroutine may be started (a spawn of some template, as {@link #at} reads it). */
    boolean spawns(int parts) {
        if (mode == FUTURE) {
            return future.spawns();
        }
        for (int t = 0; t < parts; t++) {
            if (at(t * Footprints.CLASSES + Footprints.SPAWN) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Entry i of the sum of every live goroutine's future, read off the futures of those touching its part. */
    private long total(int i) {
        int base = i / Footprints.CLASSES * words;
        long t = 0;
        for (int w = 0; w < words; w++) {
            for (long bits = touchers[base + w]; bits != 0; bits &= bits - 1) {
                // At most 2^32 each: the sum of any realistic number of goroutines' cannot overflow.
                t += fut[w << 6 | Long.numberOfTrailingZeros(bits)].counts()[i];
            }
        }
        return Math.min(Footprints.INF, t);
    }
}
