package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interleave.level.LevelLoader;
import org.junit.jupiter.api.Test;

/** The heap of kept machines: what copies share is charged once, and letting them all go frees it all. */
class KeptHeapTest {
    /** Two workers on a channel, main receiving twice: a few goroutines and resources to share. */
    private static Machine machine() throws Exception {
        var level = LevelLoader.parse("kept.level.json", """
                {"format":1,"id":"kept","title":"kept","mode":"build","design":{"parts":[
                  {"id":"c","type":"channel","cap":1},{"id":"mu","type":"mutex"},
                  {"id":"w","type":"goroutine","count":2,"ops":[{"op":"send","ch":"c","value":1}]},
                  {"id":"main","type":"goroutine","start":"main","ops":[
                    {"op":"recv","ch":"c","to":"x"},{"op":"recv","ch":"c","to":"y"}]}]}}""");
        Machine m = new Machine(new Program(level.design()), Timing.VERIFY, Limits.DEFAULT);
        m.drainFaults();
        return m;
    }

    @Test
    void aCopyThatSharesEveryPiece_isChargedOnlyForItself() throws Exception {
        Machine m = machine();
        KeptHeap h = new KeptHeap();
        h.add(m);
        long one = h.bytes();
        assertTrue(one >= m.heapBytes(), one + " vs " + m.heapBytes());
        Machine c = m.copy();
        h.add(c);
        assertEquals(one + Resources.ownBytes(c), h.bytes());
    }

    @Test
    void aStepChargesThePiecesItChanged_andLettingEveryMachineGoFreesEverything() throws Exception {
        Machine m = machine();
        KeptHeap h = new KeptHeap();
        Machine c = m.copy();
        c.stepQuietly(c.enabled().get(c.enabled().size() - 1));
        h.add(m);
        long one = h.bytes();
        h.add(c);
        assertTrue(h.bytes() > one + Resources.ownBytes(c), h.bytes() + " vs " + one);
        long freed = h.remove(m);
        assertTrue(freed > 0 && freed < one, freed + " of " + one);
        h.remove(c);
        assertEquals(0, h.bytes());
    }
}
