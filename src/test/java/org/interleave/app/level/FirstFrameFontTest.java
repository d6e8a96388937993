package org.interleave.app.level;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.interleave.app.GameStage;
import org.interleave.app.PlayerProfile;
import org.interleave.app.shared.Theme;
import org.interleave.level.save.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The first frame of a level opened in the game draws the design's ops in their styled font: the
 * canvas marked its card in focus, as it laid itself out, with a style class, which reset the
 * styles of the card's ops to the default 13 px font until the next pulse.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameFontTest extends GameStage {
    @Start
    void start(Stage stage) {
        showGame(stage);
    }

    /** The smallest and the largest font size of the ops drawn on the canvas. */
    private static double[] opFonts(Node screen) {
        double[] sizes = screen.lookupAll("." + Theme.OP_TEXT_CLASS).stream().filter(n -> n instanceof Labeled)
                .mapToDouble(n -> ((Labeled) n).getFont().getSize()).toArray();
        return new double[] {sizes.length, Arrays.stream(sizes).min().orElse(0), Arrays.stream(sizes).max().orElse(0)};
    }

    @Test
    void aLevelOpened_drawsItsOpsInTheirStyledFontFromTheFirstFrame(FxRobot robot) {
        for (boolean projector : new boolean[] {false, true}) {
            launch(robot, PlayerProfile.inMemory(Settings.defaults().withReduceMotion(true)));
            if (projector) {
                interact(() -> {
                    shell.projector().setScale(100);
                    shell.projector().enabledProperty().set(true);
                    ((Stage) shell.getScene().getWindow()).setFullScreen(false);
                });
            }
            double[][] seen = FirstFrames.firstAndSettled(shell,
                    () -> shell.openLevel(CATALOG.byId("write-under-rlock").orElseThrow()), () -> opFonts(shell));
            assertArrayEquals(seen[1], seen[0], 0.01, (projector ? "projector mode: " : "") + "ops drawn, smallest and largest font,"
                    + " first frame " + Arrays.toString(seen[0]) + " vs settled " + Arrays.toString(seen[1]));
        }
    }
}
