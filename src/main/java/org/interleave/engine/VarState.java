package org.interleave.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Runtime state of a plain shared int, with the shadow memory of the race detector: the last
 * write and the reads since it, each stamped with its goroutine's clock (as in FastTrack, with
 * full read sets since designs are small).
 */
final class VarState extends SharedPart {
    final String id;
    long value;
    private Access lastWrite;
    private List<Access> reads = new ArrayList<>();

    private record Access(int goroutine, long time, Site site) {}

    VarState(String id, long init) {
        this.id = id;
        this.value = init;
    }

    VarState copy() {
        VarState v = new VarState(id, value);
        v.lastWrite = lastWrite;
        v.reads = new ArrayList<>(reads);
        return v;
    }

    /** Records a read; returns the earlier access it races with, or null. */
    Site read(int g, VectorClock vc, Site site) {
        Site race = null;
        if (lastWrite != null && lastWrite.goroutine != g && !vc.covers(lastWrite.goroutine, lastWrite.time)) {
            race = lastWrite.site;
        }
        reads.removeIf(a -> a.goroutine == g);
        reads.add(new Access(g, vc.get(g), site));
        return race;
    }

    /** Records a write; returns the earlier access it races with, or null. */
    Site write(int g, VectorClock vc, Site site) {
        Site race = null;
        if (lastWrite != null && lastWrite.goroutine != g && !vc.covers(lastWrite.goroutine, lastWrite.time)) {
            race = lastWrite.site;
        }
        for (Access r : reads) {
            if (race == null && r.goroutine != g && !vc.covers(r.goroutine, r.time)) {
                race = r.site;
            }
        }
        lastWrite = new Access(g, vc.get(g), site);
        reads = new ArrayList<>();
        return race;
    }

    void encode(StateWriter w) {
        w.put(value);
    }

    /**
     * The race detector's shadow as far as it can still decide a race: the last write and the
     * reads since it, each with which of the {@code knowers} (the clocks of the goroutines still
     * running, in canonical order, the first {@code live} of them, then the clocks resources pass
     * on) cover it. States with equal values but different happens-before must not share a key:
     * one may still race where the other cannot. An access every running goroutine covers can
     * never race again and is left out.
     */
    void encodeShadow(StateWriter w, java.util.function.IntUnaryOperator relabel, List<VectorClock> knowers, int live) {
        encodeAccess(w, lastWrite, relabel, knowers, live);
        if (reads.size() > 1) {
            List<Access> sorted = new ArrayList<>(reads);
            sorted.sort(java.util.Comparator.comparingInt(a -> relabel.applyAsInt(a.goroutine)));
            for (Access a : sorted) {
                encodeAccess(w, a, relabel, knowers, live);
            }
        } else {
            for (Access a : reads) {
                encodeAccess(w, a, relabel, knowers, live);
            }
        }
        w.put(-3);
    }

    private static void encodeAccess(StateWriter w, Access a, java.util.function.IntUnaryOperator relabel,
                                     List<VectorClock> knowers, int live) {
        if (a == null) {
            return;
        }
        boolean all = true;
        for (int k = 0; k < live && all; k++) {
            all = knowers.get(k).covers(a.goroutine, a.time);
        }
        if (all) {
            return;
        }
        w.put(relabel.applyAsInt(a.goroutine));
        long bits = 0;
        for (int k = 0; k < knowers.size(); k++) {
            if (knowers.get(k).covers(a.goroutine, a.time)) {
                bits |= 1L << (k & 63);
            }
            if ((k & 63) == 63) {
                w.put(bits);
                bits = 0;
            }
        }
        w.put(bits);
    }
}
