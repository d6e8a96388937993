package org.interleave.app;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.interleave.app.level.LevelScreen;
import org.interleave.app.shared.CampaignCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Takes the screenshots in {@code docs/} of a full-HD window (1920×1080): the menu, a level, a race
 * revealed, and the same race in projector mode. Not part of the suite; run it with
 * {@code mvn -B test -Dtest=WindowSizesTour -Dscreenshots=docs}.
 */
@ExtendWith(ApplicationExtension.class)
class WindowSizesTour {
    private static final ExecutorService VERIFIER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tour-verifier");
        t.setDaemon(true);
        return t;
    });
    private GameShell shell;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        PlayerProfile profile = PlayerProfile.load(new org.interleave.level.save.DataDirectory(
                Files.createTempDirectory("interleave-tour")));
        shell = new GameShell(CampaignCatalog.fromClassPath(), VERIFIER, profile, () -> { });
        stage.setScene(new Scene(new StackPane(shell), 1920, 1080));
        // the window too: after another tour in the same JVM it keeps the size that one gave it
        stage.setWidth(1920);
        stage.setHeight(1080);
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @AfterAll
    static void stop() {
        VERIFIER.shutdownNow();
    }

    private LevelScreen level() {
        return (LevelScreen) shell.screen();
    }

    @Test
    void fullHd(FxRobot robot) throws Exception {
        ScreenshotTour.shoot(robot, shell, "menu-1080");
        robot.interact(() -> shell.openLevel(shell.catalog().byId("worker-pool").orElseThrow()));
        ScreenshotTour.shoot(robot, shell, "level-1080");

        robot.interact(() -> shell.openLevel(shell.catalog().byId("write-under-rlock").orElseThrow()));
        robot.clickOn("#verify");
        ScreenshotTour.waitUntil(() -> level().reveal().traceProperty().get() != null);
        robot.type(KeyCode.RIGHT, 4);
        ScreenshotTour.shoot(robot, shell, "race-1080");

        robot.interact(() -> shell.projector().enabledProperty().set(true));
        robot.interact(() -> {
            // projector mode goes full screen; the screenshot keeps the 1920×1080 window
            stage.setFullScreen(false);
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        ScreenshotTour.shoot(robot, shell, "projector-1080");
    }
}
