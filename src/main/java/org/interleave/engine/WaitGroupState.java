package org.interleave.engine;

/** Runtime state of a {@code sync.WaitGroup}: the counter and the clock of its Done calls. */
final class WaitGroupState extends SharedPart {
    final String id;
    long counter;
    private VectorClock doneClock = new VectorClock();

    WaitGroupState(String id) {
        this.id = id;
    }

    WaitGroupState copy() {
        WaitGroupState w = new WaitGroupState(id);
        w.counter = counter;
        w.doneClock = doneClock.copy();
        return w;
    }

    /** Adds n (negative for Done); returns false if the counter went negative. */
    boolean add(long n, VectorClock vc) {
        counter += n;
        if (n < 0) {
            doneClock.join(vc);
        }
        return counter >= 0;
    }

    void waitReturns(VectorClock vc) {
        vc.join(doneClock);
    }

    /** The clock a returning Wait learns (see {@link VarState#encodeShadow}). */
    void clocks(java.util.function.Consumer<VectorClock> out) {
        out.accept(doneClock);
    }

    void encode(StateWriter w) {
        w.put(counter);
    }
}
