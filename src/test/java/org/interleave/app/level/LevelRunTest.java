package org.interleave.app.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interleave.playback.RunModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Run on the level screen: one execution on the virtual clock, played over the design. */
@ExtendWith(ApplicationExtension.class)
class LevelRunTest extends LevelScreenStage {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void run_playsOverTheDesign_withTheClock_andStepsBackAndForth(FxRobot robot) {
        LevelScreen s = open(robot, "worker-pool");
        robot.clickOn("#show-solution");
        assertFalse(robot.lookup("#run-bar").query().isVisible());
        robot.clickOn("#run");
        RunModel run = s.run();
        assertTrue(robot.lookup("#run-bar").query().isVisible());
        robot.interact(run::pause);

        robot.interact(run::restart);
        assertEquals("tick 0", text(robot, "#run-tick"));
        assertEquals("step 0 of " + run.length(), text(robot, "#run-position"));
        robot.clickOn("#run-step");
        robot.clickOn("#run-step");
        assertEquals("step 2 of " + run.length(), text(robot, "#run-position"));
        assertEquals(run.momentProperty().get(), s.canvas().momentProperty().get(),
                "the design marks the run's moment");
        robot.clickOn("#run-back");
        assertEquals("step 1 of " + run.length(), text(robot, "#run-position"));
        assertTrue(text(robot, "#run-what").contains(" runs "), text(robot, "#run-what"));

        robot.type(KeyCode.RIGHT);
        assertEquals(2, run.stepProperty().get());
        robot.type(KeyCode.HOME);
        assertEquals(0, run.stepProperty().get());

        robot.interact(() -> run.go(run.length()));
        assertEquals("tick " + run.momentProperty().get().step().clock(), text(robot, "#run-tick"));
        long par = s.entry().level().par().ticks();
        assertTrue(text(robot, "#run-summary").contains("main returned at tick " + par), text(robot, "#run-summary"));
        assertEquals(GoalChecklist.Status.MET, s.checklist().result("ticks").orElseThrow().status(),
                "the run meets the tick goal on the checklist");

        // so slow that a busy machine cannot play it to its end between the two clicks
        robot.interact(() -> run.speedProperty().set(0.01));
        robot.clickOn("#run-play");
        assertTrue(run.playingProperty().get(), "play at the end plays again from the start");
        robot.clickOn("#run-play");
        assertFalse(run.playingProperty().get());

        robot.type(KeyCode.ESCAPE);
        assertFalse(robot.lookup("#run-bar").query().isVisible(), "Esc leaves the run");
        assertNull(s.canvas().momentProperty().get());
    }

    @Test
    void theTickGoal_isNotMetMidRun_onlyOnceTheRunEnds(FxRobot robot) {
        // the run is known whole when it starts: the checklist ticked "Main returns within 28
        // ticks" as met at tick 0, while main still had its jobs to send
        LevelScreen s = open(robot, "worker-pool");
        robot.clickOn("#show-solution");
        robot.clickOn("#run");
        RunModel run = s.run();
        robot.interact(run::pause);
        robot.interact(() -> run.go(1));
        assertEquals(GoalChecklist.Status.UNCHECKED, s.checklist().result("ticks").orElseThrow().status(),
                "mid-run, main has not returned yet");
        robot.interact(() -> run.go(run.length()));
        assertEquals(GoalChecklist.Status.MET, s.checklist().result("ticks").orElseThrow().status(),
                "at the run's end, main returned within the budget");
        robot.interact(run::restart);
        assertEquals(GoalChecklist.Status.UNCHECKED, s.checklist().result("ticks").orElseThrow().status(),
                "played again from the start, it is not met yet");
    }

    @Test
    void speedChoice_changesHowFastTheRunPlays(FxRobot robot) {
        LevelScreen s = open(robot, "worker-pool");
        robot.clickOn("#show-solution");
        robot.clickOn("#run");
        double normal = s.run().frameMillis();
        robot.interact(() -> robot.lookup("#run-speed").<Double>queryComboBox().setValue(4.0));
        assertEquals(normal / 4, s.run().frameMillis(), 1e-9);
    }

    @Test
    void designWithoutMain_cannotRun(FxRobot robot) {
        LevelScreen s = open(robot, "wait-for-them");
        robot.interact(() -> s.canvas().model().apply(new org.interleave.app.canvas.Edit.DeletePart("main")));
        assertTrue(robot.lookup("#run").queryButton().isDisabled());
    }
}
