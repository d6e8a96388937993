package org.interleave.app.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.interleave.app.GameStage;
import org.interleave.app.shared.CommandText;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The level select with a custom pack opened from a deep folder: the pack's long path never
 * widens the grid, so every level card and the pack's Close lie whole inside the window, at
 * 1280×720 and 1920×1080, and in projector mode at 100 % and 200 %.
 */
@ExtendWith(ApplicationExtension.class)
class LevelSelectPackTest extends GameStage {
    private Stage stage;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        showGame(stage);
    }

    static Stream<Arguments> sizes() {
        return Stream.of(Arguments.of(1280, 720, 0), Arguments.of(1920, 1080, 0),
                Arguments.of(1280, 720, 100), Arguments.of(1920, 1080, 100),
                Arguments.of(1280, 720, 200), Arguments.of(1920, 1080, 200));
    }

    @ParameterizedTest(name = "{0}×{1} projector {2}")
    @MethodSource("sizes")
    void deepPackPath_keepsCardsAndCloseInsideTheWindow(int width, int height, int projector, FxRobot robot)
            throws Exception {
        Path pack = DeepPack.under(temp);
        robot.interact(() -> {
            if (projector > 0) {
                shell.projector().setScale(projector);
                shell.projector().enabledProperty().set(true);
            }
            stage.setFullScreen(false);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.setX(0);
            stage.setY(0);
        });
        interact(() -> shell.openCustom(pack));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> shell.screen() instanceof LevelSelectView), "a folder opens on the level select");
        assertEquals(width, onFx(() -> stage.getScene().getWidth()));

        List<String> outside = onFx(() -> {
            Scene scene = stage.getScene();
            List<String> found = new ArrayList<>();
            List<Node> whole = new ArrayList<>(shell.lookupAll(".level-card"));
            whole.add(shell.lookup("#close-pack"));
            for (Node n : whole) {
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (b.getMinX() < -0.5 || b.getMaxX() > scene.getWidth() + 0.5) {
                    found.add(n.getId() + " spans x " + (int) b.getMinX() + "–" + (int) b.getMaxX());
                }
            }
            Node close = shell.lookup("#close-pack");
            Bounds c = close.localToScene(close.getLayoutBounds());
            if (c.getMinY() < -0.5 || c.getMaxY() > scene.getHeight() + 0.5) {
                found.add("close-pack spans y " + (int) c.getMinY() + "–" + (int) c.getMaxY());
            }
            return found;
        });
        assertTrue(outside.isEmpty(), "outside the " + width + "-wide window: " + outside);

        // the whole path is on the folder line, wrapped at its separators within the window, and
        // on one line in its tooltip
        CommandText folder = onFx(() -> (CommandText) shell.lookup("#pack-folder"));
        assertNotNull(folder, "the pack's folder line");
        assertEquals(pack.toString(), onFx(folder::text), "the folder line gives the whole path");
        assertTrue(onFx(() -> folder.getChildren().size() > 1), "a deep folder's path is cut into pieces that may wrap");
        assertFalse(onFx(() -> folder.localToScene(folder.getLayoutBounds()).getMaxX() > stage.getScene().getWidth() + 0.5),
                "the folder line fits the window");
        assertTrue(onFx(() -> folder.getHeight() >= folder.prefHeight(folder.getWidth()) - 1), "the folder line wraps whole");
        // the pack's name, as long as its folder's, wraps after its - and never past the window
        CommandText title = onFx(() -> (CommandText) shell.lookup("#pack-title"));
        assertNotNull(title, "the pack's title line");
        assertEquals("Custom · " + pack.getFileName(), onFx(title::text));
        assertFalse(onFx(() -> title.localToScene(title.getLayoutBounds()).getMaxX() > stage.getScene().getWidth() + 0.5),
                "the title fits the window");
        Labeled count = onFx(() -> (Labeled) shell.lookup("#pack-count"));
        assertNotNull(count, "the line saying what the pack holds");
        assertNotNull(onFx(count::getTooltip), "the count line has the path's tooltip");
        assertEquals(pack.toString(), onFx(() -> count.getTooltip().getText()), "the tooltip gives the whole path");
    }
}
