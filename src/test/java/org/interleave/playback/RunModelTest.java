package org.interleave.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.interleave.engine.model.Level;
import org.interleave.level.LevelLoader;
import org.junit.jupiter.api.Test;

/** One execution on the virtual clock, laid out as moments to play, pause and step through. */
class RunModelTest {
    private static Level solved(String file) throws Exception {
        Level l = LevelLoader.load(Path.of("levels", file));
        return l.withDesign(l.solution());
    }

    private static Level level(String parts, String goal) {
        try {
            return LevelLoader.parse("t.level.json", """
                {"format": 1, "id": "t", "title": "T", "mode": "build", "design": {"parts": [%s]}, "goal": %s}
                    """.formatted(parts, goal));
        } catch (org.interleave.level.LevelException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    private static final String TWO_WORKERS = """
            {"id":"wg","type":"waitgroup"},
            {"id":"w","type":"goroutine","start":"spawn","ops":[{"op":"work","ticks":4},{"op":"done","wg":"wg"}]},
            {"id":"main","type":"goroutine","start":"main","ops":[{"op":"add","wg":"wg","n":2},
              {"op":"go","g":"w"},{"op":"go","g":"w"},{"op":"wait","wg":"wg"}]}""";

    @Test
    void solutionRun_endsWhenMainReturns_atTheLevelsParTicks() throws Exception {
        Level l = solved("24-worker-pool.level.json");
        RunModel run = new RunModel();
        run.load(l);
        assertEquals(l.par().ticks(), run.mainReturnedAt());
        assertEquals(l.par().ticks(), run.ticks());
        assertTrue(run.length() > 0);
        assertEquals(0, run.stepProperty().get());
        assertNull(run.momentProperty().get(), "loaded at the start: nothing has run yet");
        run.go(run.length());
        assertTrue(run.summary().startsWith("main returned at tick " + l.par().ticks()), run.summary());
    }

    @Test
    void tickShown_isTheClockOfTheStepShown_andNeverGoesBackwards() {
        RunModel run = new RunModel();
        run.load(level(TWO_WORKERS, "{\"cores\": 2}"));
        long last = 0;
        for (int i = 1; i <= run.length(); i++) {
            run.go(i);
            long tick = run.tickProperty().get();
            assertEquals(run.momentProperty().get().step().clock(), tick);
            assertTrue(tick >= last, "tick " + tick + " after " + last);
            last = tick;
        }
        assertTrue(last >= 4, "the work takes its ticks: " + last);
    }

    @Test
    void busyWorker_isRunning_whileMainWaiting_isBlockedOnTheWaitGroup() {
        RunModel run = new RunModel();
        run.load(level(TWO_WORKERS, "{\"cores\": 2}"));
        Trace.Moment busy = null;
        for (Trace.Moment m : run.momentsProperty().get()) {
            if (m.goroutine("w#0").map(g -> g.detail().startsWith("working")).orElse(false)
                    && m.goroutine("main").orElseThrow().path().equals("ops[3]")) {
                busy = m;
                break;
            }
        }
        assertTrue(busy != null, "a moment where the worker is busy with its work and main waits");
        assertEquals(Trace.Status.RUNNING, busy.goroutine("w#0").orElseThrow().status());
        Trace.GoroutineView main = busy.goroutine("main").orElseThrow();
        assertEquals(Trace.Status.BLOCKED, main.status(), main.toString());
        assertTrue(main.detail().contains("wg.Wait"), main.detail());
    }

    @Test
    void oneCore_twoReadyGoroutines_oneRunsTheOtherIsRunnable() {
        RunModel run = new RunModel();
        run.load(level("""
                {"id":"x","type":"var"},
                {"id":"a","type":"goroutine","start":"auto","ops":[{"op":"work","ticks":3}]},
                {"id":"b","type":"goroutine","start":"auto","ops":[{"op":"work","ticks":3}]},
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"sleep","ticks":20}]}""",
                "{\"cores\": 1}"));
        boolean sawWaitingForCore = run.momentsProperty().get().stream().anyMatch(m ->
                m.goroutines().stream().filter(g -> g.status() == Trace.Status.RUNNING).count() == 1
                        && m.goroutines().stream().anyMatch(g -> g.status() == Trace.Status.CAN_RUN));
        assertTrue(sawWaitingForCore, "with one core a ready goroutine waits while another runs");
        for (Trace.Moment m : run.momentsProperty().get()) {
            assertTrue(m.goroutines().stream().filter(g -> g.status() == Trace.Status.RUNNING).count() <= 1,
                    "one core: at most one goroutine running at tick " + m.step().clock());
        }
    }

    @Test
    void play_advancesOneStepPerFrame_andStopsAtTheEnd() {
        RunModel run = new RunModel();
        run.load(level(TWO_WORKERS, "{\"cores\": 2}"));
        run.play();
        assertTrue(run.playingProperty().get());
        run.frame();
        assertEquals(1, run.stepProperty().get());
        for (int i = 0; i < run.length() + 5; i++) {
            run.frame();
        }
        assertEquals(run.length(), run.stepProperty().get());
        assertFalse(run.playingProperty().get(), "playback stops at the last step");
        run.play();
        assertTrue(run.playingProperty().get());
        assertEquals(0, run.stepProperty().get(), "play at the end starts again from the start");
    }

    @Test
    void pause_stepBack_step_andRestart_moveOneStepAtATime() {
        RunModel run = new RunModel();
        run.load(level(TWO_WORKERS, "{\"cores\": 2}"));
        run.play();
        run.frame();
        run.frame();
        run.frame();
        run.pause();
        run.frame();
        assertEquals(3, run.stepProperty().get(), "a paused run does not move on a frame");
        run.stepBack();
        assertEquals(2, run.stepProperty().get());
        Trace.Moment second = run.momentProperty().get();
        run.stepForward();
        run.stepBack();
        assertEquals(second, run.momentProperty().get(), "stepping back shows the same moment again");
        run.restart();
        assertEquals(0, run.stepProperty().get());
        assertEquals(0, run.tickProperty().get());
        assertTrue(run.atStartBinding().get());
        run.stepBack();
        assertEquals(0, run.stepProperty().get(), "no step before the start");
    }

    @Test
    void speed_scalesTheFrameTime() {
        RunModel run = new RunModel();
        double normal = run.frameMillis();
        run.speedProperty().set(2.0);
        assertEquals(normal / 2, run.frameMillis(), 1e-9);
    }

    @Test
    void sameDesign_sameRun() {
        Level l = level(TWO_WORKERS, "{\"cores\": 2}");
        RunModel a = new RunModel();
        RunModel b = new RunModel();
        a.load(l);
        b.load(l);
        assertEquals(a.momentsProperty().get(), b.momentsProperty().get());
    }

    @Test
    void deadlockedRun_saysSoAtTheEnd() {
        RunModel run = new RunModel();
        run.load(level("""
                {"id":"c","type":"channel","cap":0},
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"send","ch":"c","value":1}]}""",
                "{}"));
        assertEquals(-1, run.mainReturnedAt());
        assertTrue(run.summary().contains("main never returned"), run.summary());
        assertTrue(run.summary().contains("deadlock"), run.summary());
        assertEquals(List.of(), run.momentsProperty().get(), "main blocks before it takes a step");
    }
}
