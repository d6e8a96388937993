package org.interleave.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interleave.app.custom.CustomLevelScreen;
import org.interleave.app.level.LevelScreen;
import org.interleave.app.shared.CampaignCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Takes the authoring screenshots in {@code docs/} at 1280×720, headless, like
 * {@link ScreenshotTour}: projector mode on a revealed race, the level editor after checking both
 * sides, and a custom level whose file broke. Run it with
 * {@code mvn -B test -Dtest=AuthoringScreenshotTour -Dscreenshots=docs}.
 */
@ExtendWith(ApplicationExtension.class)
class AuthoringScreenshotTour {
    private static final CampaignCatalog CATALOG = CampaignCatalog.fromClassPath();
    private static final ExecutorService VERIFIER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tour-verifier");
        t.setDaemon(true);
        return t;
    });
    private GameShell shell;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        shell = new GameShell(CATALOG, VERIFIER, () -> { });
        stage.setScene(new Scene(shell, InterleaveApp.WIDTH, InterleaveApp.HEIGHT));
        stage.show();
    }

    @AfterAll
    static void stop() {
        VERIFIER.shutdownNow();
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        robot.interact(() -> shell.openLevel(CATALOG.byId("lost-update").orElseThrow()));
        robot.interact(() -> {
            shell.projector().toggle();
            // the docs show the 1280×720 the game lays out, not this machine's screen
            Stage stage = (Stage) shell.getScene().getWindow();
            stage.setFullScreen(false);
            stage.setWidth(InterleaveApp.WIDTH);
            stage.setHeight(InterleaveApp.HEIGHT);
        });
        robot.clickOn("#verify");
        LevelScreen level = (LevelScreen) shell.getChildren().get(0);
        ScreenshotTour.waitUntil(() -> level.reveal().traceProperty().get() != null);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(shell::closeDialog);  // any dialog the verdict opened: stay, to step through the race
        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }
        Thread.sleep(1800);  // the "Projector mode" note fades first
        ScreenshotTour.shoot(robot, shell, "projector");
        robot.type(KeyCode.L);
        robot.moveTo("#step-bar");
        ScreenshotTour.shoot(robot, shell, "projector-spotlight");
        robot.type(KeyCode.L);
        robot.interact(() -> shell.projector().toggle());

        Path file = dir.resolve("forgot-to-unlock.level.json");
        Files.copy(Path.of("levels/06-forgot-to-unlock.level.json"), file);
        robot.interact(() -> shell.openCustom(file));
        robot.interact(() -> shell.openEditor(file));
        robot.clickOn("#check-both");
        ScreenshotTour.waitUntil(() -> shell.editor().lookupAll(".check-result").size() >= 3);
        ScreenshotTour.shoot(robot, shell, "level-editor");
        robot.clickOn("#editor-back");

        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replaceFirst("\"type\": \"mutex\"", "\"type\": \"mutexx\""), StandardCharsets.UTF_8);
        CustomLevelScreen custom = (CustomLevelScreen) shell.getChildren().get(0);
        ScreenshotTour.waitUntil(custom::showsProblems);
        ScreenshotTour.shoot(robot, shell, "custom-level-error");
    }
}
