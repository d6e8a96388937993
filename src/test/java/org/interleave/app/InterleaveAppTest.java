package org.interleave.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.almasb.fxgl.app.GameApplication;
import com.almasb.fxgl.dsl.FXGL;
import javafx.geometry.BoundingBox;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Starts the whole game embedded in a TestFX stage (headless under Monocle) and checks what a
 * player sees first. FXGL holds its state in statics, so the game starts once for this class.
 */
class InterleaveAppTest {
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void launchEmbedded() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            var pane = GameApplication.embeddedLaunch(InterleaveApp.forTests());
            stage.setScene(new Scene(pane, InterleaveApp.WIDTH, InterleaveApp.HEIGHT));
            stage.show();
        });
        // FXGL initialises its services on a background thread, then builds the first scene: waited
        // for on the pulses, as long as a busy machine takes (the class's timeout names it if never)
        Pulses.until("the menu's title shown", () -> shownNow("#title"));
    }

    @AfterAll
    static void shutDown() throws Exception {
        FxToolkit.setupFixture(() -> FXGL.getGameController().exit());
        FxToolkit.cleanupStages();
    }

    @Test
    void startup_showsTitleScreen() throws Exception {
        assertTrue(isShown("#title"));
        assertEquals(InterleaveApp.TITLE, robot.lookup("#title").queryAs(Text.class).getText());
    }

    @Test
    void titleScreen_explainsTheGame() throws Exception {
        assertTrue(isShown("#subtitle"));
        assertEquals(InterleaveApp.SUBTITLE, robot.lookup("#subtitle").queryAs(Text.class).getText());
    }

    @Test
    void play_opensTheLevelSelect_insideTheGame() throws Exception {
        robot.clickOn("#play");
        Pulses.until("the level cards shown", () -> shownNow(".level-card"));
        assertTrue(isShown("#level-main-does-not-wait"));
        robot.clickOn("#back");
        Pulses.until("the menu's title shown again", () -> shownNow("#title"));
    }

    /** Whether the node is on a showing window, not hidden by itself or an ancestor, and inside the window. */
    private static boolean isShown(String query) throws Exception {
        return Pulses.onFx(() -> shownNow(query));
    }

    /** {@link #isShown(String)}, on the FX thread. */
    private static boolean shownNow(String query) {
        return new FxRobot().lookup(query).tryQuery().map(InterleaveAppTest::isShown).orElse(false);
    }

    private static boolean isShown(Node node) {
        var scene = node.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() == 0) {
                return false;
            }
        }
        var inScene = node.localToScene(node.getBoundsInLocal());
        return !inScene.isEmpty()
                && inScene.intersects(new BoundingBox(0, 0, scene.getWidth(), scene.getHeight()));
    }
}
