package org.interleave.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.interleave.app.level.LevelScreen;
import org.interleave.app.level.VerificationModel;
import org.interleave.app.shared.OffThreadJob;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxRobot;

/**
 * A 1280×720 stage that shows the game's screens, headless and without FXGL, with a verification
 * thread of its own, and the waits of the tests that look at them: the base of {@link GameStage}
 * (the whole game) and {@code LevelScreenStage} (one level screen), so both wait alike.
 */
public abstract class ScreenStage {
    /** How long a test waits for a verification to end: a search has taken over a minute on a busy machine. */
    private static final long VERIFICATION_SECONDS = 300;

    private final ExecutorService verifier = newVerifier();
    private StackPane root;

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

    /** The pane the stage shows its screen in. */
    protected StackPane root() {
        return root;
    }

    /** The test's verification thread. */
    protected ExecutorService verifier() {
        return verifier;
    }

    /** Stops what the screen shown runs (checks, animations, watchers), on the FX thread after each test. */
    protected abstract void closeScreen();

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(this::closeScreen);
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
     * Styles and lays out a screen just shown, as its first pulse would: until then a scroll pane
     * has no skin, so what it holds (the level select's cards, the goal column's Verify) is not yet
     * among the scene's nodes, and a lookup made before that pulse — on a busy machine it can come
     * late — finds nothing.
     */
    protected static void settle(Parent screen) {
        screen.applyCss();
        screen.layout();
    }

    /**
     * Shows the level's reference solution and plays its run, as the Solution and Run buttons do:
     * each fired on the FX thread, then laid out by a pulse. Clicking them is LevelScreenTest's; a
     * test of what a run shows saves the robot's mouse glide and fixed waits (0.4 s a run).
     */
    protected static void playSolution(LevelScreen s) {
        Pulses.interact(s.getScene(), () -> ((ToggleButton) s.lookup("#show-solution")).fire());
        Pulses.interact(s.getScene(), () -> ((Button) s.lookup("#run")).fire());
    }

    /**
     * Verifies the design {@code screen} shows, as its Verify button does, and waits until the
     * verification has ended, on the event itself, not a poll; its outcome. The button is fired on
     * the FX thread: a click that a busy machine delivered late, once the screen had moved under the
     * pointer, started nothing. Public for the tests of a screen in a shell of their own
     * ({@code ProjectorScreensTest}).
     */
    public static VerificationModel.Outcome verify(LevelScreen screen) throws Exception {
        return verifying(screen, () -> onFx(() -> {
            screen.applyCss();  // the goal column's scroll pane has its skin, and Verify is among its nodes
            ((Button) screen.lookup("#verify")).fire();
            return null;
        }));
    }

    /**
     * Clicks Verify with the mouse, for a test in which the player's click is the behaviour (a
     * play-through), and waits on the verification's end as {@link #verify} does; its outcome.
     */
    public static VerificationModel.Outcome clickVerify(FxRobot robot, LevelScreen screen) throws Exception {
        return verifying(screen, () -> robot.clickOn("#verify"));
    }

    /** Listens for the end of the verification that {@code press} starts, presses, and waits for that end. */
    private static VerificationModel.Outcome verifying(LevelScreen screen, Callable<?> press) throws Exception {
        var model = screen.verification();
        CompletableFuture<OffThreadJob.State> ended = new CompletableFuture<>();
        ChangeListener<OffThreadJob.State> end = (obs, was, now) -> {
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
        } catch (TimeoutException e) {
            onFx(() -> {
                model.stateProperty().removeListener(end);
                return null;
            });
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

    /**
     * Waits until {@code onFxThread} holds, read on the FX thread after each pulse and on a timer
     * ({@link Pulses#until}); fails naming {@code what} if it never does.
     */
    protected static void waitUntil(String what, Callable<Boolean> onFxThread) {
        Pulses.until(what, onFxThread);
    }

    /** Reads the state of the scene on the FX thread, the only thread that may read it ({@link Pulses#onFx}). */
    protected static <T> T onFx(Callable<T> read) {
        return Pulses.onFx(read);
    }

    /** The text of the label {@code query} finds. */
    protected static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
