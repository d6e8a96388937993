package org.interleave.app;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Takes the screenshots in {@code docs/} of a full-HD window (1920×1080): the menu, a level, a race
 * revealed, and the same race in projector mode. Not part of the suite; run it with
 * {@code mvn -B test -Dtest=WindowSizesTour -Dscreenshots=docs}.
 */
class WindowSizesTour extends Tour {
    @Start
    void start(Stage stage) {
        startTour(stage, 1920, 1080);
    }

    @Test
    void fullHd(FxRobot robot) throws Exception {
        ScreenshotTour.shoot(robot, shell, "menu-1080");
        robot.interact(() -> shell.openLevel(shell.catalog().byId("worker-pool").orElseThrow()));
        ScreenshotTour.shoot(robot, shell, "level-1080");

        robot.interact(() -> shell.openLevel(shell.catalog().byId("write-under-rlock").orElseThrow()));
        robot.clickOn("#verify");
        waitUntil("a run revealed", () -> level().reveal().traceProperty().get() != null);
        robot.type(KeyCode.RIGHT, 4);
        ScreenshotTour.shoot(robot, shell, "race-1080");

        robot.interact(() -> shell.projector().enabledProperty().set(true));
        robot.interact(() -> size(1920, 1080));  // projector mode goes full screen; the screenshot keeps the window
        noteGone();
        ScreenshotTour.shoot(robot, shell, "projector-1080");
    }
}
