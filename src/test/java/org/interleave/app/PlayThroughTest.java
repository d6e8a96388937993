package org.interleave.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.interleave.app.level.LevelScreen;
import org.interleave.app.results.ResultsView;
import org.interleave.app.select.LevelSelectView;
import org.interleave.engine.OpText;
import org.interleave.engine.model.Part;
import org.interleave.level.save.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A real level played from start to finish through the UI only, as a player would, with the
 * player's data in a temporary folder: choose "Guard the counter" on the level select, build its
 * worker on the canvas around the padlocked work and {@code hits++} the level gives (add an op from
 * the palette, wire it to its shared part), run it, verify it and see the data race revealed on the
 * canvas, fix it with a mutex, verify again and clear the level, then start the game anew and find
 * the level cleared and the design kept.
 */
@ExtendWith(ApplicationExtension.class)
class PlayThroughTest extends GameStage {
    private static final String LEVEL = "guard-the-counter";

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private void launch(FxRobot robot) {
        launch(robot, PlayerProfile.load(new DataDirectory(dir)));
    }

    private LevelScreen level() {
        return (LevelScreen) shell.screen();
    }

    private List<String> workerOps() {
        Part.Goroutine worker = (Part.Goroutine) level().canvas().designProperty().get().part("worker").orElseThrow();
        return worker.ops().stream().map(OpText::of).toList();
    }

    /** Selects the worker's card and adds an op of {@code kind} at the end of its ops. */
    private void addOp(FxRobot robot, String kind) {
        robot.clickOn("#part-worker .goroutine-title");
        robot.clickOn("#add-op");
        robot.clickOn(n -> ("add-op-" + kind).equals(n.getId()) && inPopup(n));
    }

    private Node line(FxRobot robot, String path) {
        return robot.lookup("#part-worker .card-line").match(n -> path.equals(n.getUserData())).query();
    }

    private Circle port(FxRobot robot, String path) {
        return (Circle) robot.from(line(robot, path)).lookup(".port").query();
    }

    /** Clicks Verify, as the player does, and waits for the verification's end ({@link GameStage#clickVerify}). */
    private void verify(FxRobot robot) throws Exception {
        clickVerify(robot, level());
    }

    @Test
    void guardTheCounter_isBuiltRunVerifiedFixedAndCleared_andTheClearSurvivesARestart(FxRobot robot) throws Exception {
        launch(robot);
        robot.clickOn("#play");
        assertTrue(shell.screen() instanceof LevelSelectView);
        robot.clickOn("#level-" + LEVEL);
        if (robot.lookup("#locked-open").tryQuery().isPresent()) {
            robot.clickOn("#locked-open");  // an early chapter not cleared yet: the player insists
        }
        robot.clickOn("#story-skip");  // the chapter's scene, the first time in
        assertTrue(shell.screen() instanceof LevelScreen s && s.entry().level().id().equals(LEVEL));
        assertEquals(List.of("work(3)", "hits++", "work(3)", "hits++"), workerOps(),
                "the worker starts with the level's padlocked work and hits++, and nothing of the player's");

        // Build the obvious, racy worker: wg.Done() at its end, wired to the wait group.
        addOp(robot, "done");
        robot.drag(port(robot, "ops[4]")).dropTo("#part-wg");
        assertEquals(List.of("work(3)", "hits++", "work(3)", "hits++", "wg.Done()"), workerOps());

        // Run it once on the virtual clock.
        robot.clickOn("#run");
        assertTrue(robot.lookup("#run-bar").query().isVisible());
        robot.clickOn("#run-step");
        robot.clickOn("#run-step");
        assertTrue(text(robot, "#run-tick").matches(".*\\d+.*"), text(robot, "#run-tick"));

        // Verify: some interleaving loses an update, and the race is revealed on the canvas.
        verify(robot);
        assertTrue(text(robot, "#verdict").startsWith("✗ Not cleared: data race"), text(robot, "#verdict"));
        assertTrue(level().reveal().traceProperty().get() != null, "the counterexample is shown");
        assertTrue(level().canvas().flaggedAt("worker", "ops[1]"), "the racing hits++ is flagged on the canvas");
        assertTrue(robot.lookup("#finding-message").queryAs(Label.class).getText().startsWith("WARNING: DATA RACE"));
        int steps = level().reveal().traceProperty().get().length();
        assertEquals("step 1 of " + steps, text(robot, "#step-position"));
        robot.clickOn("#step-next");
        assertEquals("step 2 of " + steps, text(robot, "#step-position"));

        // Fix it: mu.Lock() before the first hits++ and mu.Unlock() after the second, moved up past
        // the padlocked ops.
        addOp(robot, "lock");
        for (int at = 5; at > 1; at--) {
            robot.clickOn(line(robot, "ops[" + at + "]"));
            robot.clickOn("#op-up");
        }
        addOp(robot, "unlock");
        robot.clickOn(line(robot, "ops[6]"));
        robot.clickOn("#op-up");
        robot.drag(port(robot, "ops[1]")).dropTo("#part-mu");
        List<String> fixed = List.of("work(3)", "mu.Lock()", "hits++", "work(3)", "hits++", "mu.Unlock()", "wg.Done()");
        assertEquals(fixed, workerOps());

        verify(robot);
        assertTrue(shell.dialog().filter(ResultsView.class::isInstance).isPresent(), "the results show");
        assertTrue(shell.profile().progressProperty().get().level(LEVEL).cleared());
        robot.clickOn("#results-levels");
        assertTrue(text(robot, "#status-" + LEVEL).startsWith("✓ cleared"), text(robot, "#status-" + LEVEL));

        // The game starts again: the clear and the player's design are still there.
        launch(robot);
        robot.clickOn("#play");
        assertTrue(text(robot, "#status-" + LEVEL).startsWith("✓ cleared"), "progress survives a restart");
        robot.clickOn("#level-" + LEVEL);
        assertEquals(fixed, workerOps(), "the design the player built comes back");
        assertTrue(Files.exists(dir.resolve(DataDirectory.PROGRESS)));
        assertFalse(shell.dialog().isPresent());
    }
}
