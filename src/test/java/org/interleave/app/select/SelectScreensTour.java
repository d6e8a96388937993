package org.interleave.app.select;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.interleave.app.RealDisplayTour;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Photographs, on a real X display, the level select with a custom pack from a deep folder, the
 * "Custom level…" menu, and projector mode's menu, level select, a run and the results — popups
 * as the X server draws them, corners included. Not part of the suite; how to run it:
 * {@link RealDisplayTour}.
 */
class SelectScreensTour extends RealDisplayTour {
    @Start
    void start(Stage stage) {
        startTour(stage, 1280, 720);
    }

    private void projector(FxRobot robot, int scale) {
        robot.interact(() -> {
            shell.projector().setScale(scale);
            shell.projector().enabledProperty().set(scale > 0);
        });
    }

    @Test
    void packAndCustomMenu(FxRobot robot) throws Exception {
        Path pack = DeepPack.under(Files.createTempDirectory("tour-pack"));
        for (int[] s : new int[][] {{1280, 720}, {1920, 1080}}) {
            robot.interact(() -> size(s[0], s[1]));
            robot.interact(() -> shell.openCustom(pack));
            shoot(s[0], s[1], "select-pack-" + s[1]);
        }
        robot.interact(() -> size(1280, 720));
        robot.interact(shell::showMenu);
        robot.clickOn("#custom-level");
        shoot(1280, 720, "custom-menu-dark");
        robot.interact(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow).toList().forEach(javafx.stage.Window::hide));
        projector(robot, 100);
        robot.interact(() -> size(1280, 720));
        robot.clickOn("#custom-level");
        shoot(1280, 720, "custom-menu-projector");
        for (int scale : new int[] {100, 200}) {
            projector(robot, scale);
            robot.interact(() -> size(1280, 720));
            robot.interact(() -> shell.openCustom(pack));
            shoot(1280, 720, "projector-select-pack-" + scale + "-720");
        }
        robot.moveTo("#pack-count");
        Thread.sleep(1500);  // the tooltip's delay
        shoot(1280, 720, "projector-select-pack-tooltip");
    }

    @Test
    void projectorScreens(FxRobot robot) throws Exception {
        for (int scale : new int[] {100, 200}) {
            for (int[] s : new int[][] {{1280, 720}, {1920, 1080}}) {
                String tag = scale + "-" + s[1];
                projector(robot, scale);
                robot.interact(() -> size(s[0], s[1]));
                robot.interact(shell::showMenu);
                shoot(s[0], s[1], "projector-menu-" + tag);
                robot.interact(shell::showLevelSelect);
                shoot(s[0], s[1], "projector-select-" + tag);

                robot.interact(() -> shell.openLevel(CATALOG.byId("add-inside-goroutine").orElseThrow()));
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> ((javafx.scene.control.ButtonBase) shell.lookup("#show-solution")).fire());
                robot.interact(() -> ((javafx.scene.control.ButtonBase) shell.lookup("#run")).fire());
                waitUntil("a run played", () -> level().run().length() > 0);
                robot.interact(() -> {
                    level().run().pause();
                    level().run().go(level().run().length() / 3);
                });
                shoot(s[0], s[1], "projector-run-" + tag);

                robot.interact(() -> shell.openLevel(CATALOG.byId("guard-the-counter").orElseThrow()));
                robot.interact(() -> level().canvas().load(level().entry().level().solution(),
                        org.interleave.app.canvas.LevelRules.of(level().entry().level())));
                robot.interact(() -> ((javafx.scene.control.ButtonBase) shell.lookup("#verify")).fire());
                waitUntil("the results dialog shown", () -> shell.dialog().isPresent());
                shoot(s[0], s[1], "projector-results-" + tag);
                robot.interact(shell::closeDialog);
            }
        }
    }
}
