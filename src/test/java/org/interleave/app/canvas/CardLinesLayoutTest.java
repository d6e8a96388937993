package org.interleave.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.interleave.app.PaneStage;
import org.interleave.app.Pulses;
import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.interleave.engine.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The canvas's cards are laid out whole by the pulse that shows a change to them: no line of a
 * card is left needing a layout that no pulse comes to give it ({@link CardSettling}). A finding's
 * ⚠ on a line left the ⚠'s label and its line so for good, and CanvasFollowTest's wait for the
 * canvas to settle, once it took the lines in, never ended in a reveal in projector mode.
 */
@ExtendWith(ApplicationExtension.class)
class CardLinesLayoutTest extends PaneStage {
    @Start
    void start(Stage stage) {
        show(stage, 1000, 700);
    }

    /** An editor of {@link BuildDesigns#pipe} in the stage, its first pulses over. */
    private CanvasEditor shownEditor() {
        CanvasEditor editor = Pulses.onFx(() -> new CanvasEditor(BuildDesigns.pipe(), LevelRules.open(BuildDesigns.pipe(), 1)));
        javafx.scene.layout.StackPane themed = new javafx.scene.layout.StackPane(editor);
        org.interleave.app.shared.Theme.apply(themed, org.interleave.app.level.LevelScreen.class, "level-screen.css");
        Pulses.interact(stage.getScene(), () -> pane().getChildren().setAll(themed));
        Pulses.until("the cards drawn", () -> !editor.lookupAll(".card-line").isEmpty());
        return editor;
    }

    /** The parents in the canvas's cards that need a layout, read on the FX thread. */
    private static List<String> needingLayout(CanvasEditor editor) {
        return Pulses.onFx(() -> {
            List<String> marked = new ArrayList<>();
            for (Node card : editor.lookupAll(".part-node")) {
                collect(card, marked);
            }
            return marked;
        });
    }

    private static void collect(Node n, List<String> marked) {
        if (n instanceof Parent p) {
            if (p.isNeedsLayout()) {
                marked.add(n.getClass().getSimpleName() + n.getStyleClass());
            }
            p.getChildrenUnmodifiable().forEach(c -> collect(c, marked));
        }
    }

    @Test
    void aLineFlaggedAsTheFindingsPlace_isLaidOutWholeByThePulseThatShowsIt(FxRobot robot) {
        CanvasEditor editor = shownEditor();
        Finding f = new Finding(Kind.DEADLOCK, "all goroutines are asleep", null,
                List.of(new Site("main", "ops[0]", "send", "jobs")), List.of());
        Pulses.interact(stage.getScene(), () -> editor.findingProperty().set(f));
        assertTrue(Pulses.onFx(() -> editor.flaggedAt("main", "ops[0]")), "main's send flagged");
        assertEquals(List.of(), needingLayout(editor), "after the pulse that shows the ⚠");
        Pulses.interact(stage.getScene(), () -> editor.findingProperty().set(null));
        assertEquals(List.of(), needingLayout(editor), "after the pulse that takes the ⚠ away");
    }

    @Test
    void cardsBuiltAgainByAnEdit_areLaidOutWholeByThePulseThatShowsThem(FxRobot robot) {
        CanvasEditor editor = shownEditor();
        for (int i = 0; i < 3; i++) {
            Pulses.interact(stage.getScene(), () -> editor.model().apply(new Edit.InsertOp("main", "", "ops", 0, "add")));
            assertEquals(List.of(), needingLayout(editor), "after the pulse that shows edit " + (i + 1));
        }
    }
}
