package org.interleave.app.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interleave.app.GameStage;
import org.interleave.app.results.ResultsView;
import org.interleave.engine.model.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A build level played without a mouse: from the main menu, Tab to the canvas, go through parts
 * and ops with the arrow keys, add ops from the inspector's menu (A), move one with Alt+↑, set a
 * field, verify with Ctrl+Enter — and the level clears.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardPlayTest extends GameStage {
    @Start
    void start(Stage stage) {
        showGame(stage);
    }

    private LevelScreen level() {
        return (LevelScreen) shell.screen();
    }

    private Node focused() {
        return shell.getScene().getFocusOwner();
    }

    private Part.Goroutine main() {
        return level().canvas().designProperty().get().goroutines().stream()
                .filter(g -> g.id().equals("main")).findFirst().orElseThrow();
    }

    private List<String> mainOps() {
        return main().ops().stream().map(op -> op.getClass().getSimpleName().toLowerCase()).toList();
    }

    @Test
    void waitForThem_isClearedWithTheKeyboardOnly(FxRobot robot) throws Exception {
        interact(() -> shell.openLevel(CATALOG.byId("wait-for-them").orElseThrow()));

        for (int i = 0; i < 40 && !(focused() != null && "canvas".equals(focused().getId())); i++) {
            robot.type(KeyCode.TAB);
        }
        assertEquals("canvas", focused().getId(), "Tab reaches the canvas");

        // → goes from part to part: to main
        for (int i = 0; i < 6 && !"main".equals(selectedPart()); i++) {
            robot.type(KeyCode.RIGHT);
        }
        assertEquals("main", selectedPart());

        // A opens "+ Add op"; ↓ Enter picks its first op (add), which goes to the end of main
        robot.type(KeyCode.A);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertEquals(List.of("go", "go", "go", "add"), mainOps());
        assertTrue(level().canvas().isFocusWithin(), "the keys go on from the new op");

        // Alt+↑ three times moves it before the three go ops
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        }
        assertEquals(List.of("add", "go", "go", "go"), mainOps());

        // Enter goes into the inspector; Tab to the count, type 3, Enter; Esc back to the canvas
        robot.type(KeyCode.ENTER);
        for (int i = 0; i < 8 && !(focused() != null && "field-n".equals(focused().getId())); i++) {
            robot.type(KeyCode.TAB);
        }
        assertEquals("field-n", focused().getId());
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.DIGIT3).type(KeyCode.ENTER);
        String add = org.interleave.engine.OpText.of(main().ops().get(0));
        assertTrue(add.contains("Add(3)"), add);
        robot.type(KeyCode.ESCAPE);
        assertEquals("canvas", focused().getId(), "Esc leaves the inspector for the canvas");

        // wait goes last: down to the last op, A, pick wait (the second entry)
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.A);
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertEquals(List.of("add", "go", "go", "go", "wait"), mainOps());

        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil("the results dialog shown", () -> shell.dialog().filter(d -> d instanceof ResultsView).isPresent());
        assertTrue(shell.profile().progressProperty().get().level("wait-for-them").cleared());
    }

    private String selectedPart() {
        return level().canvas().selectedPart();
    }
}
