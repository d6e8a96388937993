package org.interleave.app.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.interleave.app.Pulses;
import org.interleave.app.shared.cast.Creature;
import org.interleave.app.shared.cast.Motion;
import org.interleave.app.shared.cast.Pose;
import org.interleave.playback.RunModel;
import org.interleave.playback.Trace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Goroutines as creatures on the canvas: while a run or a reveal is shown each instance stands on
 * its goroutine's card in the pose of its state; the one that steps hops and running ones walk,
 * unless motion is reduced, which shows the same poses standing still.
 */
@ExtendWith(ApplicationExtension.class)
class CharactersTest extends LevelScreenStage {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    /** Plays the run of the solution step by step; returns the poses of every instance after each step. */
    private List<List<Pose>> stepThroughRun(FxRobot robot, LevelScreen s, boolean[] sawHopAndWalk) {
        playSolution(s);
        RunModel run = s.run();
        javafx.scene.Scene scene = s.getScene();
        Pulses.interact(scene, run::pause);
        Pulses.interact(scene, run::restart);
        List<List<Pose>> poses = new ArrayList<>();
        // each step is shown, then (after the pulses that lay it out) read together with showing the next one
        Pulses.interact(scene, () -> run.go(1));
        for (int i = 1; i <= run.length(); i++) {
            int step = i;
            Pulses.interact(scene, () -> {
                Trace.Moment m = run.momentProperty().get();
                List<Pose> now = new ArrayList<>();
                for (Trace.GoroutineView g : m.goroutines()) {
                    String part = g.name().equals("main") ? "main" : g.template();
                    Creature c = s.canvas().creature(part, g.name()).orElseThrow(() -> new AssertionError(
                            "no creature for " + g.name() + " at step " + step));
                    assertEquals(Pose.of(g, m.goroutines()), c.pose(), g.name() + " at step " + step);
                    now.add(c.pose());
                    if (g.name().equals(m.step().actor()) && c.hops() > 0) {
                        sawHopAndWalk[0] = true;
                    }
                    if (c.walking()) {
                        sawHopAndWalk[1] = true;
                    }
                }
                poses.add(now);
                if (step < run.length()) {
                    run.go(step + 1);
                }
            });
        }
        return poses;
    }

    @Test
    void run_showsEachInstanceAsACreatureInThePoseOfItsState_theOneThatStepsHops_runningOnesWalk(FxRobot robot) {
        LevelScreen s = open(robot, CATALOG.byId("dining-philosophers").orElseThrow());
        boolean[] seen = new boolean[2];
        List<List<Pose>> poses = stepThroughRun(robot, s, seen);
        assertTrue(seen[0], "a creature hops when its goroutine steps");
        assertTrue(seen[1], "a running creature walks");
        assertTrue(poses.get(poses.size() - 1).stream().allMatch(p -> p == Pose.DONE),
                "at the end of a clean run every goroutine is done: " + poses.get(poses.size() - 1));
    }

    /**
     * With reduced motion every creature still shows the pose of its goroutine's state at every step
     * (stepThroughRun holds each to {@link Pose#of}, as it does with motion), and nothing moves.
     */
    @Test
    void reducedMotion_showsTheSamePoses_standingStill(FxRobot robot) {
        LevelScreen s = open(robot, CATALOG.byId("dining-philosophers").orElseThrow());
        robot.interact(() -> Motion.put(s, new Motion(true, 1.0)));
        boolean[] seen = new boolean[2];
        int tokensBefore = onFx(() -> s.canvas().stepAnimations());
        List<List<Pose>> still = stepThroughRun(robot, s, seen);
        assertEquals(s.run().length(), still.size(), "a pose for every step");
        assertFalse(seen[0], "no hops");
        assertFalse(seen[1], "no walking");
        assertEquals(tokensBefore, (int) onFx(() -> s.canvas().stepAnimations()), "no tokens travel along the wires");
    }

    @Test
    void deadlockReveal_freezesEveryCreatureAtTheEnd(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, CATALOG.byId("dining-philosophers").orElseThrow());
        verify(s);
        robot.interact(() -> s.reveal().go(s.reveal().traceProperty().get().length()));
        robot.interact(() -> {
            Trace.Moment last = s.reveal().momentProperty().get();
            for (Trace.GoroutineView g : last.goroutines()) {
                if (g.status() == Trace.Status.BLOCKED) {
                    String part = g.name().equals("main") ? "main" : g.template();
                    assertEquals(Pose.FROZEN, s.canvas().creature(part, g.name()).orElseThrow().pose(), g.name());
                }
            }
        });
        robot.interact(() -> s.reveal().go(1));
        robot.interact(() -> assertFalse(s.reveal().momentProperty().get().goroutines().stream()
                .anyMatch(g -> s.canvas().creature(g.name().equals("main") ? "main" : g.template(), g.name())
                        .orElseThrow().pose() == Pose.FROZEN), "nothing is frozen at the first step"));
    }

    @Test
    void leakReveal_leavesTheLeakedGoroutineAGhost(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, CATALOG.byId("first-reply-wins").orElseThrow());
        verify(s);
        robot.interact(() -> s.reveal().go(s.reveal().traceProperty().get().length()));
        robot.interact(() -> {
            Trace.Moment last = s.reveal().momentProperty().get();
            long ghosts = last.goroutines().stream().filter(g -> g.template() != null && g.template().equals("replica"))
                    .filter(g -> s.canvas().creature("replica", g.name()).orElseThrow().pose() == Pose.LEAKED).count();
            assertTrue(ghosts >= 1, "a leaked replica is a ghost: " + last.goroutines());
        });
    }

    @Test
    void raceReveal_sparksBetweenTheTwoAccesses_flickeringOnlyWithMotion(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, CATALOG.byId("write-under-rlock").orElseThrow());
        assertEquals(0, (int) onFx(() -> s.canvas().raceSparkShapes()), "no race shown, no spark");
        verify(s);
        waitUntil("the race spark drawn", () -> s.canvas().raceSparkShapes() > 0);
        assertTrue(onFx(() -> s.canvas().raceSparkling()), "the spark flickers");
        String covered = onFx(() -> {
            javafx.scene.Node spark = s.lookup("#race-spark");
            javafx.geometry.Bounds sb = spark.localToScene(spark.getBoundsInLocal());
            StringBuilder out = new StringBuilder(s.lookupAll(".card-line.site .line-code").isEmpty() ? "no flagged line\n" : "");
            for (javafx.scene.Node code : s.lookupAll(".card-line.site .line-code")) {
                javafx.scene.Node text = code.lookup(".text");
                javafx.geometry.Bounds tb = text.localToScene(text.getBoundsInLocal());
                if (sb.intersects(tb)) {
                    out.append("the spark ").append(sb).append(" covers ").append(((javafx.scene.control.Labeled) code).getText())
                            .append(' ').append(tb).append('\n');
                }
            }
            return out.toString();
        });
        assertEquals("", covered, "the spark lies at the card's edge, off the op's text");
        robot.interact(s::close);
        assertFalse(onFx(() -> s.canvas().raceSparkling()), "a closed screen's spark stops: it would keep the screen alive");

        LevelScreen still = open(robot, CATALOG.byId("write-under-rlock").orElseThrow());
        robot.interact(() -> Motion.put(still, new Motion(true, 1.0)));
        verify(still);
        waitUntil("the race spark drawn", () -> still.canvas().raceSparkShapes() > 0);
        assertFalse(still.canvas().raceSparkling(), "with reduced motion the spark is drawn, still");
    }
}
