package org.interleave.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interleave.app.shared.Theme;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Takes the screenshots in {@code docs/} at 1280×720, headless, by playing through the real
 * screens. Not part of the test suite (its name ends in neither Test nor Tests); run it with
 * {@code mvn -B test -Dtest=ScreenshotTour -Dscreenshots=docs} (the default folder is
 * {@code target/screenshots}).
 */
class ScreenshotTour extends Tour {
    @Start
    void start(Stage stage) {
        startTour(stage, InterleaveApp.WIDTH, InterleaveApp.HEIGHT);
    }

    /** Writes what the scene shows now as {@code name}.png ({@link Screenshots}). */
    static Path shoot(FxRobot robot, Node anyNode, String name) throws Exception {
        return Screenshots.shoot(anyNode, name);
    }

    private void openLevel(FxRobot robot, String id) {
        robot.interact(() -> {
            shell.closeDialog();  // a level's results (a won schedule's) would stay over the next level
            shell.openLevel(CATALOG.byId(id).orElseThrow());
        });
    }

    private void verifyAndWait(FxRobot robot) {
        robot.clickOn("#verify");
        waitUntil("a run revealed or a verdict shown", () -> level().reveal().traceProperty().get() != null
                || level().lookup("#verdict").isVisible() && !((javafx.scene.control.Label) level().lookup("#verdict"))
                        .getText().isEmpty());
    }

    private void stepToEnd(FxRobot robot) {
        int n = level().reveal().traceProperty().get().length();
        for (int i = 1; i < n; i++) {
            robot.type(KeyCode.RIGHT);
        }
    }

    /** "You schedule" mid-play on a break level, and the timeline of a race. */
    @Test
    void schedulerAndTimeline(FxRobot robot) throws Exception {
        openLevel(robot, "transfer-deadlock");
        robot.clickOn("#you-schedule");
        for (String key : new String[] {"1", "1", "1", "2"}) {
            robot.type(KeyCode.getKeyCode(key));
        }
        shoot(robot, shell, "scheduler");
        if (Boolean.getBoolean("screenshots.extra")) {
            robot.type(KeyCode.DIGIT3);
            shoot(robot, shell, "scheduler-won");
            openLevel(robot, "select-is-random");
            robot.clickOn("#you-schedule");
            for (String key : new String[] {"1", "1", "1", "2"}) {
                robot.type(KeyCode.getKeyCode(key));
            }
            shoot(robot, shell, "scheduler-select");
            openLevel(robot, "dining-philosophers");
            verifyAndWait(robot);
            robot.clickOn("#show-timeline");
            shoot(robot, shell, "timeline-deadlock");
            robot.type(KeyCode.F5);
            shoot(robot, shell, "timeline-projector");
            robot.press(KeyCode.ALT).type(KeyCode.Y).release(KeyCode.ALT);
            robot.type(KeyCode.DIGIT1).type(KeyCode.DIGIT1);
            shoot(robot, shell, "scheduler-projector");
            robot.type(KeyCode.ESCAPE);
            robot.type(KeyCode.F5);
            robot.interact(() -> Theme.show(shell, new org.interleave.level.save.Settings(
                    org.interleave.level.save.Settings.Theme.LIGHT, 100, false, true, 1.0)));
            openLevel(robot, "write-under-rlock");
            robot.interact(() -> Theme.show(shell, new org.interleave.level.save.Settings(
                    org.interleave.level.save.Settings.Theme.LIGHT, 100, false, true, 1.0)));
            verifyAndWait(robot);
            stepToEnd(robot);
            robot.clickOn("#show-timeline");
            shoot(robot, shell, "timeline-light");
            robot.clickOn("#you-schedule");
            robot.type(KeyCode.DIGIT1).type(KeyCode.DIGIT1).type(KeyCode.DIGIT1).type(KeyCode.DIGIT2);
            shoot(robot, shell, "scheduler-light");
        }

        openLevel(robot, "write-under-rlock");
        verifyAndWait(robot);
        stepToEnd(robot);
        robot.clickOn("#show-timeline");
        shoot(robot, shell, "timeline");
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        assertTrue(Files.size(shoot(robot, shell, "menu")) > 0);

        robot.interact(shell::showLevelSelect);
        shoot(robot, shell, "level-select");

        openLevel(robot, "worker-pool");
        shoot(robot, shell, "level");

        openLevel(robot, "wait-for-them");
        shoot(robot, shell, "first-level");

        openLevel(robot, "write-under-rlock");
        verifyAndWait(robot);
        stepToEnd(robot);
        shoot(robot, shell, "race");
        robot.clickOn("#show-go");
        shoot(robot, shell, "go-view");

        openLevel(robot, "dining-philosophers");
        verifyAndWait(robot);
        stepToEnd(robot);
        // the whole cycle in view, the brief folded for width (a 100 % fit at 1280×720 shows two philosophers)
        robot.clickOn("#brief-fold");
        robot.interact(() -> ((javafx.scene.control.Button) shell.lookup("#zoom-fit")).fire());
        shoot(robot, shell, "deadlock");
        robot.clickOn("#brief-fold");

        openLevel(robot, "guard-the-counter");
        robot.clickOn("#show-solution");
        verifyAndWait(robot);
        shoot(robot, shell, "cleared");

        // a level mid-run: the worker pool's solution on three cores, a few ticks in
        openLevel(robot, "worker-pool");
        robot.clickOn("#show-solution");
        robot.clickOn("#run");
        robot.interact(() -> {
            level().run().pause();
            level().run().go(level().run().length() / 3);
        });
        shoot(robot, shell, "run");

        // results: a build level cleared, after two attempts that were not
        openLevel(robot, "guard-the-counter");
        robot.clickOn("#verify");
        waitUntil("the verification's outcome", () -> level().verification().outcomeProperty().get() != null);
        robot.clickOn("#verify");
        waitUntil("the verification's outcome", () -> level().verification().outcomeProperty().get() != null);
        robot.interact(() -> level().canvas().load(level().entry().level().solution(),
                org.interleave.app.canvas.LevelRules.of(level().entry().level())));
        robot.clickOn("#verify");
        waitUntil("the results dialog shown", () -> shell.dialog().isPresent());
        shoot(robot, shell, "results");
        robot.type(KeyCode.ESCAPE);

        // settings, from a level, with the light theme chosen
        robot.clickOn("#level-settings");
        robot.clickOn("#theme-light");
        shoot(robot, shell, "settings");
        robot.clickOn("#theme-dark");
        robot.type(KeyCode.ESCAPE);
    }
}
