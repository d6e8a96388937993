package org.interleave.app.level;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.interleave.app.GameStage;
import org.interleave.app.PlayerProfile;
import org.interleave.app.Pulses;
import org.interleave.level.save.Settings;
import org.interleave.playback.TimelineView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The first frame of what a level screen shows in projector mode at a large scale, where the
 * timeline leaves its key out: it already has the layout it keeps, no frame with the key shown (or
 * cut) and then hidden, no heights that jump a frame later.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorFirstFrameTest extends GameStage {
    @Start
    void start(Stage stage) {
        showGame(stage);
    }

    /** The level {@code id} opened in projector mode at {@code scale} % in a {@code width}×{@code height} window, without motion. */
    private LevelScreen openInProjectorMode(FxRobot robot, int scale, int width, int height, String id) {
        launch(robot, PlayerProfile.inMemory(Settings.defaults().withReduceMotion(true)));
        interact(() -> {
            shell.projector().setScale(scale);
            shell.projector().enabledProperty().set(true);
            Stage stage = (Stage) shell.getScene().getWindow();
            stage.setFullScreen(false);
            stage.setWidth(width);
            stage.setHeight(height);
            shell.openLevel(CATALOG.byId(id).orElseThrow());
        });
        return (LevelScreen) shell.screen();
    }

    /** How many of the timeline's key entries and its export button show (visible and laid out). */
    private static double keyShown(TimelineView t) {
        return t.lookupAll(".timeline-legend-item").stream().filter(n -> n.isVisible() && n.isManaged()).count()
                + t.lookupAll("#timeline-export").stream().filter(n -> n.isVisible() && n.isManaged()).count();
    }

    @Test
    void openingTheTimelineInProjectorModeAt200Percent_firstFrameHasNoKeyAndTheSettledHeights(FxRobot robot) throws Exception {
        // at 200 % the key gives its room to the lanes, and the canvas gives the timeline some of its
        // least height: the window sized the screen by the canvas's least from before the timeline
        // opened, and the first frame showed the screen 1318 px tall in the 1080 px window, the
        // canvas 246 px, then 1134 and 144 px
        LevelScreen s = openInProjectorMode(robot, 200, 1920, 1080, "sleep-is-not-sync");
        verify(s);
        assertTrue(onFx(() -> s.reveal().traceProperty().get() != null), "a counterexample to reveal");
        TimelineView t = s.scheduler().revealTimeline();
        Node canvas = s.canvas().view();
        Node grip = t.grip();
        double[][] seen = FirstFrames.firstAndSettled(s, () -> ((ToggleButton) s.lookup("#show-timeline")).fire(),
                () -> new double[] {keyShown(t), t.getHeight(), grip.getLayoutBounds().getHeight(),
                        canvas.getLayoutBounds().getHeight(), s.getHeight()});
        assertEquals(0, seen[1][0], "the key is left out at 200 %");
        assertTrue(seen[1][1] > 0, "the timeline shows");
        assertArrayEquals(seen[1], seen[0], 0.5, "key entries shown, timeline, heading, canvas and screen heights, first frame "
                + Arrays.toString(seen[0]) + " vs settled " + Arrays.toString(seen[1]));
    }
}
