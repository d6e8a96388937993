package org.interleave.app.projector;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.app.GameShell;
import org.interleave.app.ScreenStage;
import org.interleave.app.InterleaveApp;
import org.interleave.app.Pulses;
import org.interleave.app.level.LevelScreen;
import org.interleave.level.save.Settings;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxRobot;

/**
 * The game shell the projector-mode tests ({@link ProjectorModeTest}, {@link ProjectorScreensTest})
 * drive: in a 1280×720 window, with default settings whose every change is kept in {@link #saved},
 * and the steps and waits they share. Each test class gives {@link #start} its {@code @Start}.
 */
abstract class ProjectorShellFixture {
    static final CampaignCatalog CATALOG = CampaignCatalog.fromClassPath();

    final ExecutorService verifier = ScreenStage.newVerifier();
    final List<Settings> saved = new ArrayList<>();
    GameShell shell;

    void start(Stage stage) {
        shell = new GameShell(CATALOG, verifier, () -> { }, Settings.defaults(), saved::add);
        stage.setScene(new Scene(shell, InterleaveApp.WIDTH, InterleaveApp.HEIGHT));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            // the next test's window is 1280×720 again; the game stops without restyling its screen for nothing
            ProjectorStyler.fullScreen(shell, false);
            shell.close();
        });
        verifier.shutdownNow();
    }

    /**
     * Runs {@code change} on the FX thread and waits for the pulse that styles and lays out what it
     * changed and the tasks it queued ({@link Pulses}), not {@code FxRobot.interact}'s fixed waits.
     */
    void interact(Runnable change) {
        Pulses.interact(shell.getScene(), change);
    }

    /**
     * Waits for the pulse that styles and lays out what the robot or the change before did, and for
     * the tasks queued meanwhile ({@link Pulses}): a size or a bound read after TestFX's wait for
     * the FX thread's tasks alone was read before any pulse had laid the change out, if a busy
     * machine brought that pulse late.
     */
    void settle() {
        interact(() -> { });
    }

    Parent screen() {
        return (Parent) shell.getChildren().get(0);
    }

    static double fontOf(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getFont().getSize();
    }

    /** Opens write-under-rlock in projector mode at 200 % in a 1920×1080 window (out of full screen). */
    LevelScreen writeUnderRLockAt200PercentOn1920x1080(FxRobot robot) {
        interact(() -> {
            shell.projector().enabledProperty().set(true);
            shell.projector().setScale(200);
        });
        size(robot, 1920, 1080);
        interact(() -> shell.openLevel(CATALOG.byId("write-under-rlock").orElseThrow()));
        return (LevelScreen) screen();
    }

    /** Gives the window this size, out of projector mode's full screen. */
    void size(FxRobot robot, double width, double height) {
        interact(() -> {
            Stage stage = (Stage) shell.getScene().getWindow();
            stage.setFullScreen(false);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        settle();
    }

    static double lanes(org.interleave.playback.TimelineView timeline) throws Exception {
        return Pulses.onFx(() -> ((javafx.scene.control.ScrollPane) timeline.lookup(".timeline-scroll"))
                .getViewportBounds().getHeight());
    }

    static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }
}
