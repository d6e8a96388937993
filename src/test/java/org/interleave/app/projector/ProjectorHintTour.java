package org.interleave.app.projector;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.interleave.app.GameStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Photographs, on a real X display, projector mode's hint and the settings at 200 % on 1280×720:
 * the settings opened while the hint shows (it steps aside) and the hint once they close. Not part
 * of the suite; on an Xvfb of 1920×1080: {@code DISPLAY=:96 mvn -o test -Dtest=ProjectorHintTour
 * -Dshots=/tmp/shots -Dglass.platform=gtk -Dtestfx.headless=false -Dmonocle.platform=none
 * -Djava.awt.headless=false} (the static block below comes too late: FreshStage, registered for
 * every class, starts the toolkit first, in the build's headless Monocle without these).
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorHintTour extends GameStage {
    static {
        System.setProperty("testfx.headless", "false");
        System.setProperty("glass.platform", "gtk");
        System.clearProperty("monocle.platform");
        System.setProperty("java.awt.headless", "false");
    }

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        showGame(stage);
    }

    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(700);  // the X server shows the last frame
        Path dir = Path.of(System.getProperty("shots", "target/shots"));
        Files.createDirectories(dir);
        new ProcessBuilder("import", "-window", "root", "-crop", "1280x720+0+0",
                dir.resolve(name + ".png").toString()).inheritIO().start().waitFor();
    }

    @Test
    void theHintAndTheSettings(FxRobot robot) throws Exception {
        robot.interact(() -> {
            shell.projector().setScale(200);
            shell.projector().enabledProperty().set(true);
        });
        robot.interact(() -> {
            stage.setFullScreen(false);
            stage.setWidth(1280);
            stage.setHeight(720);
            stage.setX(0);
            stage.setY(0);
        });
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
