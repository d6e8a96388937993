package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Layout;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.engine.model.Src;

/**
 * The choices a state carries over from the state it was stepped from ({@link OptionsMemo}) are
 * the choices worked out afresh, however it was reached: stepped for good, in a copy, in place
 * and taken back, several steps without asking in between.
 */
class CarriedChoicesProperties {
    @Provide
    Arbitrary<Design> designs() {
        return RandomDesigns.designs();
    }

    @Property(tries = 300)
    void choicesCarriedOverASearchsSteps_equalTheChoicesWorkedOutAfresh(@ForAll("designs") Design d, @ForAll long seed) {
        Program p = new Program(d);
        // The search's program: warmed, so its footprints are read-only and choices are carried.
        p.warm();
        Machine m = new Machine(p, Timing.VERIFY, MachineProperties.LIMITS);
        java.util.Random random = new java.util.Random(seed);
        for (int step = 0; step < 60 && !m.enabled().isEmpty(); step++) {
            assertFresh(m);
            for (Choice c : List.copyOf(m.enabled())) {
                if (random.nextBoolean()) {
                    m.markAlone();
                } else {
                    m.mark();
                }
                m.stepQuietly(c);
                m.drainFaults();
                Machine kept = random.nextBoolean() ? m.copy() : null;
                if (random.nextInt(4) == 0) {
                    assertFresh(m);
                }
                m.undo();
                if (kept != null) {
                    assertFresh(kept);
                }
                if (random.nextInt(4) == 0) {
                    assertFresh(m);
                }
            }
            // On for good, from a copy or not, sometimes two steps before anyone asks.
            Choice c = m.enabled().get(random.nextInt(m.enabled().size()));
            if (random.nextBoolean()) {
                m = m.copy();
            }
            m.stepQuietly(c);
            m.drainFaults();
            // (a copy asks: m itself is not asked between the two steps)
            List<Choice> now = m.copy().enabled();
            if (random.nextInt(3) == 0 && !now.isEmpty()) {
                m.stepQuietly(now.get(random.nextInt(now.size())));
                m.drainFaults();
            }
        }
    }

    /** m's choices, goroutine by goroutine, as worked out afresh in m's state. */
    private static void assertFresh(Machine m) {
        for (int g = 0; g < m.goroutineCount(); g++) {
            assertEquals(NextSteps.options(m, g), m.options(g), "choices of goroutine " + g);
        }
    }

    /**
     * h's select waits on u1 (main receives there) and on b1 (k sends there). k's send changes
     * only b1, yet it changes main's choices: with b1's value h's select is ready, so it waits
     * no more and main can no longer pair with it on u1. The memo must recompute a partner of a
     * select waiting on a changed part (OptionsMemo's select rule); without that rule this fails
     * (found by the session-20 review; the random designs above did not catch it).
     */
    @Example
    void aSendReadyingAWaitingSelect_changesItsPartnersChoices_everywhereInTheSearch() {
        Src s = Src.of("ops[?]");
        Expr one = new Expr.IntLit(1);
        Design d = new Design(List.of(
                new Part.Channel("b1", 1, false, Layout.NONE),
                new Part.Channel("u1", 0, false, Layout.NONE),
                new Part.Goroutine("main", Part.Start.MAIN, 1, List.of(new Op.Recv(s, "u1", null, null)), null, Layout.NONE),
                new Part.Goroutine("h", Part.Start.AUTO, 1, List.of(new Op.Select(s, List.of(
                        new Op.SendCase("u1", one, List.of()), new Op.RecvCase("b1", null, null, List.of())), null)),
                        null, Layout.NONE),
                new Part.Goroutine("k", Part.Start.AUTO, 1, List.of(new Op.Send(s, "b1", one)), null, Layout.NONE)));
        Program p = new Program(d);
        p.warm();
        everyPath(new Machine(p, Timing.VERIFY, MachineProperties.LIMITS), 8);
    }

    /** Checks m's carried choices in every state within depth steps of m, stepped in copies and in place. */
    private static void everyPath(Machine m, int depth) {
        assertFresh(m);
        if (depth == 0) {
            return;
        }
        for (Choice c : List.copyOf(m.enabled())) {
            Machine next = m.copy();
            next.stepQuietly(c);
            next.drainFaults();
            everyPath(next, depth - 1);
            m.mark();
            m.stepQuietly(c);
            m.drainFaults();
            assertFresh(m);
            m.undo();
        }
    }
}
