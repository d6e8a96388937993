package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Goal;
import org.interleave.explore.Execution;
import org.interleave.explore.Pct;
import org.interleave.explore.RandomWalk;
import org.interleave.explore.Replayer;
import org.interleave.explore.Runner;

/** Invariants of the engine over random valid designs. */
class MachineProperties {
    static final int MAX_STEPS = 300;
    static final Goal GOAL = Goal.defaults(Goal.Mode.BUILD);
    static final Limits LIMITS = new Limits(200, 5_000);

    @Provide
    Arbitrary<Design> designs() {
        return RandomDesigns.designs();
    }

    @Property(tries = 300)
    void replayingAnyRunsSchedule_reproducesItStepForStep(@ForAll("designs") Design d, @ForAll long seed) {
        Program p = new Program(d);
        Execution run = new Runner(p, GOAL, MAX_STEPS, LIMITS).run(new RandomWalk(seed), true);
        Execution again = new Replayer(p, GOAL, MAX_STEPS, LIMITS).replay(run.schedule(), true);
        assertEquals(run.steps(), again.steps());
        assertEquals(run.findings(), again.findings());
        assertEquals(run.last().key(), again.last().key());
    }

    @Property(tries = 200)
    void sameSeed_sameSchedule(@ForAll("designs") Design d, @ForAll long seed) {
        Program p = new Program(d);
        Runner r = new Runner(p, GOAL, MAX_STEPS, LIMITS);
        assertEquals(r.run(new RandomWalk(seed), false).schedule(), r.run(new RandomWalk(seed), false).schedule());
        Pct a = new Pct(seed, 3, 40);
        Pct b = new Pct(seed, 3, 40);
        for (int i = 0; i < 3; i++) {
            a.begin(i);
            b.begin(i);
            assertEquals(r.run(a, false).schedule(), r.run(b, false).schedule());
        }
    }

    @Property(tries = 300)
    void randomDesigns_neverCrashTheEngine_andStopOnlyForAReason(@ForAll("designs") Design d, @ForAll long seed) {
        Execution e = new Runner(new Program(d), GOAL, MAX_STEPS, LIMITS).run(new RandomWalk(seed), false);
        Machine last = e.last();
        switch (e.end()) {
            case FINISHED -> assertTrue(last.enabled().isEmpty());
            case CRASHED -> assertTrue(last.crashed() && e.findings().stream()
                    .anyMatch(f -> f.kind() == Kind.PANIC || f.kind() == Kind.ASSERT));
            // Cut by the step bound, or by a goroutine's step budget of invisible ops (DESIGN §4).
            case CUT -> assertTrue(MAX_STEPS == e.schedule().length() || last.cutShort() != null);
            case LIMIT -> assertTrue(last.limitError() != null);
            case PARTIAL -> throw new AssertionError("a strategy run cannot run out of schedule");
        }
        if (e.end() == Execution.End.FINISHED && !last.mainReturned()) {
            assertTrue(e.findings().stream().anyMatch(f -> f.kind() == Kind.DEADLOCK || f.kind() == Kind.HANG),
                    "a run that stops before main returns reports a deadlock or hang: " + e.findings());
        }
        List<Finding> f = e.findings();
        f.forEach(x -> assertTrue(x.schedule().length() <= e.schedule().length()));
    }

    @Property(tries = 200)
    void stepTakenInPlaceAndUndone_leavesTheStateAsItWas_andReachesWhatACopyReaches(@ForAll("designs") Design d,
                                                                                  @ForAll long seed) {
        Machine m = new Machine(new Program(d), Timing.VERIFY, LIMITS);
        java.util.Random random = new java.util.Random(seed);
        for (int step = 0; step < 60 && !m.enabled().isEmpty() && !m.crashed(); step++) {
            StateWriter.StateKey before = m.key(false);
            for (Choice c : List.copyOf(m.enabled())) {
                Machine copy = m.copy();
                copy.stepQuietly(c);
                if (random.nextBoolean()) {
                    m.markAlone();
                } else {
                    m.mark();
                }
                m.stepQuietly(c);
                assertEquals(copy.drainFaults(), m.drainFaults());
                assertEquals(copy.key(false), m.key(false));
                assertEquals(copy.key(true), m.key(true));
                assertEquals(copy.enabled(), m.enabled());
                // A copy taken before the undo keeps the state reached.
                Machine kept = random.nextBoolean() ? m.copy() : null;
                m.undo();
                if (kept != null) {
                    assertEquals(copy.key(false), kept.key(false));
                    assertEquals(copy.enabled(), kept.enabled());
                }
                assertEquals(before, m.key(false));
            }
            // On from a copy's step or an in-place step kept for good, at random.
            Choice c = m.enabled().get(random.nextInt(m.enabled().size()));
            if (random.nextBoolean()) {
                m = m.copy();
            }
            m.stepQuietly(c);
            m.drainFaults();
        }
    }
}
