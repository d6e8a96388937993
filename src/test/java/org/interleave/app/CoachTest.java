package org.interleave.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interleave.app.level.Coach;
import org.interleave.app.level.LevelScreen;
import org.interleave.engine.model.Goal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The controls are taught inside the game: the first campaign level of each mode has a coach
 * whose lessons tick off as the player uses each control; later levels have none.
 */
@ExtendWith(ApplicationExtension.class)
class CoachTest extends GameStage {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    private LevelScreen open(FxRobot robot, String id) {
        launch(robot, PlayerProfile.inMemory());
        interact(() -> shell.openLevel(CATALOG.byId(id).orElseThrow()));
        return (LevelScreen) shell.screen();
    }

    private static String count(FxRobot robot) {
        return text(robot, "#coach-count");
    }

    private static String firstOf(Goal.Mode mode) {
        return CATALOG.entries().stream().filter(e -> e.level().mode() == mode).findFirst().orElseThrow().level().id();
    }

    @Test
    void onlyTheFirstCampaignLevelOfEachMode_hasACoach() {
        long coached = CATALOG.entries().stream().filter(e -> Coach.forEntry(CATALOG, e).isPresent()).count();
        assertEquals(3, coached, "one per mode: break, build, fix");
        for (Goal.Mode mode : Goal.Mode.values()) {
            var entry = CATALOG.byId(firstOf(mode)).orElseThrow();
            assertTrue(Coach.forEntry(CATALOG, entry).isPresent(), mode + " " + entry.level().id());
        }
    }

    @Test
    void breakLevel_lessonsTickOff_asThePlayerSchedulesBreaksAndVerifies(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, firstOf(Goal.Mode.BREAK));
        assertTrue(robot.lookup("#coach").query().isVisible());
        assertEquals("0 of 3", count(robot));

        robot.clickOn("#you-schedule");
        assertEquals("1 of 3", count(robot));
        assertTrue(robot.lookup("#coach-lesson-1").query().getStyleClass().contains("done"));
        assertEquals("✓", robot.lookup("#coach-lesson-1 .coach-mark").queryAs(Label.class).getText(), "a tick, not colour alone");
        for (int i = 0; i < 6 && !shell.dialog().isPresent(); i++) {
            robot.type(KeyCode.DIGIT1);  // main runs on and ends before the greeter ever prints
        }
        assertTrue(shell.dialog().isPresent(), "breaking it as the scheduler clears the level: the results show");
        assertEquals("2 of 3", count(robot));
        robot.type(KeyCode.ESCAPE);  // stay on the level
        robot.type(KeyCode.ESCAPE);  // leave the scheduler
        verify(s);
        assertTrue(onFx(() -> s.reveal().traceProperty().get().length()) > 1, "a counterexample to step through");
        assertEquals("all done", count(robot));
    }

    @Test
    void buildLevel_teachesAddingAnOp_undo_andRun(FxRobot robot) {
        open(robot, firstOf(Goal.Mode.BUILD));
        assertEquals("0 of 5", count(robot));
        robot.clickOn("#part-main .goroutine-title");
        robot.clickOn("#add-op");
        robot.clickOn(n -> "add-op-wait".equals(n.getId()) && inPopup(n));
        assertEquals("1 of 5", count(robot));
        robot.clickOn("#run");
        assertEquals("2 of 5", count(robot));
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#canvas");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("3 of 5", count(robot));
        robot.clickOn("#coach-hide");
        assertFalse(robot.lookup("#coach").query().isVisible(), "the player can hide it");
    }

    @Test
    void laterLevels_haveNoCoach(FxRobot robot) {
        LevelScreen s = open(robot, "lost-update");
        assertTrue(s.coach().isEmpty());
        assertTrue(robot.lookup("#coach").tryQuery().isEmpty());
    }
}
