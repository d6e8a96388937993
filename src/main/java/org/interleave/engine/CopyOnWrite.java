package org.interleave.engine;

/**
 * Copy on write between a machine and its copies (see {@link Machine#copy}): a copy shares every
 * resource, goroutine state and spawn count with the machine it was copied from until one of the
 * two changes it, so a search's many copies cost only what their steps change. These are the
 * rules of what a machine may change in place and when it must take its own copy first.
 */
final class CopyOnWrite {
    private CopyOnWrite() {
    }

    /**
     * Called as {@code to} is copied from {@code from}: from now on the two share every resource,
     * goroutine state and the spawn counts, and neither owns any of them.
     */
    static void share(Machine from, Machine to) {
        to.resOwned = null;
        shareAll(from);
        to.spawned = from.spawned;
    }

    /**
     * Marks every piece m holds shared, as copying m does (see {@link #share}): from now on m
     * changes only copies of them. Also what lets a step be taken back ({@link UndoLog}).
     */
    static void shareAll(Machine from) {
        // It owns no resource now (null: none; allocated on the first change).
        from.resOwned = null;
        // Only the states `from` holds unshared need the mark (reading every goroutine's state
        // was a cache miss each); from now on it holds none.
        for (long b = from.unsharedLow; b != 0; b &= b - 1) {
            from.gs.get(Long.numberOfTrailingZeros(b)).shared = true;
        }
        for (int i = 64; from.unsharedHigh && i < from.gs.size(); i++) {
            from.gs.get(i).shared = true;
        }
        from.unsharedLow = 0;
        from.unsharedHigh = false;
        from.spawnedOwned = false;
    }

    /** Goroutine i's state, to change: m's own copy of it. */
    static GoroutineState own(Machine m, int i) {
        GoroutineState g = m.gs.get(i);
        OptionsMemo.goroutine(m, i, g);
        if (g.shared && (m.undoLog == null || !m.undoLog.changesInPlace(i, g))) {
            if (m.undoLog != null) {
                m.undoLog.goroutine(i, g);
            }
            g = g.copy();
            m.gs.set(i, g);
            noteUnshared(m, i);
        }
        g.encodedCache = null;
        g.futureCache = null;
        m.waitersCache = null;
        m.keyChanged |= 1L << Math.min(i, 63);
        return g;
    }

    /** Notes that m holds goroutine i's state unshared (a copy of m must mark it shared). */
    static void noteUnshared(Machine m, int i) {
        if (i < 64) {
            m.unsharedLow |= 1L << i;
        } else {
            m.unsharedHigh = true;
        }
    }

    /** Resource i of m, which m may change: its own copy, taken now if it shares it. */
    static Object own(Machine m, int i, Object[] res) {
        OptionsMemo.resource(m, i);
        m.keyResChanged = true;
        long[] owned = m.resOwned;
        if (owned == null || (owned[i >>> 6] & 1L << i) == 0) {
            if (m.undoLog != null) {
                m.undoLog.resource(i, res[i]);
            }
            res[i] = Resources.copy(res[i]);
            if (owned == null) {
                owned = new long[(res.length + 63) >>> 6];
                m.resOwned = owned;
            }
            owned[i >>> 6] |= 1L << i;
        }
        return res[i];
    }

    /** Counts one more start of the goroutine template with part index {@code ti} in m; returns its instance number. */
    static int countSpawn(Machine m, int ti) {
        if (!m.spawnedOwned) {
            m.spawned = m.spawned.clone();
            m.spawnedOwned = true;
        }
        return m.spawned[ti]++;
    }
}
