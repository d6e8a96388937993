package org.interleave.app.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.interleave.app.GameStage;
import org.interleave.app.PlayerProfile;
import org.interleave.app.canvas.Edit;
import org.interleave.app.level.LevelScreen;
import org.interleave.level.save.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The sound triggers beyond the editor and a fix level's verdict: stepping through what Verify
 * found, a break level (whose Verify only shows the outcome can happen, and whose clear is the
 * player's own schedule), the palette's ops, redo and start over, and a verdict that fails with no
 * finding (too slow). The game's audio is an {@link AudioLog}: silent, and it records each sound.
 */
@ExtendWith(ApplicationExtension.class)
class RevealAndScheduleSoundsTest extends GameStage {
    private static final String TRANSFER = "transfer-deadlock";

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private AudioLog log() {
        return (AudioLog) shell.audio().output();
    }

    private LevelScreen open(FxRobot robot, PlayerProfile profile, String id) {
        launch(robot, profile);
        interact(() -> shell.openLevel(CATALOG.byId(id).orElseThrow()));
        interact(() -> log().clear());
        return (LevelScreen) shell.screen();
    }

    @Test
    void steppingForwardThroughWhatVerifyFound_playsAStep_andShowingItOrSteppingBackDoesNot(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, PlayerProfile.inMemory(), "dining-philosophers");  // a deadlock after 7 steps
        verify(s);
        assertEquals(List.of(Effect.VERIFY, Effect.DEADLOCK), log().effects(), "the finding shown at its first step is silent");
        assertEquals(1, onFx(() -> s.reveal().stepProperty().get()));
        interact(() -> s.reveal().next());
        interact(() -> s.reveal().next());
        interact(() -> s.reveal().previous());
        assertEquals(List.of(Effect.VERIFY, Effect.DEADLOCK, Effect.STEP, Effect.STEP), log().effects());
    }

    @Test
    void aBreakLevelsVerify_playsTheOutcomeItCanReach_notAClear(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, PlayerProfile.inMemory(), TRANSFER);
        verify(s);
        assertEquals(List.of(Effect.VERIFY, Effect.DEADLOCK), log().effects(),
                "nothing is cleared yet: the player must make the deadlock happen");
    }

    /** Takes the five steps that deadlock transfer-deadlock (YouScheduleTest's winning order). */
    private void breakTransfer(FxRobot robot) {
        robot.clickOn("#you-schedule");
        for (String actor : List.of("main", "main", "main", "aToB-0", "bToA-0")) {
            robot.clickOn("#actor-" + actor);
        }
    }

    @Test
    void eachStepOfTheYouSchedule_playsAStep_andMakingItBreak_playsTheClear(FxRobot robot) {
        open(robot, PlayerProfile.inMemory(), TRANSFER);
        breakTransfer(robot);
        assertEquals(List.of(Effect.STEP, Effect.STEP, Effect.STEP, Effect.STEP, Effect.STEP, Effect.CLEAR),
                log().effects());
    }

    @Test
    void aDeadlockMadeInTheSandbox_isHeardAsADeadlock_afterItsStep(FxRobot robot) {
        open(robot, PlayerProfile.inMemory(), "dining-philosophers");
        robot.clickOn("#you-schedule");
        for (String actor : List.of("main", "main", "main", "main", "p0-0", "p1-0")) {
            robot.clickOn("#actor-" + actor);
        }
        assertEquals(List.of(Effect.STEP, Effect.STEP, Effect.STEP, Effect.STEP, Effect.STEP, Effect.STEP),
                log().effects(), "no finding yet");
        robot.clickOn("#actor-p2-0");  // each philosopher holds one fork and waits for the next
        List<Effect> heard = log().effects();
        assertEquals(List.of(Effect.STEP, Effect.DEADLOCK), heard.subList(heard.size() - 2, heard.size()));
    }

    @Test
    void undoingAStepOfTheYouSchedule_playsUndo_andRedoingIt_aStep(FxRobot robot) {
        open(robot, PlayerProfile.inMemory(), TRANSFER);
        robot.clickOn("#you-schedule");
        robot.clickOn("#actor-main").clickOn("#actor-main");
        robot.clickOn("#scheduler-undo");
        robot.clickOn("#scheduler-redo");
        robot.clickOn("#scheduler-restart");
        assertEquals(List.of(Effect.STEP, Effect.STEP, Effect.UNDO, Effect.STEP, Effect.UNDO), log().effects());
    }

    @Test
    void breakingItInFewerStepsThanYourBest_playsNewBest(FxRobot robot) {
        PlayerProfile profile = PlayerProfile.inMemory();
        profile.recordRun(TRANSFER, new Score(9, 0, 0), true);
        open(robot, profile, TRANSFER);
        breakTransfer(robot);
        List<Effect> heard = log().effects();
        assertEquals(List.of(Effect.CLEAR, Effect.NEW_BEST), heard.subList(heard.size() - 2, heard.size()));
    }

    @Test
    void anOpFromThePalette_playsPlace_redoPlaysUndo_andStartOverPlaysUndo(FxRobot robot) {
        LevelScreen s = open(robot, PlayerProfile.inMemory(), "send-before-go");
        interact(() -> s.canvas().model().apply(new Edit.InsertOp("main", "", "ops", 0, "go")));
        assertEquals(List.of(Effect.PLACE), log().effects());
        interact(() -> s.canvas().model().undo());
        interact(() -> s.canvas().model().redo());
        assertEquals(List.of(Effect.PLACE, Effect.UNDO, Effect.UNDO), log().effects());
        interact(() -> s.canvas().model().apply(new Edit.Reset(s.entry().level().design())));
        assertEquals(List.of(Effect.PLACE, Effect.UNDO, Effect.UNDO, Effect.UNDO), log().effects());
    }

    @Test
    void aDesignThatHoldsButIsTooSlow_playsTheFailure(FxRobot robot) throws Exception {
        Path file = dir.resolve("too-slow.level.json");
        Files.writeString(file, """
                {"format": 1, "id": "too-slow", "title": "Too slow", "mode": "build",
                 "goal": {"maxTicks": 2},
                 "design": {"parts": [
                   {"id": "main", "type": "goroutine", "start": "main",
                    "ops": [{"op": "work", "ticks": 5}]}]}}
                """);
        launch(robot, PlayerProfile.inMemory());
        interact(() -> shell.openCustom(file));
        interact(() -> log().clear());
        LevelScreen s = ((org.interleave.app.custom.CustomLevelScreen) shell.screen()).levelScreen();
        verify(s);
        assertEquals(List.of(Effect.VERIFY, Effect.FAIL), log().effects());
    }
}
