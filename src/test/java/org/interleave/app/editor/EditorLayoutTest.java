package org.interleave.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.interleave.app.GameStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * How the level editor shares its room: beside the design's JSON the locked ops take the height
 * the tab has to spare, and the palette's scroll bar lies under its tiles, never over their names.
 */
@ExtendWith(ApplicationExtension.class)
class EditorLayoutTest extends GameStage {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        showGame(stage);
    }

    /** Opens a copy of the optimisation level whose goroutine has eleven ops, on its starting design, locked ops unfolded. */
    private void openLevelWithLockedOps(FxRobot robot, double width, double height, boolean projector) throws Exception {
        Path file = dir.resolve("short-critical-sections.level.json");
        Files.copy(Path.of("levels/32-short-critical-sections.level.json"), file);
        interact(() -> {
            projectorWindow(projector, 100, width, height);
        });
        interact(() -> { });  // and a pulse more at the window's new size
        interact(() -> shell.lookup(".button").requestFocus());  // the screen before had the focus
        interact(() -> shell.openEditor(file));
        interact(() -> {
            TabPane tabs = (TabPane) shell.editor().lookup(".tab-pane");
            tabs.getTabs().stream().filter(t -> "tab-design".equals(t.getId())).findFirst()
                    .ifPresent(tabs.getSelectionModel()::select);
            ((TitledPane) shell.lookup("#editor-op-locks-pane")).setExpanded(true);
        });
    }

    @Test
    void lockedOps_at1920x1080_showEveryOpWithoutScrolling(FxRobot robot) throws Exception {
        openLevelWithLockedOps(robot, 1920, 1080, false);
        double[] seen = onFx(() -> {
            ScrollPane list = (ScrollPane) shell.editor().lookup(".op-locks-scroll");
            Node ops = shell.editor().lookup("#editor-op-locks");
            return new double[] {list.getViewportBounds().getHeight(), ops.getLayoutBounds().getHeight(),
                    ops.lookupAll(".op-lock").size()};
        });
        assertTrue(seen[2] == 11, "the level's goroutine has eleven ops: " + seen[2]);
        assertTrue(seen[0] >= seen[1] - 1, "the list shows all " + seen[1] + " px of its ops, not " + seen[0] + " px");
    }

    /**
     * A short editor (projector mode at 1920×1080, 45 em tall) shows the locks as a tab of their
     * own, and the locks fill it: capped at the height their ops take, as they are beside the
     * design's JSON, they left the foot of the tab empty, the list's frame ending above it.
     */
    @Test
    void aShortEditorsLocksTab_isFilledByTheLocks(FxRobot robot) throws Exception {
        openLevelWithLockedOps(robot, 1920, 1080, true);
        interact(() -> {
            TabPane tabs = (TabPane) shell.editor().lookup(".tab-pane");
            tabs.getTabs().stream().filter(t -> "tab-locks".equals(t.getId())).findFirst()
                    .ifPresent(tabs.getSelectionModel()::select);
        });
        double[] seen = onFx(() -> {
            ScrollPane tab = (ScrollPane) shell.editor().lookup(".locks-tab-scroll");
            Node pane = shell.lookup("#editor-op-locks-pane");
            double em = ((javafx.scene.control.Labeled) shell.editor().lookup("#editor-back")).getFont().getSize();
            return new double[] {tab.localToScene(tab.getLayoutBounds()).getMaxY(),
                    pane.localToScene(pane.getLayoutBounds()).getMaxY(), em, tab.isVisible() ? 1 : 0};
        });
        assertTrue(seen[3] == 1, "the locks are a tab of their own");
        assertTrue(seen[1] >= seen[0] - seen[2], "the locked ops reach the tab's foot at " + seen[0] + " px (less its margin), not "
                + seen[1] + " px");
    }

    @Test
    void theEditorAt1280x720_opensWithNoFieldSelected_andACanvasTallEnoughToWorkOn(FxRobot robot) throws Exception {
        // the Id field took the focus, its text selected as if to be typed over, and the design's
        // canvas under its JSON was about 150 px high
        openLevelWithLockedOps(robot, 1280, 720, false);
        String focused = onFx(() -> {
            Node owner = shell.getScene().getFocusOwner();
            return owner instanceof javafx.scene.control.TextInputControl t ? t.getId() + " «" + t.getSelectedText() + "»" : "";
        });
        assertEquals("", focused, "no text field has the focus as the editor opens");
        double canvas = onFx(() -> shell.editor().lookup("#design-canvas").lookup("#canvas").getLayoutBounds().getHeight());
        assertTrue(canvas >= 240, "the design's canvas is " + canvas + " px high");
    }

    @Test
    void checkBothSides_clicked_leavesNoFieldSelected_whenTheCheckEnds(FxRobot robot) throws Exception {
        // the clicked button had the focus and, turned off while the check ran, handed it to the
        // first field: the level's Id, its text selected (docs/level-editor.png showed it so)
        openLevelWithLockedOps(robot, 1280, 720, false);
        robot.clickOn("#check-both");
        waitUntil("three check results listed", () -> shell.editor().lookupAll(".check-result").size() >= 3);
        String focused = onFx(() -> {
            Node owner = shell.getScene().getFocusOwner();
            return owner instanceof javafx.scene.control.TextInputControl t ? t.getId() + " «" + t.getSelectedText() + "»" : "";
        });
        assertEquals("", focused, "no text field has the focus once the check ends");
    }

    @Test
    void lockedOps_at1280x720_keepTheirLeastHeight_leavingTheRoomToTheJsonAndCanvas(FxRobot robot) throws Exception {
        openLevelWithLockedOps(robot, 1280, 720, false);
        double[] seen = onFx(() -> {
            ScrollPane list = (ScrollPane) shell.editor().lookup(".op-locks-scroll");
            double em = ((javafx.scene.control.Labeled) shell.editor().lookup("#editor-back")).getFont().getSize();
            return new double[] {list.getHeight(), em, shell.editor().lookup("#design-canvas").getLayoutBounds().getHeight()};
        });
        assertTrue(seen[0] <= 8 * seen[1], "the list keeps about its least, 7 em of " + seen[1] + " px: " + seen[0] + " px");
        assertTrue(seen[2] >= 220, "the canvas keeps its least: " + seen[2] + " px");
    }

    @Test
    void thePalettesScrollBar_liesUnderItsTiles_at1280And1920AndInProjectorMode(FxRobot robot) throws Exception {
        for (Object[] look : new Object[][] {{1280.0, 720.0, false}, {1920.0, 1080.0, false}, {1920.0, 1080.0, true}}) {
            openLevelWithLockedOps(robot, (double) look[0], (double) look[1], (boolean) look[2]);
            String where = look[0] + "×" + look[1] + (((boolean) look[2]) ? " projector" : "");
            String overlap = onFx(() -> {
                ScrollPane palette = (ScrollPane) shell.editor().lookup("#design-canvas").lookup(".palette-scroll");
                ScrollBar bar = palette.getChildrenUnmodifiable().stream()
                        .filter(n -> n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible())
                        .map(ScrollBar.class::cast).findFirst().orElse(null);
                if (bar == null) {
                    return "no sideways bar: the palette of fourteen parts fits";
                }
                Bounds b = bar.localToScene(bar.getLayoutBounds());
                StringBuilder out = new StringBuilder();
                for (Node name : palette.lookupAll(".palette-name")) {
                    Bounds n = name.localToScene(name.getLayoutBounds());
                    Node tile = name.getParent();
                    Bounds t = tile.localToScene(tile.getLayoutBounds());
                    if (t.getMaxY() > b.getMinY() + 1 && n.getMaxX() > b.getMinX() && n.getMinX() < b.getMaxX()) {
                        out.append(tile.getId()).append(" reaches ").append(t.getMaxY()).append(", the bar starts at ")
                                .append(b.getMinY()).append('\n');
                    }
                }
                return out.toString();
            });
            assertTrue(overlap.isEmpty(), where + ": " + overlap);
            interact(shell::showMenu);
            Files.delete(dir.resolve("short-critical-sections.level.json"));
        }
    }
}
