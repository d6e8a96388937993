package org.interleave.app.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.interleave.app.Pulses;
import org.interleave.app.canvas.BoardMoves;
import org.interleave.app.shared.cast.Creature;
import org.interleave.app.shared.cast.Motion;
import org.interleave.app.shared.cast.Pose;
import org.interleave.engine.model.Part;
import org.interleave.playback.RunModel;
import org.interleave.playback.Trace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every motion on the board takes its time over the animation speed — a token along its wire, a
 * creature's hop and walk, a race's spark, a deadlock's pulse — and none at all with reduced
 * motion, which shows the same states; and each goroutine's creatures wear its Okabe–Ito colour.
 */
@ExtendWith(ApplicationExtension.class)
class MotionSpeedTest extends LevelScreenStage {
    /** Okabe–Ito without black, in the order goroutines take them: the palette's published values. */
    private static final List<String> OKABE_ITO = List.of("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2",
            "#D55E00", "#CC79A7");
    private static final String LEVEL = "dining-philosophers";

    @Start
    void start(Stage stage) {
        show(stage);
    }

    /** The durations of the motions seen while stepping through a run, and the poses after each step. */
    private record Seen(List<Double> tokens, List<Double> arrivals, List<Double> hops, List<Double> walks,
                        List<List<Pose>> poses, List<List<Pose>> states) {}

    /**
     * Steps through the run of the solution; from step {@code changeAt} on, motion is {@code after}
     * (until then it is what the screen has). Only the motions that started after the change are kept.
     */
    private Seen stepThroughRun(FxRobot robot, LevelScreen s, int changeAt, Motion after) {
        playSolution(s);
        RunModel run = s.run();
        javafx.scene.Scene scene = s.getScene();
        Pulses.interact(scene, run::pause);
        Pulses.interact(scene, run::restart);
        Seen seen = new Seen(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        int[] tokens = {0};
        // each step is shown, then (after the pulses that lay it out) read together with showing the next one
        Pulses.interact(scene, () -> {
            if (changeAt <= 1) {
                Motion.put(s, after);
            }
            tokens[0] = s.canvas().stepAnimations();
            run.go(1);
        });
        for (int i = 1; i <= run.length(); i++) {
            int step = i;
            Pulses.interact(scene, () -> {
                Trace.Moment m = run.momentProperty().get();
                boolean counts = step >= changeAt;
                if (counts && s.canvas().stepAnimations() > tokens[0]) {
                    seen.tokens().add(s.canvas().stepAnimationMillis());
                    if (s.canvas().stepArrivalMillis() > 0) {
                        seen.arrivals().add(s.canvas().stepArrivalMillis());
                    }
                }
                List<Pose> poses = new ArrayList<>();
                List<Pose> states = new ArrayList<>();
                for (Trace.GoroutineView g : m.goroutines()) {
                    Creature c = creature(s, g);
                    poses.add(c.pose());
                    states.add(Pose.of(g, m.goroutines()));
                    if (counts && g.name().equals(m.step().actor()) && c.hops() > 0) {
                        seen.hops().add(c.hopMillis());
                    }
                    if (counts && c.walking()) {
                        seen.walks().add(c.walkMillis());
                    }
                }
                seen.poses().add(poses);
                seen.states().add(states);
                if (step + 1 == changeAt) {
                    Motion.put(s, after);
                }
                tokens[0] = s.canvas().stepAnimations();
                if (step < run.length()) {
                    run.go(step + 1);
                }
            });
        }
        return seen;
    }

    private static Creature creature(LevelScreen s, Trace.GoroutineView g) {
        String part = g.name().equals("main") ? "main" : g.template();
        return s.canvas().creature(part, g.name()).orElseThrow(() -> new AssertionError("no creature for " + g.name()));
    }

    private void assertAllAt(List<Double> millis, double normal, double speed, String what) {
        assertFalse(millis.isEmpty(), "some " + what + " played");
        for (double m : millis) {
            assertEquals(normal / speed, m, 1e-9, what + " at speed " + speed + ": " + millis);
        }
    }

    private void tokensHopsAndWalks_followTheSpeed(FxRobot robot, double speed) {
        LevelScreen s = open(robot, CATALOG.byId(LEVEL).orElseThrow());
        Seen seen = stepThroughRun(robot, s, 1, new Motion(false, speed));
        assertAllAt(seen.tokens(), BoardMoves.TOKEN_MILLIS, speed, "tokens");
        assertAllAt(seen.arrivals(), BoardMoves.ARRIVAL_MILLIS, speed, "pulses of the parts tokens reach");
        assertAllAt(seen.hops(), Creature.HOP_MILLIS, speed, "hops");
        assertAllAt(seen.walks(), Creature.STEP_MILLIS, speed, "walking steps");
    }

    @Test
    void tokensHopsAndWalking_twiceAsFast_takeHalfTheTime(FxRobot robot) {
        tokensHopsAndWalks_followTheSpeed(robot, 2.0);
    }

    @Test
    void tokensHopsAndWalking_atHalfSpeed_takeTwiceTheTime(FxRobot robot) {
        tokensHopsAndWalks_followTheSpeed(robot, 0.5);
    }

    @Test
    void aSpeedChangedMidRun_isKeptByTheMotionsAfterIt_walkingIncluded(FxRobot robot) {
        LevelScreen s = open(robot, CATALOG.byId(LEVEL).orElseThrow());
        Seen seen = stepThroughRun(robot, s, 4, new Motion(false, 2.0));
        assertAllAt(seen.tokens(), BoardMoves.TOKEN_MILLIS, 2.0, "tokens");
        assertAllAt(seen.hops(), Creature.HOP_MILLIS, 2.0, "hops");
        assertAllAt(seen.arrivals(), BoardMoves.ARRIVAL_MILLIS, 2.0, "pulses of the parts tokens reach");
        assertAllAt(seen.walks(), Creature.STEP_MILLIS, 2.0, "walking steps, of creatures that walked before the change too");
    }

    /**
     * With reduced motion nothing takes time, and every creature still shows the pose of its
     * goroutine's state at every step, as with motion (CharactersTest's run).
     */
    @Test
    void reducedMotion_takesNoTime_andShowsTheSamePoses(FxRobot robot) {
        LevelScreen s = open(robot, CATALOG.byId(LEVEL).orElseThrow());
        Seen still = stepThroughRun(robot, s, 1, new Motion(true, 1.0));
        assertEquals(still.states(), still.poses(), "reduced motion hides no state");
        assertEquals(s.run().length(), still.poses().size(), "a pose for every step");
        assertEquals(List.of(), still.tokens(), "no token travels");
        assertEquals(List.of(), still.arrivals(), "no part pulses");
        assertEquals(List.of(), still.hops(), "no creature hops");
        assertEquals(List.of(), still.walks(), "no creature walks");
        robot.interact(() -> {
            for (Trace.GoroutineView g : s.run().momentProperty().get().goroutines()) {
                assertEquals(0, creature(s, g).hopMillis(), g.name());
                assertEquals(0, creature(s, g).walkMillis(), g.name());
            }
        });
    }

    @Test
    void eachGoroutinesCreatures_wearItsOkabeItoColour_inDesignOrder(FxRobot robot) {
        LevelScreen s = open(robot, CATALOG.byId(LEVEL).orElseThrow());
        playSolution(s);
        robot.interact(s.run()::pause);
        robot.interact(() -> s.run().go(s.run().length()));
        robot.interact(() -> {
            List<String> goroutines = s.canvas().model().design().parts().stream()
                    .filter(Part.Goroutine.class::isInstance).map(Part::id).toList();
            assertTrue(goroutines.size() >= 3, "a design with several goroutines: " + goroutines);
            String main = goroutines.stream().filter(id -> s.canvas().model().design().part(id).orElseThrow()
                    instanceof Part.Goroutine g && g.start() == Part.Start.MAIN).findFirst().orElseThrow();
            int checked = 0;
            for (Trace.GoroutineView g : s.run().momentProperty().get().goroutines()) {
                String part = g.name().equals("main") ? main : g.template();
                Color expected = Color.web(OKABE_ITO.get(goroutines.indexOf(part) % OKABE_ITO.size()));
                assertEquals(expected, s.canvas().creature(part, g.name()).orElseThrow().colour(), g.name() + " of " + part);
                checked++;
            }
            assertTrue(checked >= 3, "every instance checked: " + checked);
        });
    }

    @Test
    void aRacesSpark_flickersAtTheAnimationSpeed_andStandsStillWithReducedMotion(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, CATALOG.byId("write-under-rlock").orElseThrow());
        robot.interact(() -> Motion.put(s, new Motion(false, 0.5)));
        verify(s);
        waitUntil("the race spark drawn", () -> s.canvas().raceSparkShapes() > 0);
        assertEquals(BoardMoves.SPARK_MILLIS / 0.5, onFx(() -> s.canvas().raceSparkMillis()), 1e-9, "half speed, twice as long");

        LevelScreen still = open(robot, CATALOG.byId("write-under-rlock").orElseThrow());
        robot.interact(() -> Motion.put(still, new Motion(true, 0.5)));
        verify(still);
        waitUntil("the race spark drawn", () -> still.canvas().raceSparkShapes() > 0);
        assertEquals(0, onFx(() -> still.canvas().raceSparkMillis()), "drawn, but still");
    }

    @Test
    void aDeadlocksPulse_takesItsTimeOverTheSpeed_andStopsWithReducedMotion(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, CATALOG.byId(LEVEL).orElseThrow());
        robot.interact(() -> Motion.put(s, new Motion(false, 0.5)));
        verify(s);
        robot.interact(() -> s.reveal().go(s.reveal().traceProperty().get().length()));
        BoardMoves slow = onFx(() -> s.canvas().moves());
        assertTrue(slow.pulsing());
        assertEquals(BoardMoves.PULSE_MILLIS / 0.5, slow.pulseMillis(), 1e-9);

        LevelScreen still = open(robot, CATALOG.byId(LEVEL).orElseThrow());
        robot.interact(() -> Motion.put(still, new Motion(true, 0.5)));
        verify(still);
        robot.interact(() -> still.reveal().go(still.reveal().traceProperty().get().length()));
        BoardMoves frozen = onFx(() -> still.canvas().moves());
        assertTrue(frozen.frozen() && !frozen.ringed().isEmpty(), "the freeze and its cycle still show");
        assertEquals(0, frozen.pulseMillis(), "but nothing pulses");
    }
}
