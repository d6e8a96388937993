package org.interleave.app.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.interleave.app.Pulses;
import org.interleave.app.canvas.BoardMoves;
import org.interleave.app.shared.cast.Motion;
import org.interleave.engine.ResourceSnapshot;
import org.interleave.playback.RunModel;
import org.interleave.playback.Trace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The resources move as a run changes them — a lock snaps shut when taken and springs open when
 * let go, a value eases into a channel's slot and the values left slide along after a receive —
 * and a deadlock freezes the board and pulses its wait-for cycle; all at the animation speed,
 * and standing still with reduced motion, which shows the same states.
 */
@ExtendWith(ApplicationExtension.class)
class BoardMotionTest extends LevelScreenStage {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    /**
     * What a run of the reference solution did to the resource {@code part}, step by step, and how
     * its piece moved meanwhile.
     */
    private record Changes(int taken, int letGo, int sent, int received, List<String> states,
                           BoardMoves.PieceMoves moved) {}

    /** Steps through the run of the solution one step at a time, counting what changed {@code part}. */
    private Changes stepThroughRun(FxRobot robot, LevelScreen s, String part) {
        playSolution(s);
        RunModel run = s.run();
        javafx.scene.Scene scene = s.getScene();
        Pulses.interact(scene, run::pause);
        Pulses.interact(scene, run::restart);
        BoardMoves.PieceMoves start = piece(s, part);
        int[] counts = new int[4];
        List<String> states = new ArrayList<>();
        ResourceSnapshot[] before = new ResourceSnapshot[1];
        // each step is shown, then (after the pulses that lay it out) read together with showing the next one
        Pulses.interact(scene, () -> {
            Trace.Moment shown = run.momentProperty().get();  // read on the FX thread, as all the run's state
            before[0] = shown == null ? null : shown.resource(part).orElse(null);
            run.go(1);
        });
        for (int i = 1; i <= run.length(); i++) {
            int next = i + 1;
            Pulses.interact(scene, () -> {
                Trace.Moment m = run.momentProperty().get();
                ResourceSnapshot now = m.resource(part).orElse(null);
                if (before[0] != null && now != null) {
                    if (!held(before[0]) && held(now)) {
                        counts[0]++;
                    } else if (held(before[0]) && !held(now)) {
                        counts[1]++;
                    }
                    if (before[0] instanceof ResourceSnapshot.Channel b && now instanceof ResourceSnapshot.Channel a) {
                        if (a.buffer().size() > b.buffer().size()) {
                            counts[2]++;
                        } else if (a.buffer().size() < b.buffer().size()) {
                            counts[3]++;
                        }
                    }
                }
                before[0] = now;
                states.add(s.canvas().stateOf(part));
                if (next <= run.length()) {
                    run.go(next);
                }
            });
        }
        BoardMoves.PieceMoves end = piece(s, part);
        return new Changes(counts[0], counts[1], counts[2], counts[3], states, new BoardMoves.PieceMoves(
                end.snaps() - start.snaps(), end.opens() - start.opens(), end.fills() - start.fills(),
                end.slides() - start.slides(), end.lastMillis()));
    }

    private static boolean held(ResourceSnapshot s) {
        return s instanceof ResourceSnapshot.Mutex m && m.holder() != null;
    }

    private static BoardMoves.PieceMoves piece(LevelScreen s, String part) {
        return movesOnFx(s).pieces().get(part);
    }

    /** The run of guard-the-counter's solution with motion, as its lock went: stepped through once, for the tests that read it. */
    private static Changes guardedWithMotion;

    private Changes guardTheCounterWithMotion(FxRobot robot) {
        if (guardedWithMotion == null) {
            guardedWithMotion = stepThroughRun(robot, open(robot, CATALOG.byId("guard-the-counter").orElseThrow()), "mu");
        }
        return guardedWithMotion;
    }

    @Test
    void aLock_snapsShutEachTimeItIsTaken_andSpringsOpenEachTimeItIsLetGo(FxRobot robot) {
        Changes run = guardTheCounterWithMotion(robot);
        assertTrue(run.taken() > 0, "the solution takes its lock");
        BoardMoves.PieceMoves mu = run.moved();
        assertEquals(run.taken(), mu.snaps(), "one snap per time the lock is taken");
        assertEquals(run.letGo(), mu.opens(), "one spring per time it is let go");
        assertEquals(BoardMoves.SNAP_MILLIS, mu.lastMillis(), 1e-9, "at normal speed");
    }

    @Test
    void aChannelsSlots_fillWithEasing_andItsValuesSlideAlongWhenOneIsReceived(FxRobot robot) {
        LevelScreen s = open(robot, CATALOG.byId("worker-pool").orElseThrow());
        String channel = s.entry().level().solution().parts().stream()
                .filter(p -> p instanceof org.interleave.engine.model.Part.Channel c && c.cap() > 0)
                .map(org.interleave.engine.model.Part::id).findFirst().orElseThrow();
        Changes run = stepThroughRun(robot, s, channel);
        assertTrue(run.sent() > 0, "values enter the buffer");
        BoardMoves.PieceMoves ch = run.moved();
        assertEquals(run.sent(), ch.fills(), "each value sent into the buffer eases into its slot");
        assertTrue(ch.slides() <= run.received(), "values slide along only after a receive");
    }

    @Test
    void reducedMotion_movesNothing_andShowsTheSameStates(FxRobot robot) {
        Changes full = guardTheCounterWithMotion(robot);

        LevelScreen s = open(robot, CATALOG.byId("guard-the-counter").orElseThrow());
        robot.interact(() -> Motion.put(s, new Motion(true, 1.0)));
        Changes still = stepThroughRun(robot, s, "mu");
        assertEquals(full.states(), still.states(), "reduced motion hides no state");
        assertEquals(new BoardMoves.PieceMoves(0, 0, 0, 0, 0), piece(s, "mu"), "nothing moved, not even as the run played");
    }

    @Test
    void theAnimationSpeed_setsHowLongALockTakesToSnap(FxRobot robot) {
        LevelScreen s = open(robot, CATALOG.byId("guard-the-counter").orElseThrow());
        robot.interact(() -> Motion.put(s, new Motion(false, 2.0)));
        Changes run = stepThroughRun(robot, s, "mu");
        assertTrue(run.moved().snaps() > 0);
        assertEquals(BoardMoves.SNAP_MILLIS / 2, run.moved().lastMillis(), 1e-9, "twice as fast");
    }

    @Test
    void aDeadlock_freezesTheBoard_andPulsesItsWaitForCycle_untilAnEarlierStepIsShown(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, CATALOG.byId("dining-philosophers").orElseThrow());
        robot.interact(() -> Motion.put(s, new Motion(false, 2.0)));
        assertFalse(movesOnFx(s).frozen());
        verify(s);
        robot.interact(() -> s.reveal().go(s.reveal().traceProperty().get().length()));
        BoardMoves end = movesOnFx(s);
        assertTrue(end.frozen(), "the board freezes at the deadlock");
        assertTrue(end.lockCycle(), "the philosophers wait on each other's forks: " + end);
        assertTrue(end.cycle().size() >= 2, "a cycle of at least two: " + end.cycle());
        var design = s.canvas().model().design();
        for (String instance : end.cycle()) {
            assertTrue(end.ringed().contains(instance.replaceAll("#.*", "")), instance + "'s card is ringed: " + end.ringed());
        }
        assertTrue(end.ringed().stream().anyMatch(p -> design.part(p).orElseThrow()
                instanceof org.interleave.engine.model.Part.Mutex), "and the forks between them: " + end.ringed());
        assertTrue(end.cycleWires() > 0, "the wires between them are marked");
        assertTrue(end.pulsing());
        assertEquals(BoardMoves.PULSE_MILLIS / 2, end.pulseMillis(), 1e-9, "the pulse keeps the animation speed");

        robot.interact(() -> s.reveal().go(1));
        BoardMoves first = movesOnFx(s);
        assertFalse(first.frozen(), "nothing is frozen at the first step");
        assertTrue(first.ringed().isEmpty() && !first.pulsing() && first.cycleWires() == 0);
    }

    @Test
    void aDeadlock_withReducedMotion_isFrozenAndRinged_standingStill(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, CATALOG.byId("dining-philosophers").orElseThrow());
        robot.interact(() -> Motion.put(s, new Motion(true, 1.0)));
        verify(s);
        robot.interact(() -> s.reveal().go(s.reveal().traceProperty().get().length()));
        BoardMoves end = movesOnFx(s);
        assertTrue(end.frozen() && !end.ringed().isEmpty(), "the freeze and the cycle still show");
        assertFalse(end.pulsing(), "but nothing pulses");
    }

    /**
     * What the board shows, read on the FX thread: the canvas redraws its wires at every layout
     * pass (the pulsing ring lays it out again and again), so a read from the test thread can
     * catch the wires between being drawn anew and being marked.
     */
    private static BoardMoves movesOnFx(LevelScreen s) {
        return onFx(() -> s.canvas().moves());
    }
}
