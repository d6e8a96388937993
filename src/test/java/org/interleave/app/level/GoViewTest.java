package org.interleave.app.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interleave.app.Pulses;
import org.interleave.engine.StepRecord;
import org.interleave.gobridge.GoExporter;
import org.interleave.playback.GoCodeView;
import org.interleave.playback.Trace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Go view of the level screen (headless, without FXGL): it shows the design as export-go
 * writes it, marks the line of the op each reveal step ran, and copies the program.
 */
@ExtendWith(ApplicationExtension.class)
class GoViewTest extends LevelScreenStage {
    @Start
    void start(Stage stage) {
        show(stage);
    }
    @Test
    void reveal_marksTheLineOfEachStepsOp_andFollowsTheSteps(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, "dining-philosophers");
        robot.clickOn("#show-go");
        GoCodeView go = s.goView();
        var level = s.entry().level();
        assertEquals(GoExporter.export(level.design(), level.id(), level.title()), go.program());
        assertEquals(0, go.highlightedLineProperty().get());

        revealed(s);
        GoExporter.Exported exported = GoExporter.exported(level.design(), level.id(), level.title());

        int n = s.reveal().traceProperty().get().length();
        int first = assertMarksTheStep(robot, s, exported);
        int changes = 0;
        int last = first;
        for (int i = 1; i < n; i++) {
            robot.type(KeyCode.RIGHT);
            int now = assertMarksTheStep(robot, s, exported);
            if (now != last) {
                changes++;
            }
            last = now;
        }
        assertTrue(changes > 0, "the marked line moves as the reveal steps");
        robot.clickOn("#step-previous");
        assertMarksTheStep(robot, s, exported);
    }

    /** Verifies the design shown, as Verify does ({@link org.interleave.app.ScreenStage#verify}): its counterexample is revealed. */
    private static void revealed(LevelScreen s) throws Exception {
        verify(s);
        assertTrue(onFx(() -> s.reveal().traceProperty().get() != null), "a counterexample to reveal");
    }

    /** What the Go view shows at one moment of the reveal, read on the FX thread. */
    private record Marked(StepRecord step, int expected, int line, String lineText, String cellText, boolean cellVisible,
            String inView) {}

    /**
     * The marked line is the step's op's, shows ▶, is in view, and holds the op's Go. Everything is
     * read in one go on the FX thread: a lookup from the test thread while the view updates its
     * cells read a list mid-change once (IndexOutOfBoundsException).
     */
    private static int assertMarksTheStep(FxRobot robot, LevelScreen s, GoExporter.Exported exported) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Marked m = onFx(() -> {
            Trace.Moment moment = s.reveal().momentProperty().get();
            StepRecord step = moment.step();
            String template = moment.goroutine(step.actor()).orElseThrow().template();
            GoCodeView go = s.goView();
            int line = go.highlightedLineProperty().get();
            // the shown one: the list keeps cells it laid out for other lines, hidden, that still bear the mark
            Labeled cell = line > 0 ? robot.lookup(".go-line-current").match(javafx.scene.Node::isVisible).queryAs(Labeled.class) : null;
            return new Marked(step, exported.line(template, step.path()), line, line > 0 ? go.lineText(line) : "",
                    cell == null ? "" : cell.getText(), cell != null && cell.isVisible(), cell == null ? "" : inView(go, cell));
        });
        StepRecord step = m.step();
        if (m.expected() < 0) {
            assertEquals(0, m.line(), "step " + step.number() + " " + step.op() + " has no line");
            return m.line();
        }
        assertEquals(m.expected(), m.line(), "step " + step.number() + ": " + step.op());
        String text = m.lineText();
        String op = step.op().toLowerCase(Locale.ROOT);
        if (op.contains("lock")) {
            assertTrue(text.contains("Lock()"), text + " for " + step.op());
        } else if (op.startsWith("send") || op.startsWith("recv")) {
            assertTrue(text.contains("<-"), text + " for " + step.op());
        }
        assertTrue(m.cellText().startsWith("▶"), m.cellText());
        assertTrue(m.cellText().endsWith(text), m.cellText() + " vs " + text);
        assertTrue(m.cellVisible());
        assertEquals("", m.inView(), "step " + step.number() + ": the marked line lies whole in the pane's viewport");
        return m.line();
    }

    /** "" when the cell's bounds lie within the Go pane's viewport, else both bounds. */
    private static String inView(GoCodeView go, Node cell) {
        Node viewport = go.lookup(".clipped-container");
        Bounds port = viewport.localToScene(viewport.getLayoutBounds());
        Bounds b = cell.localToScene(cell.getLayoutBounds());
        boolean in = b.getMinY() >= port.getMinY() - 0.5 && b.getMaxY() <= port.getMaxY() + 0.5 && b.getHeight() > 0;
        return in ? "" : "cell " + b + " viewport " + port;
    }

    /**
     * The Go view opened at the end of a reveal (as the screenshot tour does) scrolls to the marked
     * line, below the first screenful, and follows it as the player steps back.
     */
    @Test
    void goViewOpenedMidReveal_scrollsTheMarkedLineIntoView_andFollowsTheSteps(FxRobot robot) throws Exception {
        LevelScreen s = open(robot, "write-under-rlock");
        revealed(s);
        int n = s.reveal().traceProperty().get().length();
        Pulses.interact(s.getScene(), () -> s.reveal().go(n));  // how it got to the end is not this test's (the first one steps)
        robot.clickOn("#show-go");
        var level = s.entry().level();
        GoExporter.Exported exported = GoExporter.exported(level.design(), level.id(), level.title());
        int last = assertMarksTheStep(robot, s, exported);
        assertTrue(last > 20, "the marked line " + last + " lies below the first screenful");
        String bars = onFx(() -> {
            javafx.scene.control.ScrollPane scroll = robot.lookup(".design-bars-scroll").queryAs(javafx.scene.control.ScrollPane.class);
            double content = scroll.getContent().getLayoutBounds().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            return viewport + 0.5 >= content ? "" : "the step bars' " + content + " px in a " + viewport + " px viewport";
        });
        assertEquals("", bars, "the step bar keeps its full height under the Go code; the canvas gives way");
        for (int i = 1; i < n; i++) {
            robot.clickOn("#step-previous");
            assertMarksTheStep(robot, s, exported);
        }
    }

    @Test
    void copy_putsTheProgramOnTheClipboard_andSaysCopied(FxRobot robot) {
        LevelScreen s = open(robot, "dining-philosophers");
        robot.clickOn("#show-go");
        robot.clickOn("#show-solution");
        var level = s.entry().level();
        String program = GoExporter.export(level.solution(), level.id(), level.title());
        assertEquals(program, s.goView().program());
        robot.clickOn("#go-copy");
        assertEquals("Copied", robot.lookup("#go-copy").queryAs(Button.class).getText());
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(program, clip[0]);
        assertNotEquals(GoExporter.export(level.design(), level.id(), level.title()), program);
        assertFalse(program.isEmpty());
    }

    @Test
    void theGoCodeOpenAt1280x720_leavesTheCanvasRoomToWorkOn(FxRobot robot) {
        // the Go code under the design took half the column, and the canvas was about 150 px high
        LevelScreen s = open(robot, "worker-pool");
        robot.interact(() -> ((javafx.scene.control.ToggleButton) s.lookup("#show-go")).fire());
        org.interleave.app.Pulses.interact(s.getScene(), () -> { });
        double canvas = robot.lookup("#canvas").query().getLayoutBounds().getHeight();
        double go = robot.lookup(".go-code-view").query().getLayoutBounds().getHeight();
        assertTrue(canvas >= 240, "the canvas is " + canvas + " px high, the Go code " + go + " px");
        assertTrue(go >= 120, "and the Go code keeps a few lines: " + go + " px");
    }
}
