package org.interleave.app.level;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.interleave.app.GameStage;
import org.interleave.app.PlayerProfile;
import org.interleave.app.Pulses;
import org.interleave.level.save.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A reveal in projector mode at 200 %: the design column keeps its width, so the step bar's
 * buttons and who ran (what stays in view when the bar scrolls) keep to a row or two and the
 * canvas under it keeps its room.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorStepBarTest extends GameStage {
    @Start
    void start(Stage stage) {
        showGame(stage);
    }

    /** The level {@code id} opened in projector mode at 200 % in a {@code width}×{@code height} window and verified. */
    private LevelScreen revealed(FxRobot robot, int width, int height, String id) throws Exception {
        launch(robot, PlayerProfile.inMemory(Settings.defaults().withReduceMotion(true)));
        interact(() -> {
            projectorWindow(true, 200, width, height);
            shell.openLevel(CATALOG.byId(id).orElseThrow());
        });
        LevelScreen s = (LevelScreen) shell.screen();
        verify(s);
        assertTrue(onFx(() -> s.reveal().traceProperty().get() != null), "a counterexample to reveal");
        Pulses.interact(s.getScene(), () -> { });
        return s;
    }

    @Test
    void levelOpenedInProjectorModeAt200Percent_foldsTheBriefSoTheDesignKeepsItsWidth(FxRobot robot) throws Exception {
        // the columns were fitted as the fold button's font changed, mid-styling, with the brief
        // measured in its old text size: both stayed open, the design 432 px wide in a 1920 px window,
        // its step bar three rows of buttons 350 px tall
        for (int[] size : new int[][] {{1920, 1080}, {1280, 720}}) {
            LevelScreen s = revealed(robot, size[0], size[1], "sleep-is-not-sync");
            double[] m = onFx(() -> new double[] {s.lookup(".design-column").getLayoutBounds().getWidth(),
                    ((Labeled) s.lookup("#verify")).getFont().getSize(), s.briefOpenProperty().get() ? 1 : 0});
            assertTrue(m[2] == 0 && m[0] >= SideColumns.GOAL_FOLDS_BELOW_EM * m[1], size[0] + "×" + size[1]
                    + ": the brief " + (m[2] == 1 ? "open" : "folded") + ", the design " + m[0] + " px wide at " + m[1] + " px text");
        }
    }
}
