package org.interleave.app;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Takes {@code docs/locked-ops.png}: short-critical-sections, whose updates' work, reads and writes
 * are padlocked while their locks are the player's, with a locked op selected in the inspector; and
 * the same board at 1920×1080 and in projector mode ({@code locked-ops-1080}, {@code
 * locked-ops-projector}), to look at. Not part of the suite; run it with
 * {@code mvn -B test -Dtest=LockedOpsTour -Dscreenshots=docs}.
 */
class LockedOpsTour extends Tour {
    @Start
    void start(Stage stage) {
        startTour(stage, 1280, 720);
    }

    @Test
    void lockedOps(FxRobot robot) throws Exception {
        robot.interact(() -> shell.openLevel(shell.catalog().byId("short-critical-sections").orElseThrow()));
        robot.interact(() -> {
            // bring the update template, whose ops are padlocked, into the 1280×720 window's view
            var m = level().canvas().model();
            m.apply(new org.interleave.app.canvas.Edit.MovePart("main", 640, 330));
            m.apply(new org.interleave.app.canvas.Edit.MovePart("update", 300, 230));
        });
        robot.clickOn(1253, 85);  // fold the goal panel: the board gets its width
        robot.interact(() -> level().canvas().fitView());
        robot.clickOn(robot.lookup("#part-update .card-line").match(n -> "ops[1]".equals(n.getUserData()))
                .queryAs(javafx.scene.Node.class));  // work(3): padlocked
        ScreenshotTour.shoot(robot, shell, "locked-ops");
        robot.interact(() -> size(1920, 1080));
        ScreenshotTour.shoot(robot, shell, "locked-ops-1080");
        robot.interact(() -> shell.projector().enabledProperty().set(true));
        robot.interact(() -> size(1920, 1080));
        ScreenshotTour.shoot(robot, shell, "locked-ops-projector");
    }
}
