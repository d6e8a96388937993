package org.interleave.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interleave.app.custom.CustomLevelScreen;
import org.interleave.app.level.LevelScreen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Takes the authoring screenshots in {@code docs/} at 1280×720, headless, like
 * {@link ScreenshotTour}: projector mode on a revealed race, the level editor after checking both
 * sides, and a custom level whose file broke. Run it with
 * {@code mvn -B test -Dtest=AuthoringScreenshotTour -Dscreenshots=docs}.
 */
class AuthoringScreenshotTour extends Tour {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        startTour(stage, InterleaveApp.WIDTH, InterleaveApp.HEIGHT);
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        robot.interact(() -> shell.openLevel(CATALOG.byId("lost-update").orElseThrow()));
        robot.interact(() -> {
            shell.projector().toggle();
            size(InterleaveApp.WIDTH, InterleaveApp.HEIGHT);  // the docs show the 1280×720 the game lays out, not this screen
        });
        robot.clickOn("#verify");
        LevelScreen level = (LevelScreen) shell.getChildren().get(0);
        waitUntil("a run revealed", () -> level.reveal().traceProperty().get() != null);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(shell::closeDialog);  // any dialog the verdict opened: stay, to step through the race
        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }
        noteGone();  // the "Projector mode" note first
        ScreenshotTour.shoot(robot, shell, "projector");
        robot.type(KeyCode.L);
        robot.moveTo("#step-bar");
        noteGone();  // and "Spotlight on"
        ScreenshotTour.shoot(robot, shell, "projector-spotlight");
        robot.type(KeyCode.L);
        robot.interact(() -> shell.projector().toggle());

        Path file = dir.resolve("forgot-to-unlock.level.json");
        Files.copy(Path.of("levels/06-forgot-to-unlock.level.json"), file);
        robot.interact(() -> shell.openCustom(file));
        robot.interact(() -> shell.openEditor(file));
        robot.clickOn("#check-both");
        waitUntil("three check results listed", () -> shell.editor().lookupAll(".check-result").size() >= 3);
        ScreenshotTour.shoot(robot, shell, "level-editor");
        robot.clickOn("#editor-back");

        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replaceFirst("\"type\": \"mutex\"", "\"type\": \"mutexx\""), StandardCharsets.UTF_8);
        CustomLevelScreen custom = (CustomLevelScreen) shell.getChildren().get(0);
        waitUntil("the load problems shown", custom::showsProblems);
        ScreenshotTour.shoot(robot, shell, "custom-level-error");
    }
}
