package org.interleave.engine;

/** Runtime state of a {@code sync.Once}: not run, running in some goroutine, or done. */
final class OnceState extends SharedPart {
    final String id;
    int runner = -1;
    boolean done;
    private VectorClock doneClock = new VectorClock();

    OnceState(String id) {
        this.id = id;
    }

    OnceState copy() {
        OnceState o = new OnceState(id);
        o.runner = runner;
        o.done = done;
        o.doneClock = doneClock.copy();
        return o;
    }

    boolean ready() {
        return done || runner < 0;
    }

    void finish(VectorClock vc) {
        done = true;
        runner = -1;
        doneClock = vc.copy();
    }

    void observe(VectorClock vc) {
        vc.join(doneClock);
    }

    /** The clock every later Do learns (see {@link VarState#encodeShadow}). */
    void clocks(java.util.function.Consumer<VectorClock> out) {
        out.accept(doneClock);
    }

    void encode(StateWriter w, java.util.function.IntUnaryOperator relabel) {
        w.put(runner < 0 ? -1 : relabel.applyAsInt(runner)).put(done);
    }
}
