package org.interleave.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.interleave.engine.ResourceSnapshot;
import org.interleave.engine.model.Level;
import org.interleave.explore.CheckOptions;
import org.interleave.explore.Checker;
import org.interleave.explore.Explorer;
import org.interleave.level.LevelLoader;
import org.junit.jupiter.api.Test;

/** Every moment of a trace says what each resource holds: holders, counters, buffers, values, output. */
class MomentResourcesTest {
    private static Trace trace(String file, Kind kind) throws Exception {
        Level level = LevelLoader.load(Path.of("levels", file));
        Finding f = new Checker(CheckOptions.DEFAULT, () -> false, Explorer.Progress.NONE, System::nanoTime)
                .check(level).findings().stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
        return Trace.of(level, f);
    }

    @Test
    void aDeadlockOfThePhilosophers_endsWithEveryForkHeldByItsPhilosopher() throws Exception {
        Trace t = trace("12-dining-philosophers.level.json", Kind.DEADLOCK);
        Trace.Moment last = t.moments().get(t.length() - 1);
        for (String fork : List.of("f0", "f1", "f2")) {
            ResourceSnapshot.Mutex m = (ResourceSnapshot.Mutex) last.resource(fork).orElseThrow();
            assertTrue(m.holder() != null && m.holder().matches("p[0-2]#0"), fork + " held by " + m.holder());
        }
        assertEquals(new ResourceSnapshot.WaitGroup("wg", 3), last.resource("wg").orElseThrow());
        assertEquals(new ResourceSnapshot.Atomic("meals", 0), last.resource("meals").orElseThrow());
    }

    @Test
    void aRaceOnACounter_showsTheVarsValue_andTheSinkStaysEmptyUntilMainPrints() throws Exception {
        Trace t = trace("04-lost-update.level.json", Kind.RACE);
        for (Trace.Moment m : t.moments()) {
            assertTrue(m.resource("hits").orElseThrow() instanceof ResourceSnapshot.Var, "hits is a plain var");
            assertTrue(((ResourceSnapshot.Sink) m.resource("out").orElseThrow()).values().isEmpty());
        }
    }

    @Test
    void aFullBuffer_showsItsValuesInOrder() throws Exception {
        Trace t = trace("15-full-buffer.level.json", Kind.DEADLOCK);
        ResourceSnapshot.Channel q = (ResourceSnapshot.Channel) t.moments().get(t.length() - 1).resource("q").orElseThrow();
        assertEquals(List.of(1L, 2L), q.buffer(), "main blocks sending 3 on a full buffer");
        assertTrue(!q.closed());
    }
}
