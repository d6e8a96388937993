package org.interleave.engine;

/**
 * Runtime state of an {@code atomic.Int64}. Atomics are sequentially consistent and synchronize:
 * every operation both acquires and releases.
 */
final class AtomicState extends SharedPart {
    final String id;
    long value;
    private VectorClock clock = new VectorClock();

    AtomicState(String id, long init) {
        this.id = id;
        this.value = init;
    }

    AtomicState copy() {
        AtomicState a = new AtomicState(id, value);
        a.clock = clock.copy();
        return a;
    }

    void synchronize(VectorClock vc) {
        vc.join(clock);
        clock.join(vc);
    }

    /** The clock the next access learns (see {@link VarState#encodeShadow}). */
    void clocks(java.util.function.Consumer<VectorClock> out) {
        out.accept(clock);
    }

    void encode(StateWriter w) {
        w.put(value);
    }
}
