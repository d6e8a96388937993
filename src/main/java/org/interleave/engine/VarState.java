package org.interleave.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Runtime state of a plain shared int, with the shadow memory of the race detector: the last
 * write and the reads since it, each stamped with its goroutine's clock (as in FastTrack, with
 * full read sets since designs are small).
 */
final class VarState {
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
}
