package org.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.interleave.engine.Limits;
import org.interleave.engine.model.Level;
import org.junit.jupiter.api.Test;

/** Round-robin gives each goroutine one step in turn, in creation order. */
class RoundRobinTest {
    @Test
    void roundRobin_takesTurnsInCreationOrder_skippingBlockedGoroutines() {
        Level l = Designs.level("""
                {"id":"n","type":"atomic","init":0},
                {"id":"a","type":"goroutine","ops":[{"op":"atomic.add","var":"n","n":1},{"op":"atomic.add","var":"n","n":1}]},
                {"id":"b","type":"goroutine","ops":[{"op":"atomic.add","var":"n","n":1}]},
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"atomic.load","var":"n","to":"v"},
                  {"op":"atomic.load","var":"n","to":"v"},{"op":"atomic.load","var":"n","to":"v"}]}""");
        RoundRobin rr = new RoundRobin();
        rr.begin(0);
        Execution e = new Runner(Designs.program(l), l.goal(), 100, Limits.DEFAULT).run(rr, false);
        // main's return is a step of its own (DESIGN §4).
        assertEquals("main a b main a main main", e.schedule().toString());
    }
}
