package org.interleave.app;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.interleave.app.shared.CampaignCatalog;
import org.testfx.api.FxRobot;

/**
 * A 1280×720 stage in which the whole game (a {@link GameShell}, without FXGL) is started, and
 * started again, with a player profile and a verification thread of its own: the fixture of the
 * tests that play through the game's screens. Each test class finds the stage as every class
 * of its JVM does, whatever the class before it left ({@link FreshStage}).
 */
public abstract class GameStage extends ScreenStage {
    protected static final CampaignCatalog CATALOG = CampaignCatalog.fromClassPath();

    protected GameShell shell;

    /** Sets up the stage and starts the game in it at once, with a profile kept in memory. */
    protected void showGame(Stage stage) {
        showGame(stage, () -> { });
    }

    /** {@link #showGame(Stage)}, with what the game's Quit does. */
    protected void showGame(Stage stage, Runnable quit) {
        show(stage);
        shell = new GameShell(CATALOG, verifier(), quit);
        settleEachScreen(shell);
        root().getChildren().setAll(shell);
    }

    /**
     * Styles and lays out each screen or dialog the shell shows, on the FX thread's next task, as its
     * first pulse would ({@link #settle}): a robot's lookup or click right after the click that
     * showed the screen — on a busy machine the pulse can come later than the robot's wait for the
     * FX thread's tasks — found nothing (GameProgressTest's {@code #status-…} once at load 13).
     */
    private static void settleEachScreen(GameShell shell) {
        shell.getChildren().addListener((ListChangeListener<Node>) change -> Platform.runLater(() -> settle(shell)));
    }

    @Override
    protected void closeScreen() {
        root().getChildren().clear();
        if (shell != null) {
            // stops what the game runs (checks, animations, the custom pack's watcher thread,
            // which would keep the shell and all it showed alive) without showing another screen
            shell.close();
        }
    }

    /**
     * Starts the game with this profile, as a player starting it anew, and waits for the pulse that
     * lays out its menu and the tasks it queued ({@link Pulses}), not {@code FxRobot.interact}'s
     * fixed round trips with their sleeps.
     */
    protected GameShell launch(FxRobot robot, PlayerProfile profile) {
        interact(() -> start(profile));
        return shell;
    }

    /** Starts the game with this profile, on the FX thread (from a {@code @Start}). */
    protected GameShell start(PlayerProfile profile) {
        if (shell != null) {
            shell.close();  // the game that ran until now ends, as when the player quits it
        }
        shell = new GameShell(CATALOG, verifier(), profile, () -> { });
        settleEachScreen(shell);
        root().getChildren().setAll(shell);
        return shell;
    }

    /**
     * Projector mode on at {@code scale} % (or off) in a window of {@code width}×{@code height}, out
     * of projector mode's full screen; on the FX thread.
     */
    protected void projectorWindow(boolean projector, int scale, double width, double height) {
        shell.projector().setScale(scale);
        shell.projector().enabledProperty().set(projector);
        Stage stage = (Stage) shell.getScene().getWindow();
        stage.setFullScreen(false);
        stage.setWidth(width);
        stage.setHeight(height);
    }

    /** Whether a node is in a popup window (a menu) rather than in the game's own scene. */
    protected boolean inPopup(Node n) {
        return n.getScene() != root().getScene();
    }
}
