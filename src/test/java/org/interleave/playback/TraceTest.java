package org.interleave.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.interleave.engine.model.Level;
import org.interleave.engine.model.Part;
import org.interleave.explore.CheckOptions;
import org.interleave.explore.Checker;
import org.interleave.explore.Explorer;
import org.interleave.explore.Report;
import org.interleave.level.LevelLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A finding's schedule laid out step by step, with where every goroutine stands after each step. */
class TraceTest {

    private static Level level(String file) throws Exception {
        return LevelLoader.load(Path.of("levels", file));
    }

    private static Finding first(Level level, Kind kind) {
        Report r = new Checker(CheckOptions.DEFAULT, () -> false, Explorer.Progress.NONE, System::nanoTime).check(level);
        return r.findings().stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }

    static Stream<String> campaign() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("levels"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".level.json")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("campaign")
    void everyFindingOfTheCampaign_stepsThroughItsWholeSchedule(String file) throws Exception {
        Level level = level(file);
        if (level.design().goroutines().stream().noneMatch(g -> g.start() == Part.Start.MAIN)) {
            return;  // a build level's empty start: nothing runs yet
        }
        Report r = new Checker(CheckOptions.DEFAULT, () -> false, Explorer.Progress.NONE, System::nanoTime).check(level);
        for (Finding f : r.findings()) {
            Trace t = Trace.of(level, f);
            assertEquals(f.schedule().length(), t.length(), f.message());
            for (Trace.Moment m : t.moments()) {
                for (Trace.GoroutineView g : m.goroutines()) {
                    assertTrue(level.design().part(g.template()).isPresent(), g + " runs no part of the design");
                    if (g.status() != Trace.Status.STOPPED) {
                        assertEquals(g.path() == null,
                                g.status() == Trace.Status.DONE || g.status() == Trace.Status.SPINNING, g.toString());
                    }
                }
            }
        }
    }

    @Test
    void panicTrace_stopsTheGoroutineThatPanicked_atTheOpThatPanicked() throws Exception {
        Level level = level("02-wait-for-them.level.json");
        Finding panic = first(level, Kind.PANIC);
        Trace trace = Trace.of(level, panic);
        Trace.Moment last = trace.moments().get(trace.length() - 1);
        Trace.GoroutineView crashed = last.goroutine(last.step().actor()).orElseThrow();
        assertEquals(Trace.Status.STOPPED, crashed.status());
        assertEquals(last.step().path(), crashed.path());
        assertTrue(last.faults().get(0).startsWith("panic: "), last.faults().toString());
    }

    @Test
    void deadlockTrace_endsWithEveryGoroutineBlocked_onWhatItWaitsFor() throws Exception {
        Level level = level("12-dining-philosophers.level.json");
        Finding deadlock = first(level, Kind.DEADLOCK);
        Trace trace = Trace.of(level, deadlock);

        assertEquals(deadlock.schedule().length(), trace.length());
        Trace.Moment last = trace.moments().get(trace.length() - 1);
        assertTrue(last.goroutines().stream().allMatch(g -> g.status() == Trace.Status.BLOCKED), last.toString());
        Trace.GoroutineView main = last.goroutine("main").orElseThrow();
        assertEquals("main", main.template());
        assertTrue(main.detail().startsWith("blocked on wg.Wait"), main.detail());
        assertTrue(last.goroutines().stream().anyMatch(g -> g.detail().contains("held by")), last.toString());
    }

    @Test
    void raceTrace_marksTheStepThatRaces_andNamesEachInstancesTemplate() throws Exception {
        Level level = level("10-write-under-rlock.level.json");
        Trace trace = Trace.of(level, first(level, Kind.RACE));

        List<Trace.Moment> racing = trace.moments().stream().filter(m -> !m.faults().isEmpty()).toList();
        assertEquals(1, racing.size());
        assertTrue(racing.get(0).faults().get(0).startsWith("WARNING: DATA RACE"), racing.get(0).faults().toString());
        Trace.Moment first = trace.moments().get(0);
        assertEquals(1, first.step().number());
        assertTrue(trace.moments().stream().flatMap(m -> m.goroutines().stream())
                .filter(g -> g.name().startsWith("lookup#")).allMatch(g -> g.template().equals("lookup")));
    }

    @Test
    void canRunGoroutines_sayWhatTheyDoNext_andFinishedOnesHaveNoOp() throws Exception {
        Level level = level("10-write-under-rlock.level.json");
        Trace trace = Trace.of(level, first(level, Kind.OUTPUT));
        Trace.Moment last = trace.moments().get(trace.length() - 1);
        Trace.GoroutineView main = last.goroutine("main").orElseThrow();
        assertEquals(Trace.Status.DONE, main.status());
        assertEquals(null, main.path());
        Trace.Moment start = trace.moments().get(0);
        assertFalse(start.goroutines().stream().filter(g -> g.status() == Trace.Status.CAN_RUN)
                .anyMatch(g -> !g.detail().startsWith("next: ")));
    }
}
