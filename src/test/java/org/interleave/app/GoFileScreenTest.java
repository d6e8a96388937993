package org.interleave.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.interleave.app.custom.GoFileScreen;
import org.interleave.app.level.LevelScreen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Open Go file…": a Go program opens as a level with its own source in the Go view, where
 * stepping through a counterexample marks the line of each op; a program outside the subset shows
 * its problems. Takes {@code docs/go-import.png} with {@code -Dscreenshots=docs}.
 */
@ExtendWith(ApplicationExtension.class)
class GoFileScreenTest extends GameStage {
    private static final Path RACE = Path.of("examples", "concurrency", "race.go");

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        showGame(stage);
    }

    @Test
    void racyGoFile_opensWithItsSource_andTheRevealMarksTheRacingLine(FxRobot robot) throws Exception {
        interact(() -> shell.openGoFile(RACE));
        GoFileScreen screen = (GoFileScreen) shell.screen();
        LevelScreen level = screen.levelScreen();
        assertEquals(Files.readString(RACE), level.goView().program(), "the Go view shows the file as written");
        assertTrue(level.goView().getScene() != null, "beside the canvas");
        verify(level);
        assertTrue(onFx(() -> level.reveal().traceProperty().get() != null), "the race is revealed");
        interact(() -> {
            shell.closeDialog();  // if the race cleared the level, its results
            level.reveal().go(Integer.MAX_VALUE);
        });
        int line = onFx(() -> level.goView().highlightedLineProperty().get());
        String text = onFx(() -> level.goView().lineText(line));
        assertTrue(text.contains("counter++"), "the last step of the race is the increment, line " + line + ": " + text);
        ScreenshotTour.shoot(robot, shell, "go-import");
    }

    @Test
    void customLevelMenu_offersOpenGoFile(FxRobot robot) throws Exception {
        robot.clickOn("#custom-level");
        assertTrue(robot.lookup("Open Go file…").tryQuery().isPresent(), "the Custom level… menu lists Open Go file…");
        ScreenshotTour.shoot(robot, shell, "go-menu");
    }

    @Test
    void goFileOutsideTheSubset_showsWhereAndWhatIsSupported(FxRobot robot) throws Exception {
        Path go = dir.resolve("main.go");
        Files.writeString(go, "package main\n\nfunc main() {\n\tx := 1\n\tswitch x {\n\t}\n}\n");
        interact(() -> shell.openGoFile(go));
        GoFileScreen screen = (GoFileScreen) shell.screen();
        assertNull(screen.levelScreen());
        String texts = robot.from(screen).lookup((Node n) -> n instanceof Labeled).queryAll().stream()
                .map(n -> ((Labeled) n).getText()).collect(Collectors.joining("\n"));
        assertTrue(texts.contains("switch is not in the subset: write if / else if / else"), texts);
        assertTrue(texts.contains("5:2") || texts.contains("5:"), texts);
    }
}
