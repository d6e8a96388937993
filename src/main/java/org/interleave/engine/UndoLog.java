package org.interleave.engine;

import java.util.List;

/**
 * A step taken in place and then taken back (see {@link Machine#mark}). A search steps the state
 * it expands once per choice and finds most of the states reached known already: stepping a
 * copy each time cost a copy of the machine's tables of resources and goroutines for every
 * successor, known or not. Marking shares every piece of the machine's state as copying it would
 * (see {@link CopyOnWrite}), so the step changes copies of the pieces it touches, never the pieces
 * themselves; this log keeps the pieces the step replaced and the machine's own fields, and
 * {@link #restore} puts them back. One log a thread: a machine holds it from mark to undo.
 */
final class UndoLog {
    private static final ThreadLocal<UndoLog> LOG = ThreadLocal.withInitial(UndoLog::new);

    private Object[] resOld = new Object[8];
    private int[] resAt = new int[8];
    private int resCount;
    private GoroutineState[] gOld = new GoroutineState[8];
    private int[] gAt = new int[8];
    private int gCount;

    /** Goroutine states the step changes in place (one thread's search), saved, and which (bit i; 63: any from 63 on). */
    private boolean inPlace;
    private GoroutineState.Saved[] saved = new GoroutineState.Saved[4];
    private int savedCount;
    private long touched;

    int goroutines;
    private int[] spawned;
    private long clock;
    private int steps;
    private boolean mainReturned;
    private boolean crashed;
    private String limitError;
    private String cutShort;
    private List<Fault> faults;
    /** Whether a machine holds this log (from mark to restore). */
    private boolean marked;
    private List<String> effects;
    private List<Choice> enabledCache;
    private List<?>[] optionsCache;
    private Waiters waitersCache;
    private StateKeys.Memo keyMemo;
    private long keyChanged;
    private boolean keyResChanged;

    private UndoLog() {
    }

    /**
     * Starts this thread's log of m: from now on m's step can be taken back. With
     * {@code inPlace}, the step changes the goroutine states it touches in place instead of
     * copies of them: only while no other machine that may share them is read.
     */
    static void mark(Machine m, boolean inPlace) {
        if (m.undoLog != null) {
            throw new IllegalStateException("machine already marked");
        }
        UndoLog log = LOG.get();
        if (log.marked) {
            // one log a thread: marking a second machine would overwrite what the first's undo needs
            throw new IllegalStateException("another machine is marked on this thread");
        }
        log.marked = true;
        // The machine shares every piece with nobody but itself: as a copy would, mark them shared.
        CopyOnWrite.shareAll(m);
        log.resCount = 0;
        log.gCount = 0;
        log.inPlace = inPlace;
        log.savedCount = 0;
        log.touched = 0;
        log.goroutines = m.gs.size();
        log.spawned = m.spawned;
        log.clock = m.clock;
        log.steps = m.steps;
        log.mainReturned = m.mainReturned;
        log.crashed = m.crashed;
        log.limitError = m.limitError;
        log.cutShort = m.cutShort;
        // a step appends its faults to a list that already holds some: keep the list as it was
        log.faults = m.faults.isEmpty() ? m.faults : new java.util.ArrayList<>(m.faults);
        log.effects = m.effects;
        log.enabledCache = m.enabledCache;
        log.optionsCache = m.optionsCache;
        log.waitersCache = m.waitersCache;
        log.keyMemo = m.keyMemo;
        log.keyChanged = m.keyChanged;
        log.keyResChanged = m.keyResChanged;
        m.undoLog = log;
    }

    /** Notes that the step replaced resource i, {@code old}, with a copy. */
    void resource(int i, Object old) {
        if (resCount == resAt.length) {
            resAt = java.util.Arrays.copyOf(resAt, 2 * resCount);
            resOld = java.util.Arrays.copyOf(resOld, 2 * resCount);
        }
        resAt[resCount] = i;
        resOld[resCount++] = old;
    }

    /** Whether goroutine i's state, which machines share, changes in place in this step (saved first). */
    boolean changesInPlace(int i, GoroutineState g) {
        if (!inPlace || i >= goroutines) {
            return false;
        }
        long bit = 1L << Math.min(i, 63);
        if ((touched & bit) != 0) {
            for (int k = 0; k < savedCount; k++) {
                if (saved[k].of == g) {
                    return true;
                }
            }
        }
        if (savedCount == saved.length) {
            saved = java.util.Arrays.copyOf(saved, 2 * savedCount);
        }
        if (saved[savedCount] == null) {
            saved[savedCount] = new GoroutineState.Saved();
        }
        g.saveForChange(saved[savedCount++]);
        touched |= bit;
        return true;
    }

    /** The goroutine states changed in place so far, for a copy of the machine to copy (it must not share them). */
    GoroutineState changedInPlace(int k) {
        return k < savedCount ? saved[k].of : null;
    }

    /** Notes that the step replaced goroutine i's state, {@code old}, with a copy. */
    void goroutine(int i, GoroutineState old) {
        if (gCount == gAt.length) {
            gAt = java.util.Arrays.copyOf(gAt, 2 * gCount);
            gOld = java.util.Arrays.copyOf(gOld, 2 * gCount);
        }
        gAt[gCount] = i;
        gOld[gCount++] = old;
    }

    /** Puts m back as it was when marked, and ends the log. */
    static void restore(Machine m) {
        UndoLog log = m.undoLog;
        if (log == null) {
            throw new IllegalStateException("machine not marked");
        }
        for (int k = log.resCount - 1; k >= 0; k--) {
            m.res[log.resAt[k]] = log.resOld[k];
            log.resOld[k] = null;
        }
        for (int k = log.savedCount - 1; k >= 0; k--) {
            log.saved[k].of.restore(log.saved[k]);
        }
        log.savedCount = 0;
        for (int k = log.gCount - 1; k >= 0; k--) {
            m.gs.set(log.gAt[k], log.gOld[k]);
            log.gOld[k] = null;
        }
        while (m.gs.size() > log.goroutines) {
            m.gs.remove(m.gs.size() - 1);
        }
        // Every piece m holds again was marked shared: m owns none of them.
        m.resOwned = null;
        m.unsharedLow = 0;
        m.unsharedHigh = false;
        m.spawned = log.spawned;
        m.spawnedOwned = false;
        m.clock = log.clock;
        m.steps = log.steps;
        m.mainReturned = log.mainReturned;
        m.crashed = log.crashed;
        m.limitError = log.limitError;
        m.cutShort = log.cutShort;
        m.faults = log.faults;
        m.effects = log.effects;
        m.enabledCache = log.enabledCache;
        m.optionsCache = log.optionsCache;
        m.waitersCache = log.waitersCache;
        m.keyMemo = log.keyMemo;
        m.keyChanged = log.keyChanged;
        m.keyResChanged = log.keyResChanged;
        m.pairWith = -1;
        m.pairCase = Choice.NONE;
        log.marked = false;
        log.spawned = null;
        log.faults = null;
        log.effects = null;
        log.enabledCache = null;
        log.optionsCache = null;
        log.waitersCache = null;
        log.keyMemo = null;
        m.undoLog = null;
    }
}
