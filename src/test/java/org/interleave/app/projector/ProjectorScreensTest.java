package org.interleave.app.projector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.interleave.app.ScreenStage;
import org.interleave.app.Pulses;
import org.interleave.app.shared.Theme;
import org.interleave.app.level.LevelScreen;
import org.interleave.level.save.Settings;
import org.interleave.playback.RevealModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The game's screens in projector mode: a level at 200 % in a 1920×1080 and a 1280×720 window (the
 * timeline leaves the canvas its least and its grip resizes both, the reveal shows the line that ran
 * at every step, the Go code lies under the design), the wires at least 3 px (the active one wider
 * and dashed), and the level editor painting no light pane. The mode itself: {@link ProjectorModeTest}.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorScreensTest extends ProjectorShellFixture {
    @Override
    @Start
    void start(Stage stage) {
        super.start(stage);
    }

    @Test
    void timelineAt200PercentOn1920x1080_leavesTheCanvas4em_andItsGripResizesBothWithinTheirLeast(FxRobot robot)
            throws Exception {
        LevelScreen level = writeUnderRLockAt200PercentOn1920x1080(robot);
        ScreenStage.verify(level);
        interact(() -> ((javafx.scene.control.ToggleButton) level.lookup("#show-timeline")).setSelected(true));
        settle();
        org.interleave.playback.TimelineView timeline = (org.interleave.playback.TimelineView) level.getBottom();
        assertNotNull(timeline, "the timeline shows");
        // its scroll pane sizes its viewport a pulse or more after it shows (more on a busy machine)
        Pulses.until("the timeline's lanes laid out", () -> lanes(timeline) > 0);
        Node design = level.lookup("#canvas");
        double em = 48;
        assertEquals("-fx-font-size: 48px;", level.getStyle());
        double oneLane = timeline.laneY(1);
        assertTrue(design.getLayoutBounds().getHeight() >= LevelScreen.MIN_DESIGN_EM * em - 1,
                "the canvas keeps 4 em: " + design.getLayoutBounds().getHeight());
        // the window cannot hold the step numbers over a lane too: one lane's strip at least
        assertTrue(lanes(timeline) >= timeline.laneY(1) - timeline.laneY(0), "a lane at least: " + lanes(timeline));
        Pulses.until("the level screen inside 1080 px", () -> level.localToScene(level.getLayoutBounds()).getMaxY() <= 1080.5);

        // dragged up as far as it goes: the timeline grows, the canvas keeps its 4 em
        double before = timeline.getHeight();
        robot.drag(timeline.grip()).moveBy(0, -900).release(javafx.scene.input.MouseButton.PRIMARY);
        settle();
        assertTrue(timeline.getHeight() > before + 20, before + " → " + timeline.getHeight());
        assertTrue(design.getLayoutBounds().getHeight() >= LevelScreen.MIN_DESIGN_EM * em - 1,
                "the canvas still keeps 4 em: " + design.getLayoutBounds().getHeight());
        // the screen settles inside the window within a few frames (the lanes give back what overflows)
        Pulses.until("the level screen inside 0–1080 px", () -> level.localToScene(level.getLayoutBounds()).getMaxY() <= 1080.5
                && level.localToScene(level.getLayoutBounds()).getMinY() >= -0.5);
        assertTrue(timeline.getHeight() > before + 20, before + " → " + timeline.getHeight());

        // dragged down as far as it goes: one lane stays, and the design column (its step bar, its canvas) has the rest
        double tall = timeline.getHeight();
        double designTall = level.getCenter().getLayoutBounds().getHeight();
        robot.drag(timeline.grip()).moveBy(0, 900).release(javafx.scene.input.MouseButton.PRIMARY);
        settle();
        assertTrue(timeline.getHeight() < tall - 20, tall + " → " + timeline.getHeight());
        assertTrue(lanes(timeline) >= oneLane - 1, "still a lane: " + lanes(timeline));
        assertTrue(level.getCenter().getLayoutBounds().getHeight() > designTall + 20, "the design column has the room back");
        assertTrue(design.getLayoutBounds().getHeight() >= LevelScreen.MIN_DESIGN_EM * em - 1);

        // and by keys: ↑ on the grip gives the lanes a lane more (there, not a clicker's step back)
        double small = lanes(timeline);
        interact(() -> timeline.grip().requestFocus());
        robot.type(KeyCode.UP);
        settle();
        assertTrue(lanes(timeline) > small + 10, small + " → " + lanes(timeline));
    }

    /**
     * At 200 % in a 720 px window the header, the design column's least height and the timeline's
     * heading and one lane under its step numbers add up to more than the window: the timeline gives
     * way, its lanes a strip scrolled at every step to the lane of the goroutine that ran it, and
     * the level screen fits the window, its step bar, Start over and canvas whole.
     */
    @Test
    void timelineAt200PercentOn1280x720_fitsTheWindow_itsLanesScrolledToTheLaneThatRan(FxRobot robot) throws Exception {
        robot.interact(() -> {
            shell.projector().enabledProperty().set(true);
            shell.projector().setScale(200);
        });
        size(robot, 1280, 720);
        robot.interact(() -> shell.openLevel(CATALOG.byId("write-under-rlock").orElseThrow()));
        LevelScreen level = (LevelScreen) screen();
        ScreenStage.verify(level);
        RevealModel reveal = level.reveal();
        interact(() -> reveal.go(4));
        interact(() -> ((javafx.scene.control.ToggleButton) level.lookup("#show-timeline")).setSelected(true));
        org.interleave.playback.TimelineView timeline = (org.interleave.playback.TimelineView) level.getBottom();
        // the lanes give back what overflows a frame or two after the timeline shows
        Pulses.until("the level screen inside 720 px, its timeline's lanes laid out", () -> level.localToScene(level.getLayoutBounds()).getMaxY() <= 720.5 && lanes(timeline) > 0);
        double em = 32;
        assertEquals("-fx-font-size: 32px;", level.getStyle());
        assertTrue(lanes(timeline) >= timeline.laneY(1) - timeline.laneY(0) - 0.5, "a lane's strip at least: " + lanes(timeline));
        assertTrue(lanes(timeline) < timeline.laneY(1), "less than a lane under the step numbers: " + lanes(timeline));
        String whole = Pulses.onFx(() -> {
            javafx.geometry.Bounds window = new javafx.geometry.BoundingBox(0, 0, 1280, 720);
            StringBuilder cut = new StringBuilder();
            for (String id : new String[] {"#step-bar", "#start-over", "#canvas", "#timeline-grip"}) {
                Node n = level.lookup(id);
                javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
                if (!n.isVisible() || !window.contains(b)) {
                    cut.append(id).append(' ').append(b).append("; ");
                }
            }
            Node design = level.lookup("#canvas");
            if (design.getLayoutBounds().getHeight() < LevelScreen.LEAST_DESIGN_EM * em - 1) {
                cut.append("the canvas is under 3 em: ").append(design.getLayoutBounds().getHeight());
            }
            return cut.toString();
        });
        assertEquals("", whole, "cut or outside the window");
        var data = timeline.dataProperty().get();
        int steps = reveal.traceProperty().get().length();
        int lanesSeen = 0;
        for (int i = 1; i <= steps; i++) {
            int step = i;
            // a pulse lays the step out, as the lanes' scroll follows it: not TestFX's fixed waits, ~0.1 s a step
            interact(() -> reveal.go(step));
            int column = Pulses.onFx(() -> timeline.currentColumnProperty().get());
            int ran = -1;
            for (int lane = 0; lane < data.lanes().size(); lane++) {
                var cell = data.lanes().get(lane).cell(column);
                ran = cell != null && cell.state() == org.interleave.playback.TimelineData.State.RUNNING ? lane : ran;
            }
            if (ran >= 0) {
                int lane = ran;
                assertTrue(Pulses.onFx(() -> timeline.laneInView(lane)),
                        "step " + step + ": the lane of " + data.lanes().get(lane).name() + " is scrolled out of view");
                lanesSeen |= 1 << lane;
            }
        }
        assertTrue(Integer.bitCount(lanesSeen) > 1, "the lanes scrolled to more than one goroutine's");
    }

    /**
     * At 200 % the canvas opens at its readable zoom on the design's top left, so most of a
     * design lies out of view: at every step of a reveal the op that ran shows on the canvas (its
     * text on its line, whole, or from its start should it be wider), which pans to it.
     */
    @Test
    void aRevealAt200PercentOn1280x720_showsTheLineThatRanAtEveryStep(FxRobot robot) throws Exception {
        interact(() -> {
            shell.projector().enabledProperty().set(true);
            shell.projector().setScale(200);
        });
        size(robot, 1280, 720);
        interact(() -> shell.openLevel(CATALOG.byId("write-under-rlock").orElseThrow()));
        LevelScreen level = (LevelScreen) screen();
        ScreenStage.verify(level);
        RevealModel reveal = level.reveal();
        Node canvas = level.lookup("#canvas");
        Node world = level.lookup(".canvas-world");
        int steps = reveal.traceProperty().get().length();
        List<javafx.geometry.Point2D> pans = new ArrayList<>();
        for (int i = 1; i <= steps; i++) {
            int step = i;
            interact(() -> reveal.go(step));  // and the pulse that lays the step out
            String seen = Pulses.onFx(() -> {
                Node ran = canvas.lookup(".ran .line-code");
                if (ran == null) {
                    return "";  // a step of no goroutine's op (a timer's)
                }
                javafx.geometry.Bounds line = ran.localToScene(ran.getLayoutBounds());
                javafx.geometry.Bounds shown = canvas.localToScene(canvas.getLayoutBounds());
                pans.add(world.localToScene(0, 0));
                boolean inView = line.getMinY() >= shown.getMinY() && line.getMaxY() <= shown.getMaxY()
                        && line.getMinX() >= shown.getMinX()
                        && (line.getMaxX() <= shown.getMaxX() || line.getWidth() > shown.getWidth());
                return inView ? "" : "step " + step + ": the op that ran, " + line + ", lies out of " + shown;
            });
            assertEquals("", seen);
        }
        assertTrue(pans.stream().distinct().count() > 1, "the canvas panned to follow the reveal: " + pans);
    }

    @Test
    void goCodeAt200PercentOn1920x1080_liesUnderTheDesign_asWideAsTheColumn(FxRobot robot) {
        LevelScreen level = writeUnderRLockAt200PercentOn1920x1080(robot);
        // projector mode hides its toggle; a Go file opened shows it all the same (GoFileScreen)
        interact(() -> ((javafx.scene.control.ToggleButton) level.lookup("#show-go")).setSelected(true));
        settle();
        javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) level.lookup(".design-split");
        Node go = level.lookup("#go-view");
        assertEquals(javafx.geometry.Orientation.VERTICAL, split.getOrientation(), "under the design: " + split.getWidth());
        assertTrue(go.getLayoutBounds().getWidth() >= split.getWidth() - 2, "as wide as the column: " + go.getLayoutBounds());
        assertTrue(go.getLayoutBounds().getHeight() >= 4 * 48, "a few lines high: " + go.getLayoutBounds());

        // out of projector mode, the column has room for both side by side
        interact(() -> shell.projector().enabledProperty().set(false));
        settle();
        assertEquals(javafx.geometry.Orientation.HORIZONTAL, split.getOrientation(), "beside: " + split.getWidth());
    }

    @Test
    void wires_areAtLeast3px_andTheActiveOneIsWiderAndDashed(FxRobot robot) {
        Line wire = new Line(0, 0, 100, 0);
        wire.getStyleClass().add("wire");
        Line active = new Line(0, 10, 100, 10);
        active.getStyleClass().addAll("wire", "active");
        Pane root = new Pane(wire, active);
        interact(() -> {
            Theme.apply(root, ProjectorModeTest.class, null);
            ProjectorMode mode = new ProjectorMode(Settings.defaults().withProjectorMode(true), s -> { });
            ProjectorStyler.apply(root, mode);
            new Scene(root);
            root.applyCss();
        });
        assertTrue(wire.getStrokeWidth() >= 3, "wire " + wire.getStrokeWidth());
        assertTrue(active.getStrokeWidth() > wire.getStrokeWidth());
        assertFalse(active.getStrokeDashArray().isEmpty(), "the active wire is dashed");
        assertTrue(wire.getStrokeDashArray().isEmpty());
    }

    /**
     * The level editor in projector mode paints no pane light: the "Locked ops" pane's title too
     * (it was modena's light grey, #333 on #e4e4e4, whatever the look), and the corner where the
     * JSON box's two scroll bars meet (it was #eaeaea).
     */
    @Test
    void theLevelEditor_paintsNoLightPaneInProjectorMode(FxRobot robot, @TempDir java.nio.file.Path temp)
            throws Exception {
        java.nio.file.Path file = temp.resolve("locks.level.json");
        java.nio.file.Files.copy(java.nio.file.Path.of("levels/32-short-critical-sections.level.json"), file);
        interact(() -> {
            shell.projector().enabledProperty().set(true);
            shell.openEditor(file);
        });
        interact(() -> ((javafx.scene.control.TitledPane) shell.lookup("#editor-op-locks-pane")).setExpanded(true));
        List<String> light = new ArrayList<>();
        // the locks (a tab of their own in projector mode at 1280×720), then the design's JSON and canvas
        for (String tab : List.of("tab-locks", "tab-design")) {
            interact(() -> {
                javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) shell.editor().lookup(".tab-pane");
                tabs.getTabs().stream().filter(t -> tab.equals(t.getId())).findFirst().ifPresent(tabs.getSelectionModel()::select);
            });
            settle();
            light.addAll(Pulses.onFx(() -> {
                List<String> found = new ArrayList<>();
                lightPanes(screen(), found);
                return found;
            }));
        }
        assertTrue(light.isEmpty(), "light panes in projector mode: " + light);
        boolean corner = Pulses.onFx(() -> screen().lookupAll("#design-json .corner").stream()
                .anyMatch(Node::isVisible));
        assertTrue(corner, "the JSON box shows both scroll bars, so their corner was looked at");
    }

    /**
     * Every shown pane under {@code node} (a region at least 2 × 1 em of the projector's 24 px:
     * not a glyph such as a check mark, an arrow or a colour chip; or a scroll pane's corner,
     * small as it is) whose background is mostly opaque and light (relative luminance over 0.4).
     */
    private static void lightPanes(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof javafx.scene.layout.Region r && r.getBackground() != null
                && (r.getWidth() >= 48 && r.getHeight() >= 24 || r.getStyleClass().contains("corner"))) {
            for (javafx.scene.layout.BackgroundFill f : r.getBackground().getFills()) {
                javafx.scene.paint.Color c = f.getFill() instanceof javafx.scene.paint.Color col ? col
                        : f.getFill() instanceof javafx.scene.paint.LinearGradient g ? g.getStops().get(0).getColor() : null;
                if (c != null && c.getOpacity() > 0.5 && ProjectorThemeTest.luminance(hex(c)) > 0.4) {
                    found.add(node.getClass().getSimpleName() + node.getStyleClass() + " " + hex(c) + " in #"
                            + idOf(node));
                    break;
                }
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                lightPanes(child, found);
            }
        }
    }

    private static String hex(javafx.scene.paint.Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static String idOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                return n.getId();
            }
        }
        return "?";
    }
}
