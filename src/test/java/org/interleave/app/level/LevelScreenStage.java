package org.interleave.app.level;

import java.util.concurrent.ExecutorService;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.interleave.app.Pulses;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.explore.CheckOptions;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxRobot;

/**
 * A 1280×720 stage that shows one level screen at a time (headless, without FXGL), with its own
 * verification thread: the fixture of the level-screen tests.
 */
abstract class LevelScreenStage {
    static final CampaignCatalog CATALOG = CampaignCatalog.fromClassPath();

    private final ExecutorService verifier = org.interleave.app.GameStage.newVerifier();
    private StackPane root;
    private LevelScreen screen;

    /** Sets up the stage; each test class calls it from its own {@code @Start} (TestFX looks only there). */
    void show(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 1280, 720));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            if (screen != null) {
                screen.close();
            }
        });
        verifier.shutdownNow();
    }

    /** Shows the level screen of a level. */
    LevelScreen open(FxRobot robot, CampaignCatalog.Entry entry) {
        return open(() -> new LevelScreen(entry, new VerificationModel(verifier, CheckOptions.DEFAULT, System::nanoTime),
                () -> { }));
    }

    /** Shows the level screen of a level whose design is restored from and autosaved to {@code store}. */
    LevelScreen open(FxRobot robot, CampaignCatalog.Entry entry, DesignStore store) {
        return open(() -> new LevelScreen(entry, new VerificationModel(verifier, CheckOptions.DEFAULT, System::nanoTime),
                store, () -> { }));
    }

    /**
     * Shows the screen {@code opened} makes, in place of the one shown, and waits for the pulse that
     * lays it out and the tasks it queued (not {@code FxRobot.interact}'s fixed round trips and sleeps).
     */
    private LevelScreen open(java.util.function.Supplier<LevelScreen> opened) {
        Pulses.interact(root.getScene(), () -> {
            if (screen != null) {
                screen.close();  // its run and checks stop, as when a player leaves a level
            }
            screen = opened.get();
            root.getChildren().setAll(screen);
            settle(screen);
        });
        return screen;
    }

    /**
     * Verifies the design shown, as Verify does, fired on the FX thread, and waits on the
     * verification's end ({@link org.interleave.app.GameStage#verify}): a test of what a reveal shows
     * must not hang on a click that a loaded machine lost (one did, at load 15: the verification
     * never started), nor give up after a bounded poll. Clicking Verify itself is LevelScreenTest's.
     */
    static VerificationModel.Outcome verify(LevelScreen s) throws Exception {
        return org.interleave.app.GameStage.verify(s);
    }

    /**
     * Clicks Verify with the mouse, for a test of the click itself, and waits on the verification's
     * end ({@link org.interleave.app.GameStage#clickVerify}), not on a bounded poll.
     */
    static VerificationModel.Outcome clickVerify(FxRobot robot, LevelScreen s) throws Exception {
        return org.interleave.app.GameStage.clickVerify(robot, s);
    }

    /**
     * Shows the level's reference solution and plays its run, as the Solution and Run buttons do:
     * each fired on the FX thread, then laid out by a pulse. Clicking them is LevelScreenTest's; a
     * test of what a run shows saves the robot's mouse glide and fixed waits (0.4 s a run).
     */
    static void playSolution(LevelScreen s) {
        Pulses.interact(s.getScene(), () -> ((javafx.scene.control.ToggleButton) s.lookup("#show-solution")).fire());
        Pulses.interact(s.getScene(), () -> ((javafx.scene.control.Button) s.lookup("#run")).fire());
    }

    /**
     * Styles and lays out a screen just shown, as its first pulse would: until then a scroll
     * pane has no skin, so what it holds (the goal column, with Verify and You schedule) is not
     * yet among the scene's nodes, and a lookup made before that pulse — on a busy machine it
     * can come late — finds nothing.
     */
    static void settle(javafx.scene.Parent screen) {
        screen.applyCss();
        screen.layout();
    }

    /**
     * Waits until {@code onFxThread} holds, read on the FX thread after each pulse and on a timer
     * ({@link Pulses#until}); fails naming {@code what} if it never does.
     */
    static void waitUntil(String what, java.util.concurrent.Callable<Boolean> onFxThread) {
        Pulses.until(what, onFxThread);
    }

    /** Reads the state of the scene on the FX thread, the only thread that may read it. */
    static <T> T onFx(java.util.concurrent.Callable<T> read) {
        return Pulses.onFx(read);
    }

    /** Shows the level screen of the campaign level with this id. */
    LevelScreen open(FxRobot robot, String id) {
        return open(robot, CATALOG.byId(id).orElseThrow());
    }
}
