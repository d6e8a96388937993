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
            projectorWindow(true, scale, width, height);
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

    /**
     * Where {@code n} lies in the scene, against the window: its top and foot, and the scene's
     * height, in px; with the left and right edge and the scene's width.
     */
    private static double[] inScene(Node n) {
        var b = n.localToScene(n.getLayoutBounds());
        return new double[] {b.getMinY(), b.getMaxY(), n.getScene().getHeight(), b.getMinX(), b.getMaxX(), n.getScene().getWidth()};
    }

    private static void assertInWindow(String what, double[] b) {
        assertTrue(b[0] >= -0.5 && b[1] <= b[2] + 0.5 && b[3] >= -0.5 && b[4] <= b[5] + 0.5,
                what + " from y " + b[0] + " to " + b[1] + " in a scene " + b[2] + " px tall, x " + b[3] + " to " + b[4]
                        + " in " + b[5] + " px");
    }

    /**
     * A fix level's reveal in projector mode at 200 %, timeline open, in a 1920×1080 and a 1280×720
     * window: the level screen and the timeline, foot included, lie in the window (the screen settled
     * 1134 px tall in the 1080 px window, header 140, columns' least 776, timeline 218).
     */
    @Test
    void timelineOpenInProjectorModeAt200Percent_theScreenAndTheTimelineLieInTheWindow(FxRobot robot) throws Exception {
        for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
            LevelScreen s = openInProjectorMode(robot, 200, size[0], size[1], "sleep-is-not-sync");
            verify(s);
            assertTrue(onFx(() -> s.reveal().traceProperty().get() != null), "a counterexample to reveal");
            TimelineView t = s.scheduler().revealTimeline();
            Pulses.interact(s.getScene(), () -> ((ToggleButton) s.lookup("#show-timeline")).fire());
            for (int i = 0; i < 3; i++) {
                Pulses.interact(s.getScene(), () -> { });
            }
            String at = size[0] + "×" + size[1] + ": ";
            assertTrue(onFx(() -> t.getScene() != null && t.getHeight() > 0), at + "the timeline shows");
            String parts = onFx(() -> "header " + s.getTop().getLayoutBounds().getHeight() + ", columns' least (brief, design, goal) "
                    + s.getLeft().minHeight(-1) + ", " + s.getCenter().minHeight(-1) + ", " + s.getRight().minHeight(-1)
                    + ", timeline " + t.getHeight() + " (least " + t.minHeight(-1) + "); ");
            assertInWindow(at + parts + "the level screen", onFx(() -> inScene(s)));
            assertInWindow(at + "the timeline", onFx(() -> inScene(t)));
        }
    }

    /**
     * With the timeline open in projector mode at 200 %, a side column folded or opened draws its
     * first frame at the layout it keeps: the columns' widths, the design's, canvas's, timeline's
     * and screen's heights (a review asked whether a fold, which changes the design's width and so
     * the step bar's and the timeline's heights, showed a frame laid out for the old width).
     */
    @Test
    void foldingOrOpeningAColumnWithTheTimelineOpen_firstFrameHasTheSettledLayout(FxRobot robot) throws Exception {
        LevelScreen s = openInProjectorMode(robot, 200, 1920, 1080, "sleep-is-not-sync");
        verify(s);
        assertTrue(onFx(() -> s.reveal().traceProperty().get() != null), "a counterexample to reveal");
        TimelineView t = s.scheduler().revealTimeline();
        Pulses.interact(s.getScene(), () -> ((ToggleButton) s.lookup("#show-timeline")).fire());
        Node canvas = s.canvas().view();
        java.util.concurrent.Callable<double[]> layout = () -> new double[] {s.getLeft().getLayoutBounds().getWidth(),
                s.getCenter().getLayoutBounds().getWidth(), s.getRight().getLayoutBounds().getWidth(),
                canvas.getLayoutBounds().getHeight(), t.getHeight(), s.getHeight()};
        for (Runnable change : new Runnable[] {() -> s.columns().chooseBrief(true), () -> s.columns().chooseGoal(true),
                () -> s.columns().chooseGoal(false)}) {
            double[][] seen = FirstFrames.firstAndSettled(s, change, layout);
            assertArrayEquals(seen[1], seen[0], 0.5, "brief, design and goal widths, canvas, timeline and screen heights,"
                    + " first frame " + Arrays.toString(seen[0]) + " vs settled " + Arrays.toString(seen[1]));
        }
    }

    /**
     * What a level screen's first frame after {@code change} lays out, as settled: the screen's text
     * size, its width and height, the brief's, design's and goal's widths, the canvas's, the
     * timeline's (0 when closed) and the screen's heights, the key entries the timeline shows, and how
     * far the screen's foot and right edge lie past the scene's.
     */
    private static double[][] firstFrameAndSettled(LevelScreen s, TimelineView t, Runnable change) {
        Node canvas = s.canvas().view();
        return FirstFrames.firstAndSettled(s, change, () -> {
            var b = s.localToScene(s.getLayoutBounds());
            return new double[] {((javafx.scene.control.Button) s.lookup("#verify")).getFont().getSize(), s.getWidth(), s.getHeight(),
                    s.getLeft().getLayoutBounds().getWidth(), s.getCenter().getLayoutBounds().getWidth(),
                    s.getRight().getLayoutBounds().getWidth(), canvas.getLayoutBounds().getHeight(),
                    t == null || t.getScene() == null ? 0 : t.getHeight(), t == null ? 0 : keyShown(t),
                    Math.max(0, b.getMaxY() - s.getScene().getHeight()), Math.max(0, b.getMaxX() - s.getScene().getWidth())};
        });
    }

    private static final String FIGURES = "Verify's text size, screen width and height, brief, design and goal widths, canvas and"
            + " timeline heights, key entries, px past the window's foot and right edge";

    private static Runnable windowSize(Node any, double width, double height) {
        return () -> {
            javafx.stage.Stage stage = (javafx.stage.Stage) any.getScene().getWindow();
            stage.setWidth(width);
            stage.setHeight(height);
        };
    }

    /**
     * A window resized in projector mode at 200 %, where the window caps the text (48 px at
     * 1920×1080, 32 px at 1280×720): the first frame laid out after the resize has the text size it
     * keeps, the side columns and the design their settled widths, and the screen lies within the
     * window. The shell restyled for the new cap in a task after the pulse that resized it, so that
     * pulse laid out a frame at the old size's text: 48 px text in the 1280×720 window, the goal
     * column 134 px wide (settled 512), the design 1021 px.
     */
    @Test
    void resizingTheWindowInProjectorModeAt200Percent_firstFrameHasTheSettledTextSizeAndColumnsAndFits(FxRobot robot) {
        LevelScreen s = openInProjectorMode(robot, 200, 1920, 1080, "write-under-rlock");
        for (double[] size : new double[][] {{1280, 720}, {1920, 1080}, {1600, 1080}}) {
            double[][] seen = firstFrameAndSettled(s, null, windowSize(s, size[0], size[1]));
            // the canvas's height is not among them: see aWidthChangeWithTheTimelineOpen (the palette's row is
            // laid out a frame at the old width's height, 10 px short at 1280×720)
            int[] compared = {0, 1, 2, 3, 4, 5, 9, 10};
            double[] first = java.util.stream.IntStream.of(compared).mapToDouble(i -> seen[0][i]).toArray();
            double[] settled = java.util.stream.IntStream.of(compared).mapToDouble(i -> seen[1][i]).toArray();
            assertArrayEquals(settled, first, 0.5, "at " + size[0] + "×" + size[1] + ": " + FIGURES + ", first frame "
                    + Arrays.toString(seen[0]) + " vs settled " + Arrays.toString(seen[1]));
            assertEquals(0, seen[0][9] + seen[0][10], 0.5, "the screen within the window");
        }
    }

    /**
     * With a reveal's timeline open, a change of the window's width alone draws its first frame at
     * the layout it keeps, in projector mode at 200 %, where the width caps the text (1920 -> 1600 px:
     * 48 -> 40 px) and a narrower design wraps its step bar taller. The window's root sized the shell
     * by its least height in the old width's text before the shell restyled: 1086 px in the 1080 px
     * window (design, brief and goal 700 px, settled 694).
     */
    @Test
    void aWidthChangeWithTheTimelineOpenInProjectorMode_firstFrameHasTheSettledLayout(FxRobot robot) throws Exception {
        widthChangesWithTheTimelineOpen(robot, true);
    }

    /**
     * As {@link #aWidthChangeWithTheTimelineOpenInProjectorMode_firstFrameHasTheSettledLayout}, in the
     * normal look, where only the design's width changes: 1920 -> 1280 px, the design's top row, still
     * fitted to its old width, asked for two lines (57 px for 35) and the canvas was 22 px short.
     */
    @Test
    void aWidthChangeWithTheTimelineOpen_firstFrameHasTheSettledLayout(FxRobot robot) throws Exception {
        widthChangesWithTheTimelineOpen(robot, false);
    }

    private void widthChangesWithTheTimelineOpen(FxRobot robot, boolean projector) throws Exception {
        LevelScreen s = openInProjectorMode(robot, 200, 1920, 1080, "sleep-is-not-sync");
        if (!projector) {
            interact(() -> projectorWindow(false, 200, 1920, 1080));
        }
        verify(s);
        assertTrue(onFx(() -> s.reveal().traceProperty().get() != null), "a counterexample to reveal");
        TimelineView t = s.scheduler().revealTimeline();
        Pulses.interact(s.getScene(), () -> ((ToggleButton) s.lookup("#show-timeline")).fire());
        for (double width : projector ? new double[] {1600, 1920} : new double[] {1280, 1920}) {
            double[][] seen = firstFrameAndSettled(s, t, windowSize(s, width, 1080));
            String look = projector ? "projector 200 %" : "normal look";
            assertTrue(seen[1][7] > 0, look + ", " + width + " px: the timeline shows");
            assertArrayEquals(seen[1], seen[0], 0.5, look + ", " + width + " px wide: " + FIGURES + ", first frame "
                    + Arrays.toString(seen[0]) + " vs settled " + Arrays.toString(seen[1]));
            assertEquals(0, seen[0][9] + seen[0][10], 0.5, look + ", " + width + " px: the screen within the window");
        }
    }
}
