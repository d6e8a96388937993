package org.interleave.app.level;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.interleave.app.Pulses;
import org.interleave.engine.Kind;
import org.interleave.playback.TimelineData;
import org.interleave.playback.TimelineView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The timeline along the bottom of a level screen while a counterexample is revealed: a lane per
 * goroutine, the racing pair of a race marked, clicking a step moves the reveal there, and the
 * timeline and the design export as PNG files.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineTest extends LevelScreenStage {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Start
    void start(Stage stage) {
        show(stage);
    }

    /** The level's screen with its counterexample revealed and the timeline shown, as Verify and Timeline do. */
    private static LevelScreen revealed(FxRobot robot, LevelScreenStage stage, String id) throws Exception {
        LevelScreen s = stage.open(robot, id);
        verify(s);
        assertTrue(onFx(() -> s.reveal().traceProperty().get() != null), "a counterexample to reveal");
        Pulses.interact(s.getScene(), () -> ((ToggleButton) s.lookup("#show-timeline")).fire());
        return s;
    }

    /** Where on screen the middle of a timeline column and lane is. */
    private static Point2D at(TimelineView t, int column, int lane) {
        Bounds b = t.canvas().localToScreen(t.canvas().getBoundsInLocal());
        return new Point2D(b.getMinX() + t.columnX(column) + 8, b.getMinY() + t.laneY(lane) + 10);
    }

    @Test
    void noTimeline_beforeAnythingIsRevealed_andTToggleIt(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, "sleep-is-not-sync");
        assertNull(s.getBottom());
        assertTrue(robot.lookup("#show-timeline").query().isDisabled());
        verify(s);
        assertTrue(onFx(() -> s.reveal().traceProperty().get() != null), "a counterexample to reveal");
        assertNull(s.getBottom(), "shown on demand");
        robot.type(KeyCode.T);
        assertSame(s.scheduler().revealTimeline(), s.getBottom());
        robot.type(KeyCode.T);
        assertNull(s.getBottom());
    }

    @Test
    void raceTrace_showsALanePerGoroutine_andMarksTheRacingPair(FxRobot robot) throws Exception {
        LevelScreen s = revealed(robot, this, "sleep-is-not-sync");
        assertEquals(Kind.RACE, s.reveal().traceProperty().get().finding().kind());
        TimelineView t = s.scheduler().revealTimeline();
        assertTrue(t.isVisible() && s.getBottom() == t);
        assertEquals(List.of("main", "loader#0"), onFx(t::laneNames));
        assertEquals(2, onFx(() -> t.raceMarks().size()));
        TimelineData.RacePair pair = t.dataProperty().get().race();
        List<TimelineData.Lane> lanes = t.dataProperty().get().lanes();
        // the two accesses: loader#0's write of cfg and main's read, in either order
        assertEquals(List.of("loader#0", "main"), List.of(lanes.get(pair.firstLane()).name(),
                lanes.get(pair.secondLane()).name()).stream().sorted().toList());
        assertTrue(pair.message().startsWith("WARNING: DATA RACE"));
    }

    @Test
    void deadlockTrace_hasALaneForEveryGoroutineInstance(FxRobot robot) throws Exception {
        LevelScreen s = revealed(robot, this, "dining-philosophers");
        TimelineView t = s.scheduler().revealTimeline();
        TimelineData d = t.dataProperty().get();
        var last = s.reveal().traceProperty().get().moments().getLast();
        assertEquals(last.goroutines().stream().map(g -> g.name()).toList(), onFx(t::laneNames));
        assertNull(d.race());
        // after the last step every goroutine is blocked or done
        for (TimelineData.Lane lane : d.lanes()) {
            TimelineData.State end = lane.cell(d.endColumn()).state();
            assertTrue(end == TimelineData.State.BLOCKED || end == TimelineData.State.DONE, lane.name() + " " + end);
        }
        assertTrue(d.edges().stream().anyMatch(e -> e.kind() == TimelineData.EdgeKind.SPAWN));
    }

    @Test
    void clickingAStepOnTheTimeline_movesTheRevealThere(FxRobot robot) throws Exception {
        LevelScreen s = revealed(robot, this, "sleep-is-not-sync");
        TimelineView t = s.scheduler().revealTimeline();
        assertEquals(1, s.reveal().stepProperty().get());
        robot.clickOn(at(t, 3, 0));
        assertEquals(3, s.reveal().stepProperty().get());
        assertEquals(3, t.currentColumnProperty().get());
        robot.clickOn(at(t, 2, 1));
        assertEquals(2, s.reveal().stepProperty().get());
        // the design view follows: it marks the moment after step 2
        assertEquals(s.reveal().traceProperty().get().moments().get(1), s.canvas().momentProperty().get());
        robot.type(KeyCode.END);
        assertEquals(s.reveal().traceProperty().get().length(), s.reveal().stepProperty().get());
        robot.type(KeyCode.HOME);
        assertEquals(1, s.reveal().stepProperty().get());
    }

    @Test
    void exportPng_writesAValidPngOfTheWholeTimeline(FxRobot robot, @TempDir Path dir) throws Exception {
        LevelScreen s = revealed(robot, this, "sleep-is-not-sync");
        TimelineView t = s.scheduler().revealTimeline();
        Path file = dir.resolve("out/timeline.png");
        robot.interact(() -> {
            try {
                t.exportPng(file);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        byte[] head = Arrays.copyOf(Files.readAllBytes(file), 8);
        assertArrayEquals(PNG_SIGNATURE, head);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals((int) Math.ceil(t.canvas().getWidth()), image.getWidth(), 1.0);
        assertTrue(image.getHeight() >= t.laneY(2));
    }

    @Test
    void exportDesignPng_writesAValidPng(FxRobot robot, @TempDir Path dir) throws Exception {
        LevelScreen s = open(robot, "transfer-deadlock");
        Path file = dir.resolve("design.png");
        robot.interact(() -> {
            try {
                s.scheduler().exportDesignPng(file);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        BufferedImage image = ImageIO.read(file.toFile());
        assertTrue(image.getWidth() > 300 && image.getHeight() > 200, image.getWidth() + "x" + image.getHeight());
        assertFalse(Files.size(file) < 1000);
    }

    @Test
    void schedulerTimeline_followsTheScheduleMade_andClickingAStepGoesBackThere(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, "transfer-deadlock");
        robot.clickOn("#you-schedule");
        robot.type(KeyCode.DIGIT1).type(KeyCode.DIGIT1).type(KeyCode.DIGIT1).type(KeyCode.DIGIT2);
        TimelineView t = s.scheduler().view().timeline();
        assertEquals(List.of("main", "aToB#0", "bToA#0"), onFx(t::laneNames));
        assertEquals(4, t.dataProperty().get().steps());
        robot.clickOn(at(t, 2, 0));
        assertEquals("main main", s.scheduler().view().model().current().schedule().toString());
        assertEquals(List.of("main", "aToB#0"), onFx(t::laneNames));
    }

    /**
     * Opening the timeline draws its first frame at the heights it keeps: the screen shares its
     * height out in the layout pass itself, not in tasks after the frame (the timeline showed 170 px
     * over a 278 px canvas for a frame, then settled at 133 over 315: the design jumped).
     */
    @Test
    void openingTheTimeline_firstFrameHasTheSettledHeights(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, "sleep-is-not-sync");
        verify(s);
        TimelineView t = s.scheduler().revealTimeline();
        assertFirstFrameSettled(s, t, () -> ((ToggleButton) s.lookup("#show-timeline")).fire());
    }

    /** A run's bar takes the step bar's place over the design, the timeline open: no jump either. */
    @Test
    void startingARun_underTheOpenTimeline_firstFrameHasTheSettledHeights(FxRobot robot) throws Exception {
        LevelScreen s = revealed(robot, this, "sleep-is-not-sync");
        TimelineView t = s.scheduler().revealTimeline();
        for (int i = 0; i < 3; i++) {
            Pulses.interact(s.getScene(), () -> { });
        }
        assertFirstFrameSettled(s, t, () -> {
            s.startRun();
            s.run().pause();  // the run's marks stay as they are while the heights settle
        });
    }

    /**
     * The step bar over the design, at its width: its height laid out less the height it asks for
     * (below zero: cut), the bars' scroll viewport's height, the bars' own height in it, and the
     * canvas's height.
     */
    private static double[] barHeights(LevelScreen s) {
        javafx.scene.layout.Region bar = (javafx.scene.layout.Region) s.lookup("#step-bar");
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) s.lookup(".design-bars-scroll");
        return new double[] {bar.getHeight() - bar.prefHeight(bar.getWidth()), scroll.getViewportBounds().getHeight(),
                scroll.getContent().getLayoutBounds().getHeight(), s.canvas().view().getHeight()};
    }

    /**
     * A counterexample's step bar appears over the design with no run loaded (the verification's
     * reveal): the frame that first shows it has the heights it keeps, and the bar whole in its
     * scroll, neither cut nor scrolled.
     */
    @Test
    void aStepBarShownWithNoRun_firstFrameHasTheSettledHeightsAndNothingCut(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, "sleep-is-not-sync");
        verify(s);
        List<org.interleave.playback.Trace> traces = onFx(() -> s.reveal().tracesProperty().get());
        assertFalse(traces.isEmpty(), "a counterexample to reveal");
        Pulses.interact(s.getScene(), () -> s.reveal().clear());
        assertFalse(onFx(() -> s.lookup("#step-bar").isManaged()), "no step bar with nothing revealed");
        double[][] seen = FirstFrames.firstAndSettled(s, () -> s.reveal().show(traces), () -> barHeights(s));
        assertTrue(seen[1][1] > 0, "the step bar shows");
        assertArrayEquals(seen[1], seen[0], 0.5, "step bar's height less its own, bars' viewport, bars, canvas: first frame "
                + Arrays.toString(seen[0]) + " vs settled " + Arrays.toString(seen[1]));
        assertTrue(seen[0][0] > -0.5 && seen[0][2] <= seen[0][1] + 0.5, "the step bar whole in the first frame: "
                + Arrays.toString(seen[0]));
    }

    /** The heights of "You schedule"'s parts: its top (bar and keys), centre, side and timeline, and how much its labels are cut. */
    private static double[] schedulerHeights(LevelScreen s) {
        org.interleave.app.schedule.SchedulerView v = s.scheduler().view();
        double cut = 0;
        for (javafx.scene.Node n : v.lookupAll(".label")) {
            if (n instanceof javafx.scene.control.Labeled l && l.isVisible() && l.getWidth() > 0 && !l.getText().isEmpty()) {
                cut += Math.max(0, l.prefHeight(l.getWidth()) - l.getHeight() - 0.5);
            }
        }
        return new double[] {((javafx.scene.layout.Region) v.getTop()).getHeight(), ((javafx.scene.layout.Region) v.getCenter()).getHeight(),
                ((javafx.scene.layout.Region) v.getRight()).getHeight(), v.timeline().getHeight(), cut};
    }

    /** "You schedule" opens, before any step: its first frame has the heights it keeps, and no label cut. */
    @Test
    void openingYouSchedule_beforeAnyStep_firstFrameHasTheSettledHeightsAndNothingCut(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, "transfer-deadlock");
        double[][] seen = FirstFrames.firstAndSettled(s, () -> s.scheduler().open(), () -> schedulerHeights(s));
        assertTrue(seen[1][3] > 0, "the scheduler's timeline shows");
        assertArrayEquals(seen[1], seen[0], 0.5, "top, centre, side, timeline, labels cut by: first frame "
                + Arrays.toString(seen[0]) + " vs settled " + Arrays.toString(seen[1]));
        assertEquals(0, seen[0][4], 0.5, "no label cut in the first frame");
    }

    /**
     * Runs {@code change} and checks that the timeline's and the canvas's heights in the frame that
     * shows it, read after that pulse's layout, are the heights they settle at.
     */
    private static void assertFirstFrameSettled(LevelScreen s, TimelineView t, Runnable change) throws Exception {
        javafx.scene.layout.Region canvas = s.canvas().view();
        double[] first = {Double.NaN, Double.NaN};
        Pulses.interact(s.getScene(), () -> {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                first[0] = t.getHeight();
                first[1] = canvas.getHeight();
                s.getScene().removePostLayoutPulseListener(once[0]);
            };
            s.getScene().addPostLayoutPulseListener(once[0]);
            change.run();
        });
        for (int i = 0; i < 3; i++) {
            Pulses.interact(s.getScene(), () -> { });
        }
        double[] settled = onFx(() -> new double[] {t.getHeight(), canvas.getHeight()});
        assertTrue(settled[0] > 0, "the timeline shows");
        assertArrayEquals(settled, first, 0.5, "timeline and canvas heights, first frame vs settled: "
                + Arrays.toString(first) + " vs " + Arrays.toString(settled));
    }

    /**
     * Measuring the timeline's least height at another width changes nothing in it: the summary's
     * wrap width is set by a layout, not by a measure (which before the first layout wrapped it at 0 px).
     */
    @Test
    void measuringTheTimelinesLeastHeight_leavesTheSummarysWrapAsItWas(FxRobot robot) throws Exception {
        LevelScreen s = revealed(robot, this, "sleep-is-not-sync");
        TimelineView t = s.scheduler().revealTimeline();
        double[] wrap = onFx(() -> {
            javafx.scene.layout.Region summary = (javafx.scene.layout.Region) t.lookup(".timeline-summary");
            double before = summary.getMaxWidth();
            t.leastHeight(t.getWidth() / 2);
            return new double[] {before, summary.getMaxWidth()};
        });
        assertEquals(wrap[0], wrap[1], 0.01, "the summary's max width before and after the measure");
    }
}
