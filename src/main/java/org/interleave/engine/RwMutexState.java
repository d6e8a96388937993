package org.interleave.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Runtime state of a {@code sync.RWMutex} with writer preference: a writer that has announced
 * itself ({@code pendingWriter}) blocks new readers until it has acquired and released the lock.
 * That view is Go's counters for every state a correct use (and any misuse Go's checks catch)
 * reaches; misuse that passes Go's checks switches the lock to Go's counters themselves
 * ({@link #go}, see {@link RwMutexCounters}), and {@code writer} and {@code readers} are then
 * only who holds it, for messages.
 */
final class RwMutexState extends SharedPart {
    final String id;
    int writer = -1;
    int pendingWriter = -1;
    /**
     * The readers the pending writer counted when it announced itself (Go's r): only misuse that
     * passes Go's checks reads it (see {@link RwMutexCounters#of}). Not in the state's key, which
     * would tell apart states of correct use that have the same future (state counts grew by up
     * to 12% on many-readers): so two paths to one such state that differ in it are searched
     * once, and after a later misuse the first one's r stands for both. It matters only when
     * that writer's add of r comes after another writer's, itself after a second misuse (an
     * Unlock that frees w): a third-order corner left inexact.
     */
    int announced;
    final List<Integer> readers = new ArrayList<>();
    private VectorClock writeReleased = new VectorClock();
    private VectorClock readsReleased = new VectorClock();
    /** Go's counters, once misuse has passed Go's checks; null before (and in every correct use). */
    RwMutexCounters go;

    RwMutexState(String id) {
        this.id = id;
    }

    RwMutexState copy() {
        RwMutexState m = new RwMutexState(id);
        m.writer = writer;
        m.pendingWriter = pendingWriter;
        m.announced = announced;
        m.readers.addAll(readers);
        m.writeReleased = writeReleased.copy();
        m.readsReleased = readsReleased.copy();
        m.go = go == null ? null : go.copy();
        return m;
    }

    /** Whether goroutine g may take a step on its {@code Lock}: acquire, or announce itself. */
    boolean lockCanStep(int g) {
        if (go != null) {
            return go.lockCanStep(g);
        }
        if (writer >= 0) {
            return false;
        }
        if (pendingWriter >= 0 && pendingWriter != g) {
            return false;
        }
        return pendingWriter != g || readers.isEmpty();
    }

    /** Takes g's next step on Lock; returns true when it acquired, false when it only announced. */
    boolean lockStep(int g, VectorClock vc) {
        if (readers.isEmpty()) {
            writer = g;
            pendingWriter = -1;
            vc.join(writeReleased);
            vc.join(readsReleased);
            return true;
        }
        pendingWriter = g;
        announced = readers.size();
        return false;
    }

    boolean rlockReady(int g) {
        if (go != null) {
            return go.rlockCanStep(g);
        }
        return writer < 0 && pendingWriter < 0;
    }

    void rlock(int g, VectorClock vc) {
        readers.add(g);
        vc.join(writeReleased);
    }

    boolean runlock(int g, VectorClock vc) {
        if (readers.isEmpty()) {
            return false;
        }
        int i = readers.indexOf(g);
        readers.remove(i >= 0 ? i : 0);
        readsReleased.join(vc);
        return true;
    }

    boolean unlock(VectorClock vc) {
        if (writer < 0) {
            return false;
        }
        writer = -1;
        writeReleased = vc.copy();
        readsReleased = new VectorClock();
        return true;
    }

    /** Switches to Go's counters (see {@link RwMutexCounters#of}); {@code added}: whether the pending writer had added its r. */
    void toCounters(boolean added) {
        go = RwMutexCounters.of(this, added);
        pendingWriter = -1;
    }

    /** A Lock returns to g (after Go's counters): g holds the lock and learns what it passes on. */
    void lockReturns(int g, VectorClock vc) {
        writer = g;
        vc.join(writeReleased);
        vc.join(readsReleased);
    }

    /** An RLock returns to g (after Go's counters). */
    void rlockReturns(int g, VectorClock vc) {
        readers.add(g);
        vc.join(writeReleased);
    }

    /** An Unlock passes Go's check (after Go's counters): nobody holds the write lock now. */
    void unlockReleases(VectorClock vc) {
        writer = -1;
        writeReleased = vc.copy();
        readsReleased = new VectorClock();
    }

    /** An RUnlock passes Go's check (after Go's counters): g's read lock, or another's, is gone. */
    void runlockReleases(int g, VectorClock vc) {
        int i = readers.indexOf(g);
        if (i >= 0 || !readers.isEmpty()) {
            readers.remove(i >= 0 ? i : 0);
        }
        readsReleased.join(vc);
    }

    /** The clocks this lock passes on (see {@link VarState#encodeShadow}). */
    void clocks(java.util.function.Consumer<VectorClock> out) {
        out.accept(writeReleased);
        out.accept(readsReleased);
    }

    void encode(StateWriter w, java.util.function.IntUnaryOperator relabel) {
        if (go != null) {
            // -2 where the writer-preference view puts its pending writer (-1 or a goroutine)
            w.put(writer < 0 ? -1 : relabel.applyAsInt(writer)).put(-2).put(readers.size());
            readers.stream().map(relabel::applyAsInt).sorted().forEach(w::put);
            go.encode(w, relabel);
            return;
        }
        w.put(writer < 0 ? -1 : relabel.applyAsInt(writer))
                .put(pendingWriter < 0 ? -1 : relabel.applyAsInt(pendingWriter)).put(readers.size());
        readers.stream().map(relabel::applyAsInt).sorted().forEach(w::put);
    }
}
