package org.interleave.engine;

/**
 * What {@link PersistentSets} reuses on one search thread from state to state: the footprint sums
 * (as wide as the program has parts times classes: allocating them anew was a sixth of a search's
 * garbage), the per-goroutine working arrays, the interference table and its candidate rows.
 */
final class PersistentScratch {
    private long[] env = new long[0];
    /** Per-goroutine working arrays of one call, at least as long as the goroutines (see {@link #perGoroutine}). */
    Footprints.Future[] fut = new Footprints.Future[0];
    int[] choices = new int[0];
    boolean[] in = new boolean[0];
    int[] queue = new int[0];
    byte[] blockedByTimers = new byte[0];
    byte[] commutesWithAll = new byte[0];
    /** Row h (words long) is reused from call to call; {@link #mayReady} says whether it was worked out in this one. */
    long[][] mayInterfere = new long[0][];
    boolean[] mayReady = new boolean[0];
    int[] heads = new int[0];
    boolean[] tried = new boolean[0];
    /** Whether row h of the interference table was cleared in this call. */
    boolean[] rowReady = new boolean[0];
    private byte[] interference = new byte[0];
    private long[] everyone = new long[0];
    private long[] spawners = new long[0];

    /**
     * Readies the per-goroutine arrays for n goroutines: the first n entries of each cleared
     * (futures, choices, marks, rows not yet worked out; heads not yet known).
     */
    void perGoroutine(int n) {
        if (fut.length < n) {
            int c = Math.max(n, 2 * fut.length);
            fut = new Footprints.Future[c];
            choices = new int[c];
            in = new boolean[c];
            queue = new int[c];
            blockedByTimers = new byte[c];
            commutesWithAll = new byte[c];
            mayInterfere = new long[c][];
            mayReady = new boolean[c];
            heads = new int[c];
            tried = new boolean[c];
            rowReady = new boolean[c];
        }
        java.util.Arrays.fill(fut, 0, n, null);
        java.util.Arrays.fill(choices, 0, n, 0);
        java.util.Arrays.fill(blockedByTimers, 0, n, (byte) 0);
        java.util.Arrays.fill(commutesWithAll, 0, n, (byte) 0);
        java.util.Arrays.fill(mayReady, 0, n, false);
        java.util.Arrays.fill(heads, 0, n, Integer.MIN_VALUE);
        java.util.Arrays.fill(tried, 0, n, false);
        java.util.Arrays.fill(rowReady, 0, n, false);
    }

    /** The n × n interference table; a row is cleared when first used in a call (see {@link #rowReady}). */
    byte[] interference(int n) {
        if (interference.length < n * n) {
            interference = new byte[n * n];
        }
        return interference;
    }

    long[] everyone(int words) {
        return everyone = zeroed(everyone, words);
    }

    long[] spawners(int words) {
        return spawners = zeroed(spawners, words);
    }
    private long[] touchers = new long[0];

    /** Cleared bit sets over {@code words} words of goroutines, one per part, back to back (part p's from p * words). */
    long[] touchers(int parts, int words) {
        int size = parts * words;
        if (touchers.length < size) {
            touchers = new long[size];
        } else {
            java.util.Arrays.fill(touchers, 0, size, 0L);
        }
        return touchers;
    }

    /** The views of footprints one call reads (see {@link FootprintView}): the timers', everybody else's, one goroutine's. */
    final FootprintView envView = new FootprintView();
    final FootprintView othersView = new FootprintView();
    final FootprintView futureView = new FootprintView();
    /** Whether {@link #env} may hold a timer's footprint still. */
    private boolean envUsed;

    /**
     * The timers' footprint, cleared, to fill: only when some context of {@code res} has a timer
     * (which the caller adds) does it need clearing again on the next call.
     */
    long[] env(int width, Object[] res) {
        if (env.length != width) {
            env = new long[width];
        } else if (envUsed) {
            java.util.Arrays.fill(env, 0);
        }
        envUsed = false;
        for (Object o : res) {
            if (o instanceof ContextState c && c.timerArmed()) {
                envUsed = true;
                break;
            }
        }
        return env;
    }

    /** a cleared, or a new array when a is not width long. */
    private static long[] zeroed(long[] a, int width) {
        if (a.length != width) {
            return new long[width];
        }
        java.util.Arrays.fill(a, 0);
        return a;
    }
}
