package org.interleave.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.interleave.app.canvas.Edit;
import org.interleave.app.level.LevelScreen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What the game says outside its screens — an error that escaped it, a design "You schedule" cannot
 * run — shows in a dialog inside its window, in its theme (which the layout audit judges), never in
 * a window of JavaFX's or FXGL's own look.
 */
@ExtendWith(ApplicationExtension.class)
class DialogsInWindowTest extends GameStage {
    @Start
    void start(Stage stage) {
        showGame(stage);
    }

    /** The windows shown now but the test's own stage. */
    private List<Window> otherWindows() {
        return Pulses.onFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w != root().getScene().getWindow()).toList());
    }

    @Test
    void aDesignYouScheduleCannotRun_isExplainedInTheGamesDialog_notInAnAlertWindow(FxRobot robot) throws Exception {
        interact(() -> shell.openLevel(CATALOG.byId("worker-pool").orElseThrow()));
        LevelScreen s = (LevelScreen) shell.screen();
        // main locks a mutex the design does not have: the design cannot run
        var broken = org.interleave.level.LevelLoader.readDesign("broken", "{\"parts\": [{\"id\": \"main\", "
                + "\"type\": \"goroutine\", \"start\": \"main\", \"ops\": [{\"op\": \"lock\", \"mu\": \"nowhere\"}]}]}");
        interact(() -> s.canvas().model().apply(new Edit.Reset(broken)));
        interact(() -> ((javafx.scene.control.Button) s.lookup("#you-schedule")).fire());
        assertEquals(List.of(), otherWindows(), "no window but the game's");
        String said = Pulses.onFx(() -> shell.dialog().map(d -> ((Label) d.lookup("#message-text")).getText()).orElse(""));
        assertTrue(said.startsWith("This design cannot run yet"), "the game's dialog says why: " + said);
    }

    @Test
    void anErrorThatEscapesTheGame_showsInTheGamesThemedDialog_once_withExit(FxRobot robot) {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        int[] exits = {0};
        try {
            interact(() -> FatalError.install(shell, () -> exits[0]++));
            Thread thrower = new Thread(() -> {
                throw new IllegalStateException("a bug on another thread");
            });
            thrower.start();
            Pulses.until("the error dialog shown", () -> shell.dialog().isPresent());
            interact(() -> { });
            assertEquals(List.of(), otherWindows(), "no window but the game's");
            String details = Pulses.onFx(() -> ((Label) shell.dialog().orElseThrow().lookup("#fatal-details")).getText())
                    .replace("\u200B", "");  // the breaks allowed in a long name
            assertTrue(details.startsWith("java.lang.IllegalStateException: a bug on another thread"), details);
            assertTrue(Pulses.onFx(() -> {
                javafx.scene.Node n = shell.dialog().orElseThrow();
                while (n != null && !n.getStyleClass().contains(org.interleave.app.shared.Theme.ROOT_CLASS)) {
                    n = n.getParent();
                }
                return n != null && n.getScene() == root().getScene();
            }), "in the game's window, under a themed root");
            robot.clickOn("#fatal-exit");
            assertEquals(1, exits[0], "Exit game ends the game");
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }
}
