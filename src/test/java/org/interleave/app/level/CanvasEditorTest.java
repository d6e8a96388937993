package org.interleave.app.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.interleave.app.Pulses;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.engine.OpText;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The canvas editor in the level screen, driven as a player would: drag a part from the palette,
 * wire an op by dragging its port (and be refused an illegal wire with the reason), edit an op
 * in the inspector, undo and redo from the keyboard, find the edited design autosaved when the
 * level reopens, and see a revealed race flag both accesses on the canvas.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasEditorTest extends LevelScreenStage {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    private static CampaignCatalog.Entry level(String id) {
        return CATALOG.byId(id).orElseThrow();
    }

    private static Part.Goroutine goroutine(LevelScreen s, String id) {
        return (Part.Goroutine) s.canvas().designProperty().get().part(id).orElseThrow();
    }

    private static String op(LevelScreen s, String goroutine, int i) {
        return OpText.of(goroutine(s, goroutine).ops().get(i));
    }

    /** The line of op {@code path} on a goroutine's card. */
    private static Node line(FxRobot robot, String goroutine, String path) {
        return robot.lookup("#part-" + goroutine + " .card-line").match(n -> path.equals(n.getUserData())).query();
    }

    private static Circle port(FxRobot robot, String goroutine, String path) {
        return (Circle) robot.from(line(robot, goroutine, path)).lookup(".port").query();
    }

    private static String inspectorCode(FxRobot robot) {
        return robot.lookup(".inspector-code").tryQuery().map(n -> ((Label) n).getText()).orElse(null);
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#canvas-message").queryAs(Label.class).getText();
    }

    @Test
    void aPartDraggedFromThePalette_landsOnTheCanvas_andThePaletteCountsDown(FxRobot robot) {
        LevelScreen s = open(robot, level("worker-pool"));
        assertEquals("×1", robot.lookup("#palette-closer .palette-count").queryAs(Label.class).getText());

        robot.drag("#palette-closer").dropTo("#canvas");

        Part.Goroutine closer = goroutine(s, "closer");
        assertEquals("closer", closer.preset());
        assertEquals("wg.Wait()", OpText.of(closer.ops().get(0)));
        assertTrue(robot.lookup("#part-closer").tryQuery().isPresent(), "the closer is drawn");
        assertEquals("×0", robot.lookup("#palette-closer .palette-count").queryAs(Label.class).getText());
    }

    @Test
    void draggingAnOpsPortOntoAChannel_wiresIt_andUndoRedoFollowTheKeyboard(FxRobot robot) {
        LevelScreen s = open(robot, level("send-before-go"));
        assertEquals("jobs <- 4", op(s, "main", 0));
        int wires = s.canvas().wireCount();

        robot.drag(port(robot, "main", "ops[0]")).dropTo("#part-results");

        assertEquals("results <- 4", op(s, "main", 0));
        assertEquals(wires, s.canvas().wireCount(), "the wire moved, none was added");
        robot.clickOn("#canvas");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("jobs <- 4", op(s, "main", 0));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals("results <- 4", op(s, "main", 0));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertEquals("results <- 4", op(s, "main", 0));
    }

    @Test
    void anIllegalWire_isRefused_withItsReason_byDragOrByClicks(FxRobot robot) {
        LevelScreen s = open(robot, level("send-before-go"));
        Design before = s.canvas().designProperty().get();

        robot.drag(port(robot, "main", "ops[0]")).dropTo("#part-out");

        assertEquals("✗ A send needs a channel: out is an output sink", message(robot));
        assertEquals(before, s.canvas().designProperty().get());

        robot.clickOn(port(robot, "main", "ops[2]"));
        assertTrue(message(robot).startsWith("Now click the part to wire r := <-results to"), message(robot));
        robot.clickOn("#part-out");
        assertEquals("✗ A receive needs a channel: out is an output sink", message(robot));
        robot.clickOn(port(robot, "main", "ops[2]"));
        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#canvas").tryQuery().isPresent(), "Esc cancelled the wire and stayed on the level");
        assertFalse(message(robot).startsWith("Now click"), message(robot));
    }

    /**
     * Replaces the inspector's value as a player would: click into it, select it all, type. (A
     * double-click to select is two clicks to a machine too busy to deliver them close together.)
     */
    private static void retype(FxRobot robot, String text) {
        TextInputControl field = robot.lookup("#field-value").queryAs(TextInputControl.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text).type(KeyCode.ENTER);
    }

    @Test
    void anOpIsEditedInTheInspector_andMovingGoUp_fixesTheLevel_asVerifySees(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, level("send-before-go"));
        robot.clickOn(line(robot, "main", "ops[0]"));
        retype(robot, "5");
        assertEquals("jobs <- 5", op(s, "main", 0));
        robot.clickOn(line(robot, "main", "ops[0]"));
        retype(robot, "4");
        assertEquals("jobs <- 4", op(s, "main", 0));

        robot.clickOn(line(robot, "main", "ops[1]"));
        robot.clickOn("#op-up");
        assertEquals("go worker()", op(s, "main", 0));
        assertEquals("jobs <- 4", op(s, "main", 1));

        clickVerify(robot, s);  // as the player does, having edited the design
        String verdict = onFx(() -> robot.lookup("#verdict").queryAs(Label.class).getText());
        assertTrue(verdict.startsWith("✓ Cleared"), verdict);
    }

    @Test
    void lockedOps_showAPadlock_andTheInspectorKeepsThemAsTheyAre_whileOpsAroundThemStayEditable(FxRobot robot) {
        LevelScreen s = open(robot, level("size-the-pool"));  // main: go worker, then five locked sends, close, print loop
        assertTrue(robot.from(line(robot, "main", "ops[6]")).lookup(".lock-badge-label").tryQuery().isPresent(),
                "close(jobs) is locked: a padlock on its line");
        assertTrue(robot.from(line(robot, "main", "ops[0]")).lookup(".lock-badge-label").tryQuery().isEmpty(),
                "go worker() is the player's: no padlock");

        // main's card sits below the fold of the test window: walk to its ops with the keyboard
        for (int i = 0; i < 12 && !"main".equals(s.canvas().selectedPart()); i++) {
            robot.type(KeyCode.TAB);
        }
        for (int i = 0; i < 20 && !"close(jobs)".equals(inspectorCode(robot)); i++) {
            robot.type(KeyCode.DOWN);
        }
        assertEquals("close(jobs)", inspectorCode(robot));
        assertTrue(robot.lookup("#op-locked").tryQuery().isPresent(), "the inspector says the op is locked");
        assertTrue(robot.lookup("#op-remove").query().isDisabled());
        assertTrue(robot.lookup("#op-up").query().isDisabled());
        assertFalse(robot.lookup("#add-op").query().isDisabled(), "ops can still be added after it");

        for (int i = 0; i < 20 && !"go worker()".equals(inspectorCode(robot)); i++) {
            robot.type(KeyCode.UP);
        }
        assertEquals("go worker()", inspectorCode(robot));
        assertTrue(robot.lookup("#op-locked").tryQuery().isEmpty());
        assertFalse(robot.lookup("#op-remove").query().isDisabled());
        robot.interact(() -> robot.lookup("#op-remove").queryButton().fire());
        assertEquals("jobs <- 1", op(s, "main", 0));
        assertTrue(robot.from(line(robot, "main", "ops[5]")).lookup(".lock-badge-label").tryQuery().isPresent(),
                "close(jobs), now ops[5], keeps its padlock");
    }

    @Test
    void startOver_putsTheLevelsDesignBack_andUndoBringsTheEditBack(FxRobot robot) {
        LevelScreen s = open(robot, level("send-before-go"));
        robot.clickOn(line(robot, "main", "ops[1]"));
        robot.clickOn("#op-up");
        assertEquals("go worker()", op(s, "main", 0));

        robot.clickOn("#start-over");
        assertEquals("jobs <- 4", op(s, "main", 0));
        robot.clickOn("#undo");
        assertEquals("go worker()", op(s, "main", 0));
        robot.clickOn("#redo");
        assertEquals("jobs <- 4", op(s, "main", 0));
    }

    @Test
    void theEditedDesign_isAutosaved_andComesBackWhenTheLevelReopens(FxRobot robot) {
        DesignStore store = DesignStore.inMemory();
        LevelScreen s = open(robot, level("send-before-go"), store);
        robot.clickOn(line(robot, "main", "ops[1]"));
        robot.clickOn("#op-up");
        Design edited = s.canvas().designProperty().get();

        open(robot, level("dining-philosophers"), store);
        LevelScreen again = open(robot, level("send-before-go"), store);

        assertEquals("go worker()", op(again, "main", 0));
        assertEquals(edited.parts().stream().map(Part::id).toList(),
                again.canvas().designProperty().get().parts().stream().map(Part::id).toList());
        assertTrue(store.designs().level("send-before-go").autosaved().isPresent());
        assertTrue(store.designs().level("dining-philosophers").autosaved().isEmpty(), "an untouched level saves nothing");
    }

    @Test
    void aRevealedRace_flagsBothAccessesOnTheCanvas_andTheVar_andSteppingAnimatesIt(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, level("sleep-is-not-sync"));
        verify(s);

        assertTrue(s.canvas().flaggedAt("loader", "ops[1]"), "the write cfg = 42 is flagged");
        assertTrue(s.canvas().flaggedAt("main", "ops[2]"), "the read c = cfg is flagged");
        assertFalse(s.canvas().flaggedAt("main", "ops[0]"));
        assertTrue(robot.lookup("#part-cfg").query().getStyleClass().contains("site"), "the racing var is flagged");
        Op.Write write = (Op.Write) goroutine(s, "loader").ops().get(1);
        assertEquals("cfg", write.var());
        int n = s.reveal().traceProperty().get().length();
        int animated = s.canvas().stepAnimations();
        for (int i = 1; i < n; i++) {
            robot.type(KeyCode.RIGHT);
        }
        assertTrue(s.canvas().stepAnimations() > animated, "stepping forward sends tokens along the wires");
        assertTrue(s.canvas().stateOf("cfg").contains("value 42"), s.canvas().stateOf("cfg"));
    }

    @Test
    void hoveringAChannel_namesIt_andSaysItsStateInWords(FxRobot robot) {
        LevelScreen s = open(robot, level("worker-pool"));
        robot.moveTo("#part-jobs");
        assertEquals("jobs — a channel with a buffer of 4\n0 of 4 slots full", s.canvas().stateOf("jobs"));
        assertTrue(robot.lookup("#part-jobs").query().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("highlit")), "the hovered part is highlighted");
    }

    /**
     * A reveal pans the canvas to the op that ran (main's second line lies past the right edge at
     * 1280×720), cutting the cards on the left; in a larger window, where the design fits, the canvas
     * brings every card back into view.
     */
    @Test
    void aPanMadeForAStep_givesWayInALargerWindow_whereTheWholeDesignShows(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, level("main-does-not-wait"));
        verify(s);
        Pulses.interact(s.getScene(), () -> s.reveal().go(s.reveal().traceProperty().get().length()));
        Pulses.interact(s.getScene(), () -> {
            Stage stage = (Stage) s.getScene().getWindow();
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        Pulses.interact(s.getScene(), () -> { });  // and a pulse more at the window's new size
        String outside = onFx(() -> {
            Node canvas = s.lookup("#canvas");
            javafx.geometry.Bounds shown = canvas.localToScene(canvas.getLayoutBounds());
            StringBuilder out = new StringBuilder();
            for (Node card : s.lookupAll(".part-node")) {
                javafx.geometry.Bounds b = card.localToScene(card.getLayoutBounds());
                if (!shown.contains(b)) {
                    out.append(card.getId()).append(' ').append(b).append(" outside ").append(shown).append('\n');
                }
            }
            return out.toString();
        });
        assertEquals("", outside);
    }
}
