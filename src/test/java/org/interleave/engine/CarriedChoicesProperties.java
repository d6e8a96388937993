package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interleave.engine.model.Design;

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
}
