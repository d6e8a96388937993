package org.interleave.app;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.app.shared.OffThreadJob;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A 1280×720 stage in which the whole game (a {@link GameShell}, without FXGL) is started, and
 * started again, with a player profile and a verification thread of its own: the fixture of the
 * tests that play through the game's screens. Each test class finds the stage as every class
 * of its JVM does, whatever the class before it left ({@link FreshStage}).
 */
public abstract class GameStage {
    protected static final CampaignCatalog CATALOG = CampaignCatalog.fromClassPath();
    /** How long a test waits for a verification to end at most. */
    private static final long VERIFICATION_SECONDS = 300;

    private final ExecutorService verifier = newVerifier();
    private StackPane root;
    protected GameShell shell;

    /**
     * A verification thread of a test's own, as the game has one: a daemon, so that a search a test
     * left running never holds the JVM; the test shuts it down after it ({@code shutdownNow}).
     */
    public static ExecutorService newVerifier() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "test-verifier");
            t.setDaemon(true);
            return t;
        });
    }

    /** Sets up the stage; each test class calls it from its own {@code @Start} (TestFX looks only there). */
    protected void show(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, InterleaveApp.WIDTH, InterleaveApp.HEIGHT));
        stage.show();
    }

    /** Sets up the stage and starts the game in it at once, with a profile kept in memory. */
    protected void showGame(Stage stage) {
        show(stage);
        shell = new GameShell(CATALOG, verifier, () -> { });
        settleEachScreen(shell);
        root.getChildren().setAll(shell);
    }

    /**
     * Styles and lays out each screen or dialog the shell shows, on the FX thread's next task, as its
     * first pulse would: until then a scroll pane has no skin, so what it holds (the level select's
     * cards, the goal column's Verify) is not yet among the scene's nodes, and a robot's lookup or
     * click right after the click that showed the screen — on a busy machine the pulse can come
     * later than the robot's wait for the FX thread's tasks — found nothing (GameProgressTest's
     * {@code #status-…} once at load 13).
     */
    private static void settleEachScreen(GameShell shell) {
        shell.getChildren().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) change ->
                javafx.application.Platform.runLater(() -> {
                    shell.applyCss();
                    shell.layout();
                }));
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            root.getChildren().clear();
            if (shell != null) {
                // stops what the game runs (checks, animations, the custom pack's watcher thread,
                // which would keep the shell and all it showed alive) without showing another screen
                shell.close();
            }
        });
        verifier.shutdownNow();
    }

    /**
     * Runs {@code change} on the FX thread and waits for the pulse that styles and lays out what it
     * changed and the tasks it queued ({@link Pulses}), not {@code FxRobot.interact}'s fixed round
     * trips with their sleeps.
     */
    protected void interact(Runnable change) {
        Pulses.interact(root.getScene(), change);
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
        shell = new GameShell(CATALOG, verifier, profile, () -> { });
        settleEachScreen(shell);
        root.getChildren().setAll(shell);
        return shell;
    }

    /**
     * Verifies the design {@code screen} shows, as its Verify button does, and waits until the
     * verification has ended, on the event itself, not a poll (at most {@value #VERIFICATION_SECONDS}
     * s: a search of a test's level has taken over a minute on a busy machine); its outcome. The button
     * is fired on the FX thread: a click that a busy machine delivered late, once the screen had
     * moved under the pointer, started nothing, and the test waited out its minute. Public for the
     * tests of a screen in a shell of their own ({@code ProjectorModeTest}).
     */
    public static org.interleave.app.level.VerificationModel.Outcome verify(org.interleave.app.level.LevelScreen screen)
            throws Exception {
        return verifying(screen, () -> onFx(() -> {
            screen.applyCss();  // the goal column's scroll pane has its skin, and Verify is among its nodes
            ((javafx.scene.control.Button) screen.lookup("#verify")).fire();
            return null;
        }));
    }

    /**
     * Clicks Verify with the mouse, for a test in which the player's click is the behaviour (a
     * play-through), and waits on the verification's end as {@link #verify} does; its outcome.
     * Public as {@link #verify} is.
     */
    public static org.interleave.app.level.VerificationModel.Outcome clickVerify(FxRobot robot,
            org.interleave.app.level.LevelScreen screen) throws Exception {
        return verifying(screen, () -> robot.clickOn("#verify"));
    }

    /** Listens for the end of the verification that {@code press} starts, presses, and waits for that end. */
    private static org.interleave.app.level.VerificationModel.Outcome verifying(org.interleave.app.level.LevelScreen screen,
            Callable<?> press) throws Exception {
        var model = screen.verification();
        java.util.concurrent.CompletableFuture<OffThreadJob.State> ended = new java.util.concurrent.CompletableFuture<>();
        javafx.beans.value.ChangeListener<OffThreadJob.State> end = (obs, was, now) -> {
            if (now == OffThreadJob.State.FINISHED || now == OffThreadJob.State.FAILED || now == OffThreadJob.State.CANCELLED) {
                ended.complete(now);
            }
        };
        onFx(() -> {
            model.stateProperty().addListener(end);
            return null;
        });
        press.call();
        OffThreadJob.State state;
        try {
            state = ended.get(VERIFICATION_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited " + VERIFICATION_SECONDS + " s for the verification of "
                    + screen.entry().level().id() + " to end: it is " + onFx(() -> model.stateProperty().get()), e);
        }
        return onFx(() -> {
            model.stateProperty().removeListener(end);
            if (state != OffThreadJob.State.FINISHED) {
                throw new AssertionError("the verification ended " + state + ": " + model.errorProperty().get());
            }
            return model.outcomeProperty().get();
        });
    }

    /** Whether a node is in a popup window (a menu) rather than in the game's own scene. */
    protected boolean inPopup(javafx.scene.Node n) {
        return n.getScene() != root.getScene();
    }

    /**
     * Waits until {@code onFxThread} holds, read on the FX thread after each pulse and on a timer
     * ({@link Pulses#until}); fails naming {@code what} if it never does.
     */
    protected static void waitUntil(String what, Callable<Boolean> onFxThread) {
        Pulses.until(what, onFxThread);
    }

    /** Reads the state of the scene on the FX thread, the only thread that may read it. */
    protected static <T> T onFx(Callable<T> read) {
        return Pulses.onFx(read);
    }

    protected static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
