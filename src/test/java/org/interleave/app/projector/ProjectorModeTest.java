package org.interleave.app.projector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.app.GameShell;
import org.interleave.app.ScreenStage;
import org.interleave.app.InterleaveApp;
import org.interleave.app.Pulses;
import org.interleave.app.shared.Theme;
import org.interleave.app.level.LevelScreen;
import org.interleave.level.save.Settings;
import org.interleave.playback.RevealModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Projector mode in the game shell: F5 switches to the high-contrast theme and scales the root
 * font, essential text is at least 22 px at 1280×720, clutter is hidden, clicker keys step the
 * reveal, B blanks the screen, L lights the pointer, S slows the playback, and each change is
 * saved in the settings.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorModeTest {
    private static final CampaignCatalog CATALOG = CampaignCatalog.fromClassPath();

    private final ExecutorService verifier = ScreenStage.newVerifier();
    private final List<Settings> saved = new ArrayList<>();
    private GameShell shell;

    @Start
    void start(Stage stage) {
        shell = new GameShell(CATALOG, verifier, () -> { }, Settings.defaults(), saved::add);
        stage.setScene(new Scene(shell, InterleaveApp.WIDTH, InterleaveApp.HEIGHT));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            // the next test's window is 1280×720 again; the game stops without restyling its screen for nothing
            ProjectorStyler.fullScreen(shell, false);
            shell.close();
        });
        verifier.shutdownNow();
    }

    /**
     * Runs {@code change} on the FX thread and waits for the pulse that styles and lays out what it
     * changed and the tasks it queued ({@link Pulses}), not {@code FxRobot.interact}'s fixed waits.
     */
    private void interact(Runnable change) {
        Pulses.interact(shell.getScene(), change);
    }

    /**
     * Waits for the pulse that styles and lays out what the robot or the change before did, and for
     * the tasks queued meanwhile ({@link Pulses}): a size or a bound read after TestFX's wait for
     * the FX thread's tasks alone was read before any pulse had laid the change out, if a busy
     * machine brought that pulse late.
     */
    private void settle() {
        interact(() -> { });
    }

    private Parent screen() {
        return (Parent) shell.getChildren().get(0);
    }

    private static double fontOf(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getFont().getSize();
    }

    @Test
    void f5_switchesToTheProjectorTheme_andScalesTheRootFont(FxRobot robot) {
        assertEquals(15.0, fontOf(robot, "#campaign-summary"), 0.01, "the normal theme's root size");
        robot.press(KeyCode.F5).release(KeyCode.F5);

        assertTrue(shell.projector().enabledProperty().get());
        assertTrue(screen().getStylesheets().stream().anyMatch(s -> s.endsWith(ProjectorStyler.STYLESHEET)));
        assertTrue(screen().getStyleClass().contains(ProjectorStyler.STYLE_CLASS));
        assertEquals("-fx-font-size: 24px;", screen().getStyle());
        assertTrue(robot.lookup("#play").queryAs(javafx.scene.control.Button.class).getFont().getSize() >= 24,
                "the menu's buttons follow the root size");

        robot.press(KeyCode.EQUALS).release(KeyCode.EQUALS);
        robot.press(KeyCode.EQUALS).release(KeyCode.EQUALS);
        assertEquals(150, shell.projector().scaleProperty().get());
        assertEquals("-fx-font-size: 36px;", screen().getStyle());
        for (int i = 0; i < 12; i++) {
            robot.press(KeyCode.EQUALS).release(KeyCode.EQUALS);
        }
        assertEquals(ProjectorMode.MAX_SCALE, shell.projector().scaleProperty().get(), "at most 300 %");
        // 300 % asks for 72 px; the full-screen window (Monocle's 1920×1200 screen) holds 40 em across: 48 px
        settle();
        double w = shell.getWidth();
        double h = shell.getHeight();
        double fits = Math.min(72, Math.floor(Math.min(w / 40, h / 22.5)));
        assertEquals("-fx-font-size: " + (long) fits + "px;", screen().getStyle(), "capped by the " + w + "×" + h + " window");
        assertTrue(fits >= 36, "a large window still shows text larger than 150 %'s: " + fits);

        Settings last = saved.get(saved.size() - 1);
        assertTrue(last.projectorMode());
        assertEquals(300, last.uiScale());

        robot.press(KeyCode.F5).release(KeyCode.F5);
        assertFalse(screen().getStyleClass().contains(ProjectorStyler.STYLE_CLASS));
        assertEquals("", screen().getStyle());
        assertEquals(15.0, fontOf(robot, "#campaign-summary"), 0.01);
        assertFalse(saved.get(saved.size() - 1).projectorMode());
    }

    @Test
    void aScaleTooLargeForTheWindow_isCappedTo40By22emAndFollowsAResize(FxRobot robot) {
        interact(() -> {
            shell.projector().enabledProperty().set(true);
            shell.projector().setScale(200);
        });
        size(robot, 1280, 720);
        assertEquals(1280, shell.getWidth(), 1);
        assertEquals("-fx-font-size: 32px;", screen().getStyle(), "720 / 22.5 em");
        assertEquals(200, shell.projector().scaleProperty().get(), "the scale the player chose is kept");
        assertTrue(ProjectorKeys.scaleNote(shell.projector()).contains("32 px"), ProjectorKeys.scaleNote(shell.projector()));

        size(robot, 1920, 1080);
        assertEquals("-fx-font-size: 48px;", screen().getStyle(), "1920×1080 holds 200 % whole");
        assertFalse(shell.projector().cappedByWindow());
        assertEquals("Scale 200 %", ProjectorKeys.scaleNote(shell.projector()));
    }

    /** Opens write-under-rlock in projector mode at 200 % in a 1920×1080 window (out of full screen). */
    private LevelScreen writeUnderRLockAt200PercentOn1920x1080(FxRobot robot) {
        interact(() -> {
            shell.projector().enabledProperty().set(true);
            shell.projector().setScale(200);
        });
        size(robot, 1920, 1080);
        interact(() -> shell.openLevel(CATALOG.byId("write-under-rlock").orElseThrow()));
        return (LevelScreen) screen();
    }

    /** Gives the window this size, out of projector mode's full screen. */
    private void size(FxRobot robot, double width, double height) {
        interact(() -> {
            Stage stage = (Stage) shell.getScene().getWindow();
            stage.setFullScreen(false);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        settle();
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
    void goFileInProjectorMode_keepsItsGoView_throughARestyle_untilTheModeGoesOnAgain(FxRobot robot) {
        interact(() -> shell.projector().enabledProperty().set(true));
        interact(() -> shell.openGoFile(java.nio.file.Path.of("examples", "concurrency", "race.go")));
        settle();
        LevelScreen level = ((org.interleave.app.custom.GoFileScreen) screen()).levelScreen();
        javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) level.lookup(".design-split");
        assertTrue(split.getItems().contains(level.goView()) && level.goView().isVisible(), "a Go file shows its program");
        assertFalse(level.lookup("#show-go").isVisible(), "its toggle is clutter, hidden");

        // a restyle: the scale by its key, a dialog over the level, a window resized
        interact(level::requestFocus);
        robot.type(KeyCode.ADD);
        settle();
        assertEquals(125, shell.projector().scaleProperty().get());
        interact(() -> shell.tell("A message over the level"));
        interact(shell::closeDialog);
        size(robot, 1400, 720);
        assertTrue(split.getItems().contains(level.goView()), "the Go view stays open through the restyles");
        assertTrue(level.goView().isVisible() && level.goView().getLayoutBounds().getHeight() > 100,
                "and shown: " + level.goView().getLayoutBounds());
        assertEquals("-fx-font-size: 30px;", screen().getStyle(), "at the new scale");

        // projector mode going on is what closes it: the class looks at the design
        interact(() -> shell.projector().enabledProperty().set(false));
        assertTrue(split.getItems().contains(level.goView()), "off: still open, its toggle back");
        assertTrue(level.lookup("#show-go").isVisible());
        interact(() -> shell.projector().enabledProperty().set(true));
        settle();
        assertFalse(split.getItems().contains(level.goView()), "on again: closed");
    }

    private static double lanes(org.interleave.playback.TimelineView timeline) throws Exception {
        return Pulses.onFx(() -> ((javafx.scene.control.ScrollPane) timeline.lookup(".timeline-scroll"))
                .getViewportBounds().getHeight());
    }

    @Test
    void theProjectorHint_neverCoversADialog_theSettingsDoneAt200PercentOn1280x720IsClear(FxRobot robot)
            throws Exception {
        interact(() -> {
            shell.projector().enabledProperty().set(true);
            shell.projector().setScale(200);
        });
        size(robot, 1280, 720);
        Node toast = robot.lookup("#projector-toast").query();
        // the hint shows and then the settings open; then the other way round (projector mode ticked in them)
        for (boolean hintFirst : new boolean[] {true, false}) {
            interact(() -> {
                if (hintFirst) {
                    shell.projectorOverlay().announce(ProjectorKeys.HINT);
                    shell.showSettings();
                } else {
                    shell.showSettings();
                    shell.projectorOverlay().announce(ProjectorKeys.HINT);
                }
            });
            List<String> covered = Pulses.onFx(() -> org.interleave.app.audit.LayoutAudit.of("settings",
                    shell.getScene().getWindow(), org.interleave.app.audit.LayoutAudit.Rules.PROJECTOR).violations().stream()
                    .filter(v -> v.rule().equals("covered-by-banner")).map(Object::toString).toList());
            assertTrue(covered.isEmpty(), "the layout audit finds what the hint covers: " + covered);
            Node done = robot.lookup("#settings-done").query();
            javafx.geometry.Bounds d = done.localToScene(done.getBoundsInLocal());
            assertTrue(new javafx.geometry.BoundingBox(0, 0, shell.getWidth(), shell.getHeight()).contains(d),
                    "Done lies in the window: " + d);
            assertFalse(toast.isVisible() && toast.localToScene(toast.getBoundsInLocal()).intersects(d),
                    "the hint covers Done (hint first: " + hintFirst + "): " + toast.localToScene(toast.getBoundsInLocal())
                            + " over " + d);
            robot.clickOn(done);
            settle();
            assertTrue(shell.dialog().isEmpty(), "Done closed the settings");
            assertTrue(toast.isVisible(), "the hint shows once the dialog has closed");
        }
    }

    @Test
    void menuScaleSetting_changesTheScale_within100to300(FxRobot robot) {
        assertTrue(robot.lookup("#projector-scale-down").query().isDisabled(), "100 % is the least");
        robot.clickOn("#projector-scale-up");
        assertEquals(125, shell.projector().scaleProperty().get());
        assertEquals("Projector scale 125 %", robot.lookup("#projector-scale").queryAs(Label.class).getText());
        assertEquals(125, saved.get(saved.size() - 1).uiScale());
        interact(() -> shell.projector().toggle());
        assertEquals("-fx-font-size: 30px;", screen().getStyle());
    }

    @Test
    void inALevel_essentialTextIsAtLeast22px_andClutterIsHidden(FxRobot robot) {
        interact(() -> shell.openLevel(CATALOG.byId("lost-update").orElseThrow()));
        assertTrue(robot.lookup("#hint").query().isVisible());
        interact(() -> shell.projector().toggle());
        settle();

        List<String> small = new ArrayList<>();
        int checked = 0;
        for (Node n : screen().lookupAll(".text")) {
            if (n instanceof Text t && shown(t) && !t.getText().isBlank()) {
                checked++;
                if (t.getFont().getSize() < 22) {
                    small.add("'" + t.getText() + "' " + t.getFont().getSize());
                }
            }
        }
        assertTrue(checked > 20, "texts checked: " + checked);
        assertTrue(small.isEmpty(), "smaller than 22 px: " + small);
        for (String clutter : List.of("#hint", "#show-go", "#level-concepts")) {
            assertFalse(robot.lookup(clutter).query().isVisible(), clutter + " hidden");
        }
        interact(() -> shell.projector().toggle());
        assertTrue(robot.lookup("#hint").query().isVisible(), "shown again");
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    @Test
    void clickerKeys_stepTheReveal_blankTheScreen_andLightThePointer(FxRobot robot) throws Exception {
        interact(() -> shell.openLevel(CATALOG.byId("lost-update").orElseThrow()));
        interact(() -> shell.projector().toggle());
        LevelScreen level = (LevelScreen) screen();
        RevealModel reveal = level.reveal();
        ScreenStage.clickVerify(robot, level);  // as a teacher does, on the projector's larger button
        // the trace is set a moment before its first step: read the step once the FX thread is done
        settle();
        int start = reveal.stepProperty().get();

        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        assertEquals(start + 2, reveal.stepProperty().get());
        robot.press(KeyCode.PAGE_UP).release(KeyCode.PAGE_UP);
        assertEquals(start + 1, reveal.stepProperty().get());

        robot.press(KeyCode.B).release(KeyCode.B);
        assertTrue(robot.lookup("#projector-blank").query().isVisible());
        robot.press(KeyCode.B).release(KeyCode.B);
        assertFalse(robot.lookup("#projector-blank").query().isVisible());

        assertNull(shell.projectorOverlay().spotlight());
        robot.press(KeyCode.L).release(KeyCode.L);
        robot.moveTo("#verify");
        assertNotNull(shell.projectorOverlay().spotlight());
        assertTrue(shell.projectorOverlay().spotlight().contains(10, 10), "the corner is dimmed");

        robot.press(KeyCode.S).release(KeyCode.S);
        assertTrue(shell.projector().slowMotionProperty().get());
        assertTrue(saved.get(saved.size() - 1).animationSpeed() < 1.0, "slow motion is saved");
        assertEquals(ProjectorMode.SLOW_MOTION_SPEED, level.run().speedProperty().get(), 1e-9, "the run plays slowly");
    }

    @Test
    void inYouSchedule_lettersAndBackspaceStayTheScheduler_whileDotStillBlanks(FxRobot robot) {
        interact(() -> shell.openLevel(CATALOG.byId("select-is-random").orElseThrow()));
        interact(() -> shell.projector().toggle());
        LevelScreen level = (LevelScreen) screen();
        interact(() -> level.scheduler().open());
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.DIGIT1).release(KeyCode.DIGIT1);
        }
        robot.press(KeyCode.DIGIT2).release(KeyCode.DIGIT2);
        robot.press(KeyCode.B).release(KeyCode.B);
        assertFalse(robot.lookup("#projector-blank").query().isVisible(), "b picks the case, it does not blank");
        assertEquals("main main main worker:1", level.scheduler().view().model().current().schedule().toString());
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        assertEquals("main main main", level.scheduler().view().model().current().schedule().toString());
        robot.press(KeyCode.PERIOD).release(KeyCode.PERIOD);
        assertTrue(robot.lookup("#projector-blank").query().isVisible());
        robot.press(KeyCode.PERIOD).release(KeyCode.PERIOD);
    }

    @Test
    void typingInTheLevelEditor_isNotTakenForProjectorKeys(FxRobot robot) {
        interact(() -> shell.projector().toggle());
        interact(() -> shell.openEditor(null));
        robot.clickOn("#editor-chapter").write("Basics");
        assertEquals("Basics", shell.editor().draft().chapterProperty().get());
        assertFalse(shell.projector().blankedProperty().get(), "B typed, not blanked");
        assertFalse(shell.projector().slowMotionProperty().get(), "s typed, not slow motion");
        assertTrue(shell.projector().enabledProperty().get());
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

    @Test
    void theProjectorHint_onThePlainMenu_coversNoneOfItsButtons(FxRobot robot) throws Exception {
        // at the window's foot, the hint lay over the menu's Quit and its scale buttons for 1.6 s
        for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
            interact(() -> shell.projector().enabledProperty().set(true));
            size(robot, size[0], size[1]);  // out of the full screen the mode went to
            interact(() -> shell.projectorOverlay().announce(ProjectorKeys.HINT));
            interact(() -> { });
            List<String> covered = Pulses.onFx(() -> {
                Node toast = shell.lookup("#projector-toast");
                javafx.geometry.Bounds t = toast.localToScene(toast.getLayoutBounds());
                List<String> under = new java.util.ArrayList<>();
                for (Node b : screen().lookupAll(".button")) {
                    javafx.geometry.Bounds r = b.localToScene(b.getLayoutBounds());
                    if (b.isVisible() && toast.isVisible() && r.intersects(t)) {
                        under.add(((javafx.scene.control.Labeled) b).getText() + " at " + r + " under the hint at " + t);
                    }
                }
                return under;
            });
            interact(() -> shell.projector().enabledProperty().set(false));
            assertTrue(covered.isEmpty(), size[0] + "×" + size[1] + ": " + covered);
        }
    }
}
