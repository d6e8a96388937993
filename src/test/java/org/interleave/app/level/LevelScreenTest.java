package org.interleave.app.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interleave.app.shared.OffThreadJob;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.engine.model.Level;
import org.interleave.level.LevelLoader;
import org.interleave.playback.Trace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The level screen alone in a stage (headless, without FXGL): verifying a buggy design shows its
 * finding on the checklist and reveals it step by step; the reference solution clears; a long
 * verification keeps the screen responsive and can be cancelled.
 */
@ExtendWith(ApplicationExtension.class)
class LevelScreenTest extends LevelScreenStage {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    private static CampaignCatalog.Entry level(String id) {
        return CATALOG.byId(id).orElseThrow();
    }

    private static GoalChecklist.Status status(LevelScreen screen, String item) {
        return screen.checklist().result(item).orElseThrow().status();
    }

    @Test
    void fixLevel_verify_failsTheDeadlockItem_andRevealsTheScheduleStepByStep(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, level("dining-philosophers"));
        assertEquals(GoalChecklist.Status.UNCHECKED, status(s, "no-deadlock"));

        clickVerify(robot, s);
        assertTrue(onFx(() -> s.reveal().traceProperty().get() != null), "a counterexample to reveal");

        assertEquals(GoalChecklist.Status.FAILED, status(s, "no-deadlock"));
        assertEquals(GoalChecklist.Status.MET, status(s, "no-race"));
        assertTrue(text(robot, "#verdict").startsWith("✗ Not cleared: deadlock"), text(robot, "#verdict"));
        assertTrue(text(robot, "#scope").startsWith("All ") && text(robot, "#scope").contains("interleavings checked"),
                text(robot, "#scope"));
        assertEquals("fatal error: all goroutines are asleep - deadlock!", text(robot, "#finding-message"));
        int n = s.reveal().traceProperty().get().length();
        assertEquals("step 1 of " + n, text(robot, "#step-position"));
        assertTrue(robot.lookup("#step-previous").queryButton().isDisabled());

        robot.clickOn("#step-next");
        assertEquals("step 2 of " + n, text(robot, "#step-position"));
        robot.type(KeyCode.RIGHT);
        assertEquals("step 3 of " + n, text(robot, "#step-position"));
        robot.type(KeyCode.LEFT);
        assertEquals("step 2 of " + n, text(robot, "#step-position"));
        robot.clickOn("#step-previous");
        assertEquals("step 1 of " + n, text(robot, "#step-position"));
        assertFalse(text(robot, "#step-actor").isEmpty());

        for (int i = 1; i < n; i++) {
            robot.type(KeyCode.RIGHT);
        }
        assertEquals("step " + n + " of " + n, text(robot, "#step-position"));
        assertTrue(robot.lookup("#step-next").queryButton().isDisabled());
        Trace.Moment last = s.reveal().momentProperty().get();
        String mainAt = last.goroutine("main").orElseThrow().path();
        assertEquals("⊘ main", s.canvas().marksAt("main", mainAt));
    }

    @Test
    void raceLevel_verify_namesTheRaceInGosWords_andOffersEachFinding(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, level("write-under-rlock"));
        clickVerify(robot, s);
        assertTrue(onFx(() -> s.reveal().traceProperty().get() != null), "a counterexample to reveal");

        assertEquals(GoalChecklist.Status.FAILED, status(s, "no-race"));
        assertTrue(text(robot, "#finding-message").startsWith("WARNING: DATA RACE"), text(robot, "#finding-message"));
        assertTrue(s.canvas().flaggedAt("lookup", "ops[2]"), "the racing hits++ is flagged");
        assertFalse(s.canvas().flaggedAt("lookup", "ops[0]"));
        assertTrue(robot.lookup("#finding-2").tryQuery().isPresent(), "a choice between the findings");
        String last = "#finding-" + s.reveal().tracesProperty().get().size();
        // the finding buttons are new with the outcome: click only once a pulse has laid them out
        waitUntil("the last finding's button laid out", () -> {
            javafx.scene.Node b = robot.lookup(last).query();
            return !b.getParent().isNeedsLayout() && b.getLayoutBounds().getWidth() > 0;
        });
        robot.clickOn(last);
        assertEquals("⚠ Wrong output", text(robot, "#finding-kind"));
        assertEquals("step 1 of " + s.reveal().traceProperty().get().length(), text(robot, "#step-position"));
    }

    @Test
    void referenceSolution_verify_clearsTheLevel_withEveryItemMet(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, level("dining-philosophers"));
        robot.clickOn("#show-solution");
        clickVerify(robot, s);

        assertTrue(text(robot, "#verdict").startsWith("✓ Cleared"), text(robot, "#verdict"));
        for (String item : List.of("no-race", "no-deadlock", "no-leak", "no-panic", "output")) {
            assertEquals(GoalChecklist.Status.MET, status(s, item), item);
        }
        assertFalse(robot.lookup("#reveal").query().isVisible());
    }

    @Test
    void switchingDesigns_forgetsTheLastVerdict(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, level("dining-philosophers"));
        clickVerify(robot, s);
        assertTrue(onFx(() -> s.reveal().traceProperty().get() != null), "a counterexample to reveal");
        robot.clickOn("#show-solution");

        assertEquals(GoalChecklist.Status.UNCHECKED, status(s, "no-deadlock"));
        assertFalse(robot.lookup("#verdict").query().isVisible());
        assertEquals(null, s.canvas().momentProperty().get());
        robot.clickOn("#show-solution");  // choosing the shown design again keeps it shown
        assertEquals(s.entry().level().solution().parts().stream().map(p -> p.id()).toList(),
                s.canvas().designProperty().get().parts().stream().map(p -> p.id()).toList());
    }

    @Test
    void longVerification_keepsTheScreenResponsive_andCanBeCancelled(FxRobot robot) throws Exception {
        Level big = LevelLoader.parse("big-pool.level.json", BigDesigns.workerPool(8, 16));
        LevelScreen s = open(robot, new CampaignCatalog.Entry(99, "big-pool.level.json", big));

        robot.clickOn("#verify");
        waitUntil("the progress label counting states", () -> robot.lookup("#progress-label").queryAs(Label.class).getText().matches("Verifying: [1-9][\\d,]* states.*"));
        String first = text(robot, "#progress-label");
        waitUntil("the progress label to change from " + first, () -> !robot.lookup("#progress-label").queryAs(Label.class).getText().equals(first));

        // while the search runs, the screen still answers: the Go view opens and closes, focus
        // moves with Tab, keys are typed, a hint shows, and progress keeps coming
        robot.clickOn("#show-go");
        assertTrue(robot.lookup("#go-view").query().isVisible(), "the Go view opens while verifying");
        javafx.scene.Node before = robot.lookup("#show-go").query().getScene().getFocusOwner();
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.TAB);
        javafx.scene.Node after = robot.lookup("#show-go").query().getScene().getFocusOwner();
        assertTrue(after != null && after != before, "Tab moves the focus while verifying");
        robot.write("gofunc");
        robot.clickOn("#show-go");
        assertTrue(robot.lookup("#go-view").tryQuery().isEmpty(), "the Go view closes again");
        robot.clickOn("#hint");
        assertTrue(robot.lookup(".hint").tryQuery().isPresent(), "the hint shows while verifying");
        String later = text(robot, "#progress-label");
        waitUntil("the progress label to change from " + later, () -> !robot.lookup("#progress-label").queryAs(Label.class).getText().equals(later));
        assertEquals(OffThreadJob.State.RUNNING, s.verification().stateProperty().get(), "still verifying");
        assertTrue(robot.lookup("#verify").queryButton().isDisabled());
        Button cancel = robot.lookup("#cancel").queryButton();
        assertTrue(cancel.isVisible() && !cancel.isDisabled());

        robot.clickOn("#cancel");
        assertEquals("■ Verification cancelled: nothing was proven.", text(robot, "#verdict"));
        assertFalse(robot.lookup("#verify").queryButton().isDisabled());
        assertFalse(robot.lookup("#progress-row").query().isVisible());
        assertEquals(GoalChecklist.Status.UNCHECKED, status(s, "no-deadlock"));
    }

    @Test
    void buildLevelWithoutMain_cannotBeVerified_andSaysWhy(FxRobot robot) {
        LevelScreen s = open(robot, level("wait-for-them"));
        robot.interact(() -> s.canvas().model().apply(new org.interleave.app.canvas.Edit.DeletePart("main")));
        assertTrue(robot.lookup("#verify").queryButton().isDisabled());
        assertTrue(text(robot, "#design-note").startsWith("No main goroutine yet"), text(robot, "#design-note"));
        robot.clickOn("#show-solution");
        assertFalse(robot.lookup("#verify").queryButton().isDisabled());
        assertTrue(s.canvas().designProperty().get().part("main").isPresent());
    }

    @Test
    void sideColumns_foldByTheButtonsInTheirTitles_andOpenFromTheirRails(FxRobot robot) {
        LevelScreen s = open(robot, level("lost-update"));
        assertTrue(s.briefOpenProperty().get() && s.goalOpenProperty().get(), "both open at 1280×720");
        double design = robot.lookup("#canvas-editor").query().getLayoutBounds().getWidth();

        robot.clickOn("#brief-fold");
        robot.clickOn("#goal-fold");
        assertFalse(s.briefOpenProperty().get(), "‹ folds the brief");
        assertFalse(s.goalOpenProperty().get(), "› folds the goal");
        assertTrue(robot.lookup("#brief-rail").query().isVisible() && robot.lookup("#goal-rail").query().isVisible());
        double wider = robot.lookup("#canvas-editor").query().getLayoutBounds().getWidth();
        assertTrue(wider > design + 200, "the design has their room: " + design + " → " + wider);

        robot.clickOn("#brief-rail-open");
        robot.clickOn("#goal-rail-open");
        assertTrue(s.briefOpenProperty().get() && s.goalOpenProperty().get(), "the rails open them again");
    }

    @Test
    void largeText_foldsTheBriefByItself_soTheDesignKeepsItsRoom(FxRobot robot) {
        LevelScreen s = open(robot, level("lost-update"));
        // projector mode's text at 200 % on this window (ProjectorMode caps it at 720 / 22.5 = 32 px)
        robot.interact(() -> s.setStyle("-fx-font-size: 32px;"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(s.briefOpenProperty().get(), "the brief folds: the design would be left under "
                + SideColumns.BRIEF_FOLDS_BELOW_EM + " em");
        robot.interact(() -> s.setStyle(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(s.briefOpenProperty().get(), "and opens again at the normal size");
    }

    @Test
    void largeText_openingTheBriefByHand_foldsTheGoalThatWouldLeaveTheDesignTooNarrow(FxRobot robot) {
        LevelScreen s = open(robot, level("lost-update"));
        robot.interact(() -> s.setStyle("-fx-font-size: 32px;"));  // projector mode at 200 % on this window
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!s.briefOpenProperty().get() && s.goalOpenProperty().get(), "the brief folded by itself, the goal open");
        robot.interact(() -> s.columns().chooseGoal(true));  // as a verdict opens it: the goal is open by choice
        robot.clickOn("#brief-rail-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(s.briefOpenProperty().get(), "the brief opens as asked");
        assertFalse(s.goalOpenProperty().get(), "the goal folds: beside both the design would be left under "
                + SideColumns.GOAL_FOLDS_BELOW_EM + " em");
        double em = 32;
        double design = robot.lookup("#canvas-editor").query().getLayoutBounds().getWidth();
        assertTrue(design >= SideColumns.GOAL_FOLDS_BELOW_EM * em, "the design is " + design + " px wide");
    }
}
