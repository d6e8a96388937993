package org.interleave.app.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interleave.app.schedule.HandSchedule;
import org.interleave.app.schedule.SchedulerView;
import org.interleave.cli.InterleaveCommand;
import org.interleave.engine.Finding;
import org.interleave.engine.Program;
import org.interleave.engine.Schedule;
import org.interleave.engine.model.Level;
import org.interleave.explore.Execution;
import org.interleave.explore.Replayer;
import org.interleave.explore.SearchBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import picocli.CommandLine;

/**
 * "You schedule" in the level screen: a break level is won by clicking goroutines in a winning
 * order, and the schedule made replays to the same finding in the engine and the CLI; undo,
 * redo, number keys, select cases, the sandbox on other levels, and Esc.
 */
@ExtendWith(ApplicationExtension.class)
class YouScheduleTest extends LevelScreenStage {
    private static final String TRANSFER = "transfer-deadlock";
    private static final String TRANSFER_FILE = "levels/11-transfer-deadlock.level.json";

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private static String tokens(FxRobot robot) {
        return robot.lookup("#schedule-tokens").queryAs(TextField.class).getText();
    }

    private static boolean won(FxRobot robot) {
        return robot.lookup("#win-title").tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void breakLevel_wonByClickingTheGoroutinesInAWinningOrder_andTheScheduleReplaysToTheSameDeadlock(FxRobot robot) {
        LevelScreen s = open(robot, TRANSFER);
        robot.clickOn("#you-schedule");
        assertTrue(s.scheduler().isOpen());
        assertTrue(text(robot, "#scheduler-target").contains("fatal error: all goroutines are asleep - deadlock!"));

        robot.clickOn("#actor-main").clickOn("#actor-main").clickOn("#actor-main");
        assertFalse(won(robot));
        robot.clickOn("#actor-aToB-0");
        assertFalse(won(robot));
        robot.clickOn("#actor-bToA-0");

        assertTrue(won(robot));
        assertTrue(text(robot, "#win-title").contains("deadlock"), text(robot, "#win-title"));
        assertEquals("fatal error: all goroutines are asleep - deadlock!", text(robot, "#win-message"));
        String made = tokens(robot);
        assertEquals("main main main aToB#0 bToA#0", made);

        HandSchedule h = s.scheduler().view().model().current();
        Finding finding = h.reached().orElseThrow();
        Level level = h.level();
        SearchBudget b = SearchBudget.of(level.bounds());
        Execution again = new Replayer(new Program(level.design()), level.goal(), b.maxSteps(), b.limits())
                .replay(Schedule.parse(made), true);
        assertTrue(again.findings().stream().anyMatch(f -> f.key().equals(finding.key())), again.findings().toString());

        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new InterleaveCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        int exit = cli.execute("replay", TRANSFER_FILE, "--schedule", made);
        assertEquals(1, exit, out.toString());
        assertTrue(out.toString().contains("deadlock after step 5: fatal error: all goroutines are asleep - deadlock!"),
                out.toString());
    }

    @Test
    void numberKeys_pickGoroutines_andBackspaceUndoes_ctrlYRedoes(FxRobot robot) {
        open(robot, TRANSFER);
        robot.clickOn("#you-schedule");
        for (KeyCode k : List.of(KeyCode.DIGIT1, KeyCode.DIGIT1, KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3)) {
            robot.type(k);
        }
        assertTrue(won(robot));
        assertEquals("main main main aToB#0 bToA#0", tokens(robot));

        robot.type(KeyCode.BACK_SPACE);
        assertFalse(won(robot));
        assertEquals("main main main aToB#0", tokens(robot));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("main main main", tokens(robot));
        assertFalse(robot.lookup("#scheduler-redo").queryAs(Button.class).isDisabled());

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertEquals("main main main aToB#0", tokens(robot));
        robot.clickOn("#scheduler-undo");
        assertEquals("main main main", tokens(robot));
        // a different step drops what could have been redone
        robot.type(KeyCode.DIGIT3);
        assertEquals("main main main bToA#0", tokens(robot));
        assertTrue(robot.lookup("#scheduler-redo").queryAs(Button.class).isDisabled());
    }

    @Test
    void ctrlShiftC_copiesTheScheduleMade(FxRobot robot) throws Exception {
        open(robot, TRANSFER);
        robot.clickOn("#you-schedule");
        robot.type(KeyCode.DIGIT1).type(KeyCode.DIGIT1);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        String copied = onFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertEquals("main main", copied);
        assertEquals("Copied ✓", robot.lookup("#copy-schedule").queryAs(Button.class).getText());
    }

    @Test
    void undoneSteps_leaveTheSameStateAsBefore(FxRobot robot) {
        LevelScreen s = open(robot, TRANSFER);
        robot.clickOn("#you-schedule");
        robot.type(KeyCode.DIGIT1).type(KeyCode.DIGIT1).type(KeyCode.DIGIT1);
        List<HandSchedule.Actor> before = s.scheduler().view().model().current().actors();
        robot.type(KeyCode.DIGIT2).type(KeyCode.BACK_SPACE);
        assertEquals(before, s.scheduler().view().model().current().actors());
        assertTrue(robot.lookup("#actor-aToB-0").queryAs(Node.class).getStyleClass().contains("can-move"));
    }

    @Test
    void selectWithTwoReadyCases_asksWhichCase_andTheLetterPicksIt(FxRobot robot) {
        open(robot, "select-is-random");
        robot.clickOn("#you-schedule");
        robot.type(KeyCode.DIGIT1).type(KeyCode.DIGIT1).type(KeyCode.DIGIT1);
        robot.type(KeyCode.DIGIT2);
        assertEquals("main main main", tokens(robot), "a select with two ready cases waits for the choice");
        assertNotNull(robot.lookup("#actor-worker-case-b").query());
        robot.type(KeyCode.B);
        assertEquals("main main main worker:1", tokens(robot));
    }

    @Test
    void caseButton_takesThatCase(FxRobot robot) {
        open(robot, "select-is-random");
        robot.clickOn("#you-schedule");
        robot.type(KeyCode.DIGIT1).type(KeyCode.DIGIT1).type(KeyCode.DIGIT1);
        robot.clickOn("#actor-worker-case-a");
        assertEquals("main main main worker:0", tokens(robot));
    }

    @Test
    void otherLevels_offerTheSandbox_andEscGoesBackToTheDesign(FxRobot robot) {
        LevelScreen s = open(robot, "dining-philosophers");
        Node centre = s.getCenter();
        assertEquals("Sandbox", robot.lookup("#you-schedule").queryAs(Button.class).getText());
        robot.press(KeyCode.ALT).type(KeyCode.Y).release(KeyCode.ALT);
        assertTrue(s.scheduler().isOpen());
        assertTrue(s.getCenter() instanceof SchedulerView);
        assertNull(s.scheduler().view().model().current().target());
        robot.type(KeyCode.ESCAPE);
        assertFalse(s.scheduler().isOpen());
        assertSame(centre, s.getCenter());
        assertNotNull(s.getRight());
    }

    @Test
    void closedTooSoon_aSendAfterTheClose_isThePanicWin(FxRobot robot) {
        LevelScreen s = open(robot, "closed-too-soon");
        robot.clickOn("#you-schedule");
        // main starts both workers, worker#0 sends, main receives and closes, worker#1 sends: panic
        for (String who : List.of("main", "main", "worker-0", "main", "main", "worker-1")) {
            robot.clickOn("#actor-" + who);
        }
        assertTrue(won(robot), () -> s.scheduler().view().model().current().findings().toString());
        assertEquals("panic: send on closed channel", text(robot, "#win-message"));
    }
}
