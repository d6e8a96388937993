package org.interleave.engine;

/** Runtime state of a {@code sync.Mutex}: who holds it and the clock of its last unlock. */
final class MutexState extends SharedPart {
    final String id;
    int holder = -1;
    private VectorClock released = new VectorClock();

    MutexState(String id) {
        this.id = id;
    }

    MutexState copy() {
        MutexState m = new MutexState(id);
        m.holder = holder;
        m.released = released.copy();
        return m;
    }

    boolean free() {
        return holder < 0;
    }

    void lock(int g, VectorClock vc) {
        holder = g;
        vc.join(released);
    }

    /** Returns false when the mutex was not locked (a fatal error in Go). */
    boolean unlock(VectorClock vc) {
        if (holder < 0) {
            return false;
        }
        holder = -1;
        released = vc.copy();
        return true;
    }

    /** The clocks this lock passes on (see {@link VarState#encodeShadow}). */
    void clocks(java.util.function.Consumer<VectorClock> out) {
        out.accept(released);
    }

    void encode(StateWriter w, java.util.function.IntUnaryOperator relabel) {
        w.put(holder < 0 ? -1 : relabel.applyAsInt(holder));
    }
}
