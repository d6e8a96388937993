package org.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import org.interleave.engine.Finding;
import org.interleave.engine.Program;
import org.interleave.engine.model.Level;
import org.interleave.level.LevelException;
import org.interleave.level.LevelLoader;
import org.interleave.oracle.DesignGenerator;

/**
 * Every {@code ticks} finding's schedule is the scored run (DESIGN §5, §6; issue 11): on random
 * designs of the oracle's generator ({@link DesignGenerator}: selects with after, done, default
 * and hand-offs, contexts with timeouts, work, sleep) and of {@link TwinDesigns} (twin goroutines
 * whose work differs, so the run pairs with the twin that waits: {@code main>w#1}), held to one
 * tick on one or two cores so that nearly every run overshoots, the schedule replays in verify
 * without a mismatch, and replay recognises it as the scored run and reports the same ticks
 * figure. The timed run used to take select steps verify cannot take (a timer or a hand-off for
 * a select that never parked), so some schedules did not replay or replayed another run. Fixed
 * seed, as the oracle's properties.
 */
class TicksReplayProperties {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A random design as a {@code fix} level with {@code maxTicks} 1 on {@code cores} cores: one
     * in three from {@link TwinDesigns} (twins whose work differs by their args or ids), the
     * others from the oracle's generator.
     */
    record TimedDesign(String json, Level level) {
        static TimedDesign of(long seed) {
            try {
                Random random = new Random(seed);
                String design = Math.floorMod(seed, 3L) == 0 ? TwinDesigns.json(random) : DesignGenerator.json(random);
                ObjectNode level = (ObjectNode) JSON.readTree(design);
                level.put("mode", "fix");
                ObjectNode goal = (ObjectNode) level.get("goal");
                goal.remove("reach");
                goal.put("maxTicks", 1).put("cores", 1 + (int) Math.floorMod(seed, 2L));
                String json = level.toString();
                return new TimedDesign(json, LevelLoader.parse("random.level.json", json));
            } catch (LevelException | com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String toString() {
            return json;
        }
    }

    @Provide
    Arbitrary<TimedDesign> designs() {
        return Arbitraries.longs().withoutEdgeCases().map(TimedDesign::of);
    }

    @Property(tries = 2000, seed = "20261207", shrinking = ShrinkingMode.OFF)
    void everyTicksFinding_replaysToTheScoredRun_andReplayReportsTheSameTicks(@ForAll("designs") TimedDesign d) {
        Level level = d.level();
        Finding f = Checker.ticks(level);
        Statistics.label("ticks finding").collect(f != null);
        Statistics.label("twins, names a partner (main>w#1)").collect(d.level().id().equals("twins"),
                f != null && f.schedule().tokens().stream().anyMatch(t -> t.contains(">")));
        if (f == null) {
            return;
        }
        SearchBudget b = SearchBudget.of(level.bounds());
        Execution e;
        try {
            e = new Replayer(new Program(level.design()), level.goal(), Math.max(b.maxSteps(), f.schedule().length()),
                    b.limits()).replay(f.schedule(), true);
        } catch (ReplayStrategy.ScheduleMismatch m) {
            throw new AssertionError("the ticks schedule " + f.schedule() + " does not replay: " + m.getMessage()
                    + "\ndesign " + d.json(), m);
        }
        Finding again = Checker.ticksReplayed(level, e);
        assertTrue(again != null, () -> "replay of " + f.schedule() + " is not the scored run\ndesign " + d.json());
        assertEquals(f.message(), again.message(), d::json);
    }
}
