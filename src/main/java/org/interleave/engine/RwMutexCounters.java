package org.interleave.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * An RWMutex as Go 1.19's {@code src/sync/rwmutex.go} keeps it, counter for counter: what an
 * {@link RwMutexState} switches to once misuse has passed Go's checks (DESIGN §4, docs/go-semantics.md
 * "RWMutex misuse"). Go's checks are arithmetic on {@code readerCount}: {@code Unlock} is fatal
 * only when no writer has subtracted {@code rwmutexMaxReaders} ({@code r >= max}), {@code RUnlock}
 * only when no reader is counted ({@code r+1 == 0 || r+1 == -max}). A writer waiting in
 * {@code Lock} has subtracted, so an {@code Unlock} of a read-held lock passes; a reader waiting in
 * {@code RLock} is counted, so an {@code RUnlock} of a write-held lock passes. What is left then
 * (a writer waiting for departures no {@code RUnlock} will report, spare semaphore tokens) the
 * writer-preference view cannot show, so from then on the lock is these counters.
 *
 * <p>{@code readerCount} is {@code readers - max} while a writer has subtracted
 * ({@code subtracted}), else {@code readers}: it never leaves that form (a second subtraction
 * needs {@code w}, which only an {@code Unlock} frees, after adding {@code max} back), and no
 * design has 2^30 readers. The steps, each one atomic step of the machine:
 * <ul>
 *   <li>{@code RLock}: count a reader; when a writer has subtracted, take a {@code readerSem}
 *       token or park, and a parked reader later takes one as its own step.</li>
 *   <li>{@code RUnlock}: fatal with no reader counted; uncount one; when a writer has subtracted,
 *       {@code --readerWait == 0} releases a {@code writerSem} token.</li>
 *   <li>{@code Lock}: while {@code w} is free, take it and subtract, {@code r} = readers counted;
 *       then, as a second step when {@code r != 0}, {@code readerWait += r} and, unless that made
 *       it 0, take a {@code writerSem} token or park. The two are separate steps because Go's are
 *       two atomics and in between an {@code RUnlock} may take a {@code readerWait} left owed by
 *       an earlier misuse to 0 and wake the writer stuck on it (RwMutexMisuseTest); {@code w.Lock}
 *       and the subtraction need no split: whatever may come between commutes with
 *       {@code w.Lock}, or is an {@code Unlock} that is fatal either way.</li>
 *   <li>{@code Unlock}: fatal when no writer has subtracted; add {@code max} back, release a
 *       {@code readerSem} token per reader counted, free {@code w} (fatal if free: unreachable,
 *       kept as Go has it).</li>
 * </ul>
 * Which parked goroutine takes a released token is a scheduling choice, like every FIFO order
 * (DESIGN §4 "Hand-offs"): each parked one may take it.
 */
final class RwMutexCounters {
    /** {@code w}, the writers' mutex, is held; by {@code holder} (for messages only). */
    boolean held;
    int holder = -1;
    /** A writer has subtracted {@code max} from {@code readerCount} and not added it back. */
    boolean subtracted;
    /** Readers counted in {@code readerCount}, parked ones included. */
    int readers;
    int readerWait;
    int readerSem;
    int writerSem;
    /** The writer between its subtraction and its {@code readerWait += r} (-1: none), and its r. */
    int adding = -1;
    int addR;
    final List<Integer> parkedReaders = new ArrayList<>();
    final List<Integer> parkedWriters = new ArrayList<>();

    /**
     * The counters of a lock in the writer-preference view: a writer holding it has subtracted
     * and holds {@code w}; a writer that announced itself has subtracted and holds {@code w},
     * and either has added its r to {@code readerWait} ({@code added}) and waits for the readers
     * still inside (or, when they have all left, has a token to wake on), or has not yet, while
     * the readers that left since took {@code readerWait} below zero. The view merges the two, which
     * differ only after such misuse. Readers standing at their RLock are not counted: each may
     * still count itself, as its own step.
     */
    static RwMutexCounters of(RwMutexState m, boolean added) {
        RwMutexCounters c = new RwMutexCounters();
        c.held = m.writer >= 0 || m.pendingWriter >= 0;
        c.holder = m.writer >= 0 ? m.writer : m.pendingWriter;
        c.subtracted = c.held;
        c.readers = m.readers.size();
        if (m.pendingWriter >= 0 && added) {
            c.readerWait = m.readers.size();
            c.writerSem = m.readers.isEmpty() ? 1 : 0;
            c.parkedWriters.add(m.pendingWriter);
        } else if (m.pendingWriter >= 0) {
            c.readerWait = m.readers.size() - m.announced;
            c.adding = m.pendingWriter;
            c.addR = m.announced;
        }
        return c;
    }

    RwMutexCounters copy() {
        RwMutexCounters c = new RwMutexCounters();
        c.held = held;
        c.holder = holder;
        c.subtracted = subtracted;
        c.readers = readers;
        c.readerWait = readerWait;
        c.readerSem = readerSem;
        c.writerSem = writerSem;
        c.adding = adding;
        c.addR = addR;
        c.parkedReaders.addAll(parkedReaders);
        c.parkedWriters.addAll(parkedWriters);
        return c;
    }

    boolean lockCanStep(int g) {
        if (adding == g) {
            return true;
        }
        if (parkedWriters.contains(g)) {
            return writerSem > 0;
        }
        return !held;
    }

    boolean rlockCanStep(int g) {
        return !parkedReaders.contains(g) || readerSem > 0;
    }

    /** What a step at Lock did. */
    enum LockStep { RETURNED, SUBTRACTED, PARKED }

    LockStep lock(int g) {
        if (adding == g) {
            adding = -1;
            readerWait += addR;
            return readerWait == 0 || takeWriterToken(g) ? LockStep.RETURNED : LockStep.PARKED;
        }
        if (parkedWriters.remove(Integer.valueOf(g))) {
            writerSem--;
            return LockStep.RETURNED;
        }
        held = true;
        holder = g;
        subtracted = true;
        if (readers == 0) {
            return LockStep.RETURNED;
        }
        adding = g;
        addR = readers;
        return LockStep.SUBTRACTED;
    }

    private boolean takeWriterToken(int g) {
        if (writerSem > 0) {
            writerSem--;
            return true;
        }
        parkedWriters.add(g);
        return false;
    }

    /** What a step at Unlock did. */
    enum UnlockStep { RELEASED, NOT_SUBTRACTED, W_NOT_HELD }

    UnlockStep unlock() {
        if (!subtracted) {
            return UnlockStep.NOT_SUBTRACTED;
        }
        subtracted = false;
        readerSem += readers;
        if (!held) {
            return UnlockStep.W_NOT_HELD;
        }
        held = false;
        holder = -1;
        return UnlockStep.RELEASED;
    }

    /** g's step at RLock: true when its RLock returns, false when it parked. */
    boolean rlock(int g) {
        if (parkedReaders.remove(Integer.valueOf(g))) {
            readerSem--;
            return true;
        }
        readers++;
        if (!subtracted) {
            return true;
        }
        if (readerSem == 0) {
            parkedReaders.add(g);
            return false;
        }
        readerSem--;
        return true;
    }

    /** Reader h, standing at its RLock, counts itself and parks behind the writer that subtracted. */
    void countParked(int h) {
        readers++;
        parkedReaders.add(h);
    }

    /** A step at RUnlock: false when no reader is counted (fatal). */
    boolean runlock() {
        if (readers == 0) {
            return false;
        }
        readers--;
        if (subtracted && --readerWait == 0) {
            writerSem++;
        }
        return true;
    }

    void encode(StateWriter w, java.util.function.IntUnaryOperator relabel) {
        w.put(held ? relabel.applyAsInt(holder) : -1).put(subtracted ? 1 : 0).put(readers).put(readerWait)
                .put(readerSem).put(writerSem).put(adding < 0 ? -1 : relabel.applyAsInt(adding)).put(addR);
        w.put(parkedReaders.size());
        parkedReaders.stream().map(relabel::applyAsInt).sorted().forEach(w::put);
        w.put(parkedWriters.size());
        parkedWriters.stream().map(relabel::applyAsInt).sorted().forEach(w::put);
    }
}
