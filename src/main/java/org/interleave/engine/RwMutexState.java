package org.interleave.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Runtime state of a {@code sync.RWMutex} with writer preference: a writer that has announced
 * itself ({@code pendingWriter}) blocks new readers until it has acquired and released the lock.
 */
final class RwMutexState extends SharedPart {
    final String id;
    int writer = -1;
    int pendingWriter = -1;
    final List<Integer> readers = new ArrayList<>();
    private VectorClock writeReleased = new VectorClock();
    private VectorClock readsReleased = new VectorClock();

    RwMutexState(String id) {
        this.id = id;
    }

    RwMutexState copy() {
        RwMutexState m = new RwMutexState(id);
        m.writer = writer;
        m.pendingWriter = pendingWriter;
        m.readers.addAll(readers);
        m.writeReleased = writeReleased.copy();
        m.readsReleased = readsReleased.copy();
        return m;
    }

    /** Whether goroutine g may take a step on its {@code Lock}: acquire, or announce itself. */
    boolean lockCanStep(int g) {
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
        return false;
    }

    boolean rlockReady() {
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

    /** The clocks this lock passes on (see {@link VarState#encodeShadow}). */
    void clocks(java.util.function.Consumer<VectorClock> out) {
        out.accept(writeReleased);
        out.accept(readsReleased);
    }

    void encode(StateWriter w, java.util.function.IntUnaryOperator relabel) {
        w.put(writer < 0 ? -1 : relabel.applyAsInt(writer))
                .put(pendingWriter < 0 ? -1 : relabel.applyAsInt(pendingWriter)).put(readers.size());
        readers.stream().map(relabel::applyAsInt).sorted().forEach(w::put);
    }
}
