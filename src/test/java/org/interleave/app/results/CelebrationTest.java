package org.interleave.app.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.app.shared.cast.Creature;
import org.interleave.app.shared.cast.Motion;
import org.interleave.app.shared.cast.Pose;
import org.interleave.level.save.Progress;
import org.interleave.level.save.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.interleave.app.Pulses;

/** A clear is celebrated when its results appear: confetti falls and the level's goroutines hop, or stand still with reduced motion. */
@ExtendWith(ApplicationExtension.class)
class CelebrationTest {
    private static final CampaignCatalog CATALOG = CampaignCatalog.fromClassPath();
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 1280, 720));
        stage.show();
    }

    private ResultsView showResults(FxRobot robot, boolean reduced) {
        return showResults(robot, new Motion(reduced, 1.0));
    }

    private ResultsView showResults(FxRobot robot, Motion motion) {
        CampaignCatalog.Entry entry = CATALOG.byId("dining-philosophers").orElseThrow();
        Score score = new Score(20, 7, 100, 20);
        Progress progress = Progress.empty().withRun(entry.level().id(), score, true);
        ResultsView[] shown = new ResultsView[1];
        robot.interact(() -> {
            Motion.put(root, motion);
            shown[0] = new ResultsView(entry, score, progress.level(entry.level().id()), null, true,
                    () -> { }, () -> { }, () -> { });
            root.getChildren().setAll(shown[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return shown[0];
    }

    /**
     * Waits until the cast is in the scene and the celebration has had its turn: the results' body
     * joins the scene at its scroll pane's first layout, which a pulse brings, not a task.
     */
    private static void shown(Celebration c) throws Exception {
        org.interleave.app.Pulses.until("the celebration in the scene", () -> c.cast().getScene() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clearing_throwsConfetti_andTheLevelsGoroutinesHop(FxRobot robot) throws Exception {
        ResultsView r = showResults(robot, false);
        Celebration c = r.celebration();
        shown(c);
        assertEquals(4, c.creatures().size(), "the level's four goroutines");
        assertEquals(1, (int) Pulses.onFx(c::bursts), "confetti falls, once");
        shown(c);
        for (Creature creature : c.creatures()) {
            assertEquals(Pose.DONE, creature.pose());
            assertEquals(1, (int) Pulses.onFx(creature::hops), creature.name() + " hops, once");
        }
    }

    @Test
    void theConfetti_fallsOverTheAnimationSpeed(FxRobot robot) throws Exception {
        double normal = Pulses.onFx(showResults(robot, new Motion(false, 1.0)).celebration()::fallMillis);
        assertTrue(normal >= Celebration.FALL_MIN_MILLIS && normal <= Celebration.FALL_MAX_MILLIS, "at normal speed: " + normal);
        double fast = Pulses.onFx(showResults(robot, new Motion(false, 2.0)).celebration()::fallMillis);
        assertEquals(normal / 2, fast, 1e-9, "twice as fast, the same confetti falls in half the time");
        double slow = Pulses.onFx(showResults(robot, new Motion(false, 0.5)).celebration()::fallMillis);
        assertEquals(normal * 2, slow, 1e-9, "and at half speed in twice the time");
        Creature hopping = showResults(robot, new Motion(false, 0.5)).celebration().creatures().get(0);
        assertEquals(Creature.HOP_MILLIS / 0.5, Pulses.onFx(hopping::hopMillis), 1e-9,
                "the cast hops at the same speed");
    }

    @Test
    void theCast_wearsTheGoroutinesOkabeItoColours(FxRobot robot) throws Exception {
        List<String> okabeIto = List.of("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7");
        List<Creature> cast = showResults(robot, false).celebration().creatures();
        for (int i = 0; i < cast.size(); i++) {
            Creature c = cast.get(i);
            assertEquals(Color.web(okabeIto.get(i % okabeIto.size())), Pulses.onFx(c::colour), c.name());
        }
    }

    @Test
    void reducedMotion_leavesTheConfettiLyingStill_andTheGoroutinesStanding(FxRobot robot) throws Exception {
        ResultsView r = showResults(robot, true);
        Celebration c = r.celebration();
        shown(c);
        assertEquals(0, (int) Pulses.onFx(c::bursts), "nothing falls");
        assertFalse(Pulses.onFx(c::playing));
        assertEquals(0, Pulses.onFx(c::fallMillis), "no time spent falling");
        assertEquals(70, (int) Pulses.onFx(c::pieces), "the confetti is there, still");
        for (Creature creature : c.creatures()) {
            assertEquals(Pose.DONE, creature.pose());
            assertEquals(0, creature.hops());
        }
    }
}
