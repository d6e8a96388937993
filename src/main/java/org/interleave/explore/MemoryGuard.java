package org.interleave.explore;

import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Stops a check before it fills the JVM's heap: true (stop) once the heap in use stays above the
 * bound after a collection. The bound is {@link #DEFAULT_BYTES} or three quarters of the heap the
 * JVM was given, whichever is less, so a runaway design ends with {@code inconclusive} and its
 * reason rather than an {@code OutOfMemoryError}. The command line and the game both give one to
 * the {@link Checker} ({@link Checker#memory}). It reads the heap, which is the environment's, as a
 * clock is: the search itself stays deterministic, and only where it stops depends on the JVM.
 */
public final class MemoryGuard implements BooleanSupplier {
    /** The memory bound of {@code check} and of the game: 1 GiB. */
    public static final long DEFAULT_BYTES = 1L << 30;

    private final long bound;
    private final LongSupplier used;
    private final Runnable collect;
    /** Bytes in use when the check started: not counted against the bound. */
    private final long before;
    /** Bytes of heap in use that the check may never pass, whatever the JVM held before (3/4 of it). */
    private final long line;
    private final long maxHeap;
    private int calls;
    private int wait = 64;
    private boolean tripped;
    private boolean trippedByLine;

    /**
     * @param bound   bytes of heap the check may hold
     * @param used    bytes of heap in use now
     * @param collect asks for a garbage collection (so garbage alone never trips the guard)
     */
    public MemoryGuard(long bound, LongSupplier used, Runnable collect) {
        this(bound, used, collect, 0, Long.MAX_VALUE, 0);
    }

    private MemoryGuard(long bound, LongSupplier used, Runnable collect, long before, long line, long maxHeap) {
        this.bound = bound;
        this.used = used;
        this.collect = collect;
        this.before = before;
        this.line = line;
        this.maxHeap = maxHeap;
    }

    /**
     * The guard of this JVM: {@link #DEFAULT_BYTES} or 3/4 of its maximum heap, whichever is less
     * ({@link #forHeap}).
     */
    public static MemoryGuard forThisJvm() {
        Runtime rt = Runtime.getRuntime();
        return forHeap(rt.maxMemory(), () -> rt.totalMemory() - rt.freeMemory(), System::gc);
    }

    /**
     * The guard of a heap of {@code maxHeap} bytes whose use {@code inUse} reads. It counts what the
     * check adds to the heap, not what the JVM held before it started: a check run in-process (a
     * test JVM that ran the UI tests before, whose rendering caches stay) is bounded by its own
     * search. But the heap in use never passes 3/4 of the heap either, whatever the JVM held before:
     * a JVM already a quarter full (a small heap, or a game holding its scenes) would otherwise run
     * out of memory before its search reached the bound.
     */
    static MemoryGuard forHeap(long maxHeap, LongSupplier inUse, Runnable collect) {
        long most = maxHeap / 4 * 3;
        return new MemoryGuard(Math.min(DEFAULT_BYTES, most), inUse, collect, inUse.getAsLong(), most, maxHeap);
    }

    public long bound() {
        return bound;
    }

    /** Whether the bound was reached. */
    public boolean tripped() {
        return tripped;
    }

    /** The stop reason shown with {@code inconclusive}: which of the two limits the check reached. */
    public String reason() {
        return trippedByLine
                ? "heap 3/4 full: more than " + (line >> 20) + " MiB of this JVM's " + (maxHeap >> 20) + " MiB in use"
                : "memory bound of " + (bound >> 20) + " MiB reached";
    }

    @Override
    public boolean getAsBoolean() {
        if (tripped) {
            return true;
        }
        // reading the heap is cheap, but not free: every 64th call is often enough for a search
        if (++calls < wait) {
            return false;
        }
        calls = 0;
        if (!over(used.getAsLong())) {
            wait = 64;
            return false;
        }
        collect.run();
        long now = used.getAsLong();
        tripped = over(now);
        trippedByLine = tripped && now - before <= bound;
        // garbage, not the search, filled the heap: collect again only after a while
        wait = 4096;
        return tripped;
    }

    /** Whether {@code now} bytes in use pass a limit: the check added more than the bound, or the heap passed its line. */
    private boolean over(long now) {
        return now - before > bound || now > line;
    }
}
