package org.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.interleave.engine.Choice;
import org.interleave.engine.Limits;
import org.interleave.engine.Machine;
import org.interleave.engine.Program;
import org.interleave.engine.Schedule;
import org.interleave.engine.StateWriter.StateKey;
import org.interleave.engine.Timing;
import org.interleave.engine.model.Design;
import org.junit.jupiter.api.Test;

/**
 * Regression for the deadlock that reduced search reported 21 steps deep and plain search 12
 * (jqwik seed 3247988274373000678): twin goroutines blocked at different sends on one unbuffered
 * channel, and a select with a default receiving from it. The receiver paired with the
 * lowest-numbered twin, so two states that differ only in which twin is which — one key under
 * the symmetry reduction — stepped to different states, and the merged state lost the futures
 * of its twin image.
 */
class PartnerSymmetryTest {
    /** Twins w#0, w#1 reach `send ch 1` (after ctx is cancelled) or `send ch 2` (before); main polls ch. */
    static final String PARTS = """
            {"id": "ch", "type": "channel", "cap": 0},
            {"id": "un", "type": "channel", "cap": 0},
            {"id": "ctx", "type": "context"},
            {"id": "main", "type": "goroutine", "start": "main", "ops": [
              {"op": "cancel", "ctx": "ctx"},
              {"op": "select", "cases": [{"recv": "ch", "to": "v", "do": []}], "default": []},
              {"op": "recv", "ch": "un"}
            ]},
            {"id": "w", "type": "goroutine", "count": 2, "ops": [
              {"op": "select", "cases": [{"done": "ctx", "do": [{"op": "send", "ch": "ch", "value": 1}]}],
               "default": [{"op": "send", "ch": "ch", "value": 2}]}
            ]}
            """;

    static Design design() {
        return Designs.level(PARTS).design();
    }

    static Machine after(String schedule) {
        Machine m = new Machine(new Program(design()), Timing.VERIFY, Limits.DEFAULT);
        for (String t : Schedule.parse(schedule).tokens()) {
            Choice c = m.resolve(t);
            if (c == null) {
                throw new AssertionError("'" + t + "' cannot move in " + schedule);
            }
            m.step(c);
        }
        m.drainFaults();
        return m;
    }

    static Set<StateKey> successorKeys(Machine m) {
        Set<StateKey> out = new HashSet<>();
        for (Choice c : m.enabled()) {
            Machine n = m.copy();
            n.step(c);
            out.add(n.key(true));
        }
        return out;
    }

    @Test
    void twinImagesThatShareAKey_stepToStatesThatShareKeys() {
        // w#0 sends 2 and w#1 sends 1, or the other way round: one state up to renaming.
        Machine a = after("w#0 main w#1");
        Machine b = after("w#1 main w#0");
        assertEquals(a.key(true), b.key(true), "the twin images share a key");
        assertEquals(successorKeys(a), successorKeys(b), "so main's receive must pair alike in both");
    }

    @Test
    void reducedSearch_findsEveryDeadlockAsShortAsPlainSearch() {
        SearchResult plain = ReductionProperties.search(design(), false);
        SearchResult reduced = ReductionProperties.search(design(), true);
        assertEquals(ReductionProperties.problems(plain), ReductionProperties.problems(reduced));
        assertEquals(ReductionProperties.shortest(plain), ReductionProperties.shortest(reduced));
    }
}
