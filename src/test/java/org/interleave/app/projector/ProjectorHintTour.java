package org.interleave.app.projector;

import javafx.stage.Stage;
import org.interleave.app.RealDisplayTour;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Photographs, on a real X display, projector mode's hint and the settings at 200 % on 1280×720:
 * the settings opened while the hint shows (it steps aside) and the hint once they close. Not part
 * of the suite; how to run it: {@link RealDisplayTour}.
 */
class ProjectorHintTour extends RealDisplayTour {
    @Start
    void start(Stage stage) {
        startTour(stage, 1280, 720);
    }

    private static void shoot(String name) throws Exception {
        shoot(1280, 720, name);
    }

    @Test
    void theHintAndTheSettings(FxRobot robot) throws Exception {
        robot.interact(() -> {
            shell.projector().setScale(200);
            shell.projector().enabledProperty().set(true);
        });
        robot.interact(() -> size(1280, 720));  // projector mode's full screen left
        robot.interact(() -> shell.projectorOverlay().announce(ProjectorKeys.HINT));
        shoot("hint-menu");
        robot.interact(shell::showSettings);
        shoot("hint-settings-open");
        robot.interact(() -> shell.projectorOverlay().announce(ProjectorKeys.HINT));
        shoot("hint-announced-in-settings");
        robot.clickOn("#settings-done");
        shoot("hint-after-done");
    }
}
