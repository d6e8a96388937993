package org.interleave.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.interleave.app.GameStage;
import org.interleave.app.Pulses;
import org.interleave.app.level.LevelScreen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * How the canvas follows a reveal's steps in the whole game: the cards it pans out of view stay
 * out, and those it shows show their tops, even while a card swells as a token reaches it.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasFollowTest extends GameStage {
    @Start
    void start(Stage stage) {
        showGame(stage);
    }

    /** The window sized to {@code width}×{@code height} and the level {@code id} opened in it. */
    private LevelScreen openAt(FxRobot robot, int width, int height, String id) {
        interact(() -> {
            Stage stage = (Stage) shell.getScene().getWindow();
            stage.setWidth(width);
            stage.setHeight(height);
            shell.openLevel(CATALOG.byId(id).orElseThrow());
        });
        LevelScreen s = (LevelScreen) shell.screen();
        canvasSettled("the level " + id + " laid out in a " + width + "×" + height + " window", s, () -> s.getScene().getWidth() == width
                && s.getScene().getHeight() == height);
        return s;
    }

    /**
     * Waits until {@code shown} holds and nothing in the level's canvas waits for a layout — its
     * cards, their lines and the pan are where the next frame draws them — both read on the FX thread
     * after each pulse ({@link Pulses#until}), so that what a test then measures is the frame the
     * player sees, whatever the machine's speed: no count of pulses or round trips stands for it.
     */
    private static void canvasSettled(String what, LevelScreen s, java.util.concurrent.Callable<Boolean> shown) {
        try {
            Pulses.until(what + ", the canvas laid out", () -> shown.call() && needingLayout(s).isEmpty());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; waiting for a layout: " + onFx(() -> needingLayout(s)), e);
        }
    }

    /**
     * What the tests measure that still needs a layout: the level screen, the canvas, the world its
     * cards stand in, the cards and everything in them, their lines included (their places and
     * sizes, and the pan, follow from these). The canvas lays its cards out whole in one pulse
     * ({@link CardSettling}): a line left needing a layout that no pulse gave it kept this wait from
     * ever ending.
     */
    private static List<String> needingLayout(LevelScreen s) {
        Node canvas = s.lookup("#canvas");
        List<Node> measured = new ArrayList<>(List.of(s, canvas, canvas.lookup(".canvas-world")));
        canvas.lookupAll(".part-node").forEach(card -> withWhatIsIn(card, measured));
        return measured.stream().filter(n -> n instanceof javafx.scene.Parent p && p.isNeedsLayout())
                .map(n -> n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + n.getStyleClass()).toList();
    }

    /** Adds {@code n} and every parent in it to {@code nodes}. */
    private static void withWhatIsIn(Node n, List<Node> nodes) {
        if (n instanceof javafx.scene.Parent p) {
            nodes.add(n);
            p.getChildrenUnmodifiable().forEach(c -> withWhatIsIn(c, nodes));
        }
    }

    /** Goes to {@code step} of the reveal and waits until the canvas shows it, laid out ({@link #canvasSettled}). */
    private static void revealStep(LevelScreen s, int step) {
        Pulses.interact(s.getScene(), () -> s.reveal().go(step));
        canvasSettled("the reveal's step " + step + " shown", s, () -> s.reveal().stepProperty().get() == step);
    }

    /** Goes to {@code step} of the run and waits until the canvas shows it, laid out ({@link #canvasSettled}). */
    private static void runStep(LevelScreen s, int step) {
        Pulses.interact(s.getScene(), () -> s.run().go(step));
        canvasSettled("the run's step " + step + " shown", s, () -> s.run().stepProperty().get() == step);
    }

    /** The game at {@code width}×{@code height}, the level {@code id} opened and its counterexample revealed. */
    private LevelScreen revealed(FxRobot robot, int width, int height, String id) throws Exception {
        LevelScreen s = openAt(robot, width, height, id);
        verify(s);
        assertTrue(onFx(() -> s.reveal().traceProperty().get() != null), "a counterexample to reveal");
        return s;
    }

    /**
     * The cards whose box, each swollen about its middle as the arrival pulse swells it at its
     * height, reaches across the canvas's top edge (a sliver or a cut title shows).
     */
    private static List<String> cutAtTheirPulse(LevelScreen s) throws Exception {
        return onFx(() -> {
            Node canvas = s.lookup("#canvas");
            double top = canvas.localToScene(canvas.getLayoutBounds()).getMinY();
            List<String> cut = new ArrayList<>();
            for (Node card : canvas.lookupAll(".part-node")) {
                double was = card.getScaleY();
                card.setScaleX(BoardMoves.ARRIVAL_SCALE);
                card.setScaleY(BoardMoves.ARRIVAL_SCALE);
                Bounds b = card.localToScene(card.getLayoutBounds());
                card.setScaleX(was);
                card.setScaleY(was);
                if (b.getMinY() < top - 0.5 && b.getMaxY() > top + 0.5) {
                    cut.add(card.getId() + " " + b.getMinY() + ".." + b.getMaxY() + " over the edge at " + top);
                }
            }
            return cut;
        });
    }

    @Test
    void aCardPannedOutOfViewAsTheTimelineOpens_staysOutWhileItPulses(FxRobot robot) throws Exception {
        // at 1366×768 the timeline's opening shrinks the canvas under the design, and the pan that
        // uncuts the tops sends the rw card out over the top edge: put with its foot on the edge,
        // its pulse as a token reached it showed a 1.4 px sliver (the layout audit caught it at random)
        LevelScreen s = revealed(robot, 1366, 768, "write-under-rlock");
        int first = onFx(() -> s.reveal().stepProperty().get());
        for (int step = first + 1; step <= first + 3; step++) {
            int next = step;
            Pulses.interact(s.getScene(), () -> s.reveal().next());
            canvasSettled("the reveal's step " + next + " shown", s, () -> s.reveal().stepProperty().get() == next);
        }
        Pulses.interact(s.getScene(), () -> ((javafx.scene.control.ToggleButton) s.lookup("#show-timeline")).fire());
        canvasSettled("the timeline open", s, () -> s.getBottom() instanceof javafx.scene.layout.Region t && t.getHeight() > 0
                && !t.isNeedsLayout());
        List<String> cut = cutAtTheirPulse(s);
        assertTrue(cut.isEmpty(), "cards the canvas's top edge cuts as they pulse: " + cut);
    }

    /**
     * In projector mode at 1280×720 the canvas is 334 px high and short-critical-sections' cards
     * are 570 px and more: the pan that follows a run keeps the op that ran in view, and the name
     * of its card shows at every step, its own title or, with the card's top above the canvas, the
     * title pinned to the canvas's top edge.
     */
    @Test
    void aRunInProjectorModeAt1280x720_showsTheNameOfTheCardThatRanAtEveryStep(FxRobot robot) throws Exception {
        // without motion: a card that swells as a token reaches it is measured where it stands
        launch(robot, org.interleave.app.PlayerProfile.inMemory(
                org.interleave.level.save.Settings.defaults().withReduceMotion(true)));
        interact(() -> {
            projectorWindow(true, 100, 1280, 720);
            shell.openLevel(CATALOG.byId("short-critical-sections").orElseThrow());
        });
        LevelScreen s = (LevelScreen) shell.screen();
        int steps = runPaused(s);
        int pinned = 0;
        for (int i = 1; i <= steps; i++) {
            int step = i;
            runStep(s, step);
            String seen = onFx(() -> {
                Node canvas = s.lookup("#canvas");
                Bounds view = canvas.localToScene(canvas.getLayoutBounds());
                Node ran = canvas.lookup(".ran");
                Node card = ran;
                while (card != null && !card.getStyleClass().contains("goroutine-node")) {
                    card = card.getParent();
                }
                if (card == null) {
                    return "";  // a step of no goroutine's op (a timer's)
                }
                String id = card.getId().substring("part-".length());
                Node title = card.lookup(".goroutine-title");
                Node sticky = canvas.lookup("#sticky-" + id);
                if (within(title.localToScene(title.getLayoutBounds()), view)) {
                    return "";
                }
                if (sticky != null && within(sticky.localToScene(sticky.getLayoutBounds()), view)) {
                    return "pinned";
                }
                return "step " + step + ": no name of " + id + "'s card in view: its title at "
                        + title.localToScene(title.getLayoutBounds()) + ", the canvas at " + view;
            });
            if (seen.equals("pinned")) {
                pinned++;
            } else {
                assertEquals("", seen);
            }
        }
        assertTrue(pinned > 0, "the run went down cards taller than the canvas");
    }

    /** The level {@code id} opened in the game at {@code width}×{@code height}, without motion. */
    private LevelScreen opened(FxRobot robot, int width, int height, String id) throws Exception {
        launch(robot, org.interleave.app.PlayerProfile.inMemory(
                org.interleave.level.save.Settings.defaults().withReduceMotion(true)));
        return openAt(robot, width, height, id);
    }

    /** The level's solution run, paused at its start once the run is loaded; its length in steps. */
    private int runPaused(LevelScreen s) {
        Pulses.interact(s.getScene(), () -> ((javafx.scene.control.ToggleButton) s.lookup("#show-solution")).fire());
        Pulses.interact(s.getScene(), () -> ((javafx.scene.control.Button) s.lookup("#run")).fire());
        interact(() -> s.run().pause());
        Pulses.until("the solution's run loaded", () -> s.run().length() > 0);
        return onFx(() -> s.run().length());
    }

    /** Where card {@code id} lies, unless it lies whole in the canvas: "" when it does, or is larger than the canvas less its margins. */
    private static String cutCard(LevelScreen s, String id) throws Exception {
        return onFx(() -> cutCardNow(s, id));
    }

    /** {@link #cutCard}, read on the FX thread. */
    private static String cutCardNow(LevelScreen s, String id) {
        Node canvas = s.lookup("#canvas");
        Bounds view = canvas.localToScene(canvas.getLayoutBounds());
        Node card = canvas.lookup("#part-" + id);
        Bounds b = card.localToScene(card.getLayoutBounds());
        // within its margins (16 px a side): a card about as large as the canvas shows the line that ran instead
        boolean fits = b.getWidth() <= view.getWidth() - 32 && b.getHeight() <= view.getHeight() - 32;
        return within(b, view) || !fits ? "" : id + " at " + b + " is cut by the canvas at " + view;
    }

    @Test
    void aLevelOpenedAt1280x720_showsThePlayersGoroutineWhole(FxRobot robot) throws Exception {
        // wait-for-them's design is wider than the canvas at 100 %: it opened on its top left, and
        // main, the one goroutine the player edits, showed cut at the canvas's right edge
        LevelScreen s = opened(robot, 1280, 720, "wait-for-them");
        // the window's first layouts may still move the columns; once the screen has settled, main is whole
        Pulses.until("main whole in the canvas", () -> cutCardNow(s, "main").isEmpty());
        assertEquals("", cutCard(s, "main"));
        assertEquals("100%", onFx(() -> ((javafx.scene.control.Label) s.lookup("#zoom-level")).getText()),
                "the level opens at the readable zoom");
    }

    @Test
    void aRunAt1280x720_showsTheCardThatRanWholeAtEveryStep(FxRobot robot) throws Exception {
        // the worker pool's solution is wider and taller than the canvas: a run followed only the
        // line that ran, and the closer's card showed as a sliver at the right edge as it waited
        LevelScreen s = opened(robot, 1280, 720, "worker-pool");
        int steps = runPaused(s);
        List<String> cut = new ArrayList<>();
        for (int i = 1; i <= steps; i++) {
            int step = i;
            runStep(s, step);
            String id = onFx(() -> {
                Node card = s.lookup("#canvas").lookup(".ran");
                while (card != null && !card.getStyleClass().contains("goroutine-node")) {
                    card = card.getParent();
                }
                return card == null ? null : card.getId().substring("part-".length());
            });
            String seen = id == null ? "" : cutCard(s, id);
            if (!seen.isEmpty()) {
                cut.add("step " + step + ": " + seen);
            }
        }
        assertTrue(cut.isEmpty(), "the card that ran, cut: " + cut);
    }

    @Test
    void aCardSelectedAt1280x720_showsWholeBesideTheInspector(FxRobot robot) throws Exception {
        // the inspector lies over the canvas on the side away from the card, but a card near the
        // middle of a 590 px canvas lay half under the 248 px inspector that edited it
        opened(robot, 1280, 720, "dining-philosophers");
        List<String> covered = new ArrayList<>();
        int seen = 0;
        for (String level : List.of("dining-philosophers", "guard-the-counter", "hand-off", "pipeline", "fan-in")) {
            interact(() -> shell.openLevel(CATALOG.byId(level).orElseThrow()));
            LevelScreen s = (LevelScreen) shell.screen();
            canvasSettled(level + " opened", s, () -> true);
            List<String> cards = onFx(() -> s.lookup("#canvas").lookupAll(".part-node").stream()
                    .map(n -> n.getId().substring("part-".length())).toList());
            seen += cards.size();
            for (String id : cards) {
                Pulses.interact(s.getScene(), () -> ((CanvasView) s.lookup("#canvas")).selectionProperty()
                        .set(new CanvasView.Selection(id, null)));
                canvasSettled(id + " selected, the inspector shown", s, () -> inspecting(s, id));
                String where = onFx(() -> underTheInspector(s, id));
                if (!where.isEmpty()) {
                    covered.add(level + ": " + where);
                }
            }
        }
        assertTrue(seen > 10, "the designs have cards: " + seen);
        assertEquals(List.of(), covered);
    }

    @Test
    void theInspectorAt1280x720_isAsTallAsWhatItShows_notTheCanvas(FxRobot robot) throws Exception {
        // a few fields on a panel as tall as the canvas: it covered the board down to its foot
        LevelScreen s = opened(robot, 1280, 720, "worker-pool");
        Pulses.interact(s.getScene(), () -> ((CanvasView) s.lookup("#canvas")).selectionProperty()
                .set(new CanvasView.Selection("main", null)));
        // the fields, styled, may ask for another layout: wait for the inspector's own, too
        canvasSettled("main selected, the inspector shown and laid out", s, () -> inspecting(s, "main") && onFx(() -> {
            javafx.scene.Parent inspector = (javafx.scene.Parent) s.lookup("#inspector");
            javafx.scene.Parent content = (javafx.scene.Parent) inspector.lookup(".inspector-content");
            return !inspector.isNeedsLayout() && !content.isNeedsLayout();
        }));
        double[] seen = onFx(() -> {
            javafx.scene.layout.Region inspector = (javafx.scene.layout.Region) s.lookup("#inspector");
            javafx.scene.layout.Region content = (javafx.scene.layout.Region) inspector.lookup(".inspector-content");
            return new double[] {inspector.getHeight(), content.getHeight(), s.lookup("#canvas").getLayoutBounds().getHeight()};
        });
        assertTrue(seen[0] <= seen[1] + 40, "the inspector is " + seen[0] + " px for " + seen[1] + " px of fields, on a "
                + seen[2] + " px canvas");
    }

    @Test
    void aCardGrownByEditsPastTheCanvasEdge_showsWholeAgain(FxRobot robot) throws Exception {
        // each op added to main lengthened its card down past the canvas's foot, out of view
        LevelScreen s = opened(robot, 1280, 720, "worker-pool");
        growMain(s);
        assertEquals("", cutCard(s, "main"));
    }

    @Test
    void aSelectedCardPressedAgainThenGrownByEdits_showsWholeAgain(FxRobot robot) throws Exception {
        // a press on the card already selected released the canvas's hold on it (as a press on the
        // background does), and the ops added from the inspector then grew it out of view
        LevelScreen s = opened(robot, 1280, 720, "worker-pool");
        for (int i = 0; i < 2; i++) {
            robot.clickOn(robot.lookup("#canvas #part-main .goroutine-title").queryAs(Node.class));
            canvasSettled("main pressed", s, () -> "main".equals(s.canvas().selectedPart()));
        }
        assertEquals("main", onFx(() -> s.canvas().selectedPart()), "main is selected");
        growMain(s);
        assertEquals("", cutCard(s, "main"));
    }

    /**
     * The card in focus where the canvas cuts it the way it fits ("" when it does not): across,
     * whole when it fits across, else its left edge; up and down, whole when it fits that way.
     */
    private static String focusCut(LevelScreen s) throws Exception {
        return judgeFocusCard(s, (card, view) -> {
            Bounds b = card.localToScene(card.getLayoutBounds());
            boolean across = b.getWidth() <= view.getWidth() - 32;
            boolean down = b.getHeight() <= view.getHeight() - 32;
            boolean cut = b.getMinX() < view.getMinX() - 1.5 || across && b.getMaxX() > view.getMaxX() + 1.5
                    || down && (b.getMinY() < view.getMinY() - 1.5 || b.getMaxY() > view.getMaxY() + 1.5);
            return cut ? card.getId() + " at " + b + ", the canvas at " + view : "";
        });
    }

    @Test
    void aRevealInProjectorMode_showsTheCardInFocusWholeTheWayItFits(FxRobot robot) throws Exception {
        // the lost update's race in projector mode: the worker's card, taller than the canvas, showed
        // the line that ran with the card's left edge and the start of its title cut (docs/projector.png)
        launch(robot, org.interleave.app.PlayerProfile.inMemory(
                org.interleave.level.save.Settings.defaults().withReduceMotion(true)));
        List<String> cut = new ArrayList<>();
        for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
            LevelScreen s = revealedInProjectorMode(robot, "lost-update", 100, size);
            int steps = onFx(() -> s.reveal().traceProperty().get().length());
            for (int i = 0; i < steps; i++) {
                int before = onFx(() -> s.reveal().stepProperty().get());
                pressRight(s);
                canvasSettled("the reveal's step after " + before + " shown", s, () -> s.reveal().stepProperty().get() > before
                        || s.reveal().atEndBinding().get());
                String seen = focusCut(s);
                if (!seen.isEmpty()) {
                    cut.add(size[0] + "×" + size[1] + " step " + (i + 1) + ": " + seen);
                }
            }
        }
        assertEquals(List.of(), cut);
    }

    /**
     * A reveal stepped backwards, and jumped to a step from its first, shows the card in focus whole
     * the way it fits at every step, as stepping forwards does: only a step to the next one laid the
     * board out (the lines it marks, the status lines it adds) before the canvas panned to it, so a
     * step back or a jump panned by the cards' places and sizes of the step before.
     */
    @Test
    void aRevealSteppedBackOrJumpedInProjectorMode_showsTheCardInFocusWholeTheWayItFits(FxRobot robot) throws Exception {
        launch(robot, org.interleave.app.PlayerProfile.inMemory(
                org.interleave.level.save.Settings.defaults().withReduceMotion(true)));
        List<String> cut = new ArrayList<>();
        for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
            for (String id : List.of("lost-update", "write-under-rlock")) {
                LevelScreen s = revealedInProjectorMode(robot, id, 100, size);
                int steps = onFx(() -> s.reveal().traceProperty().get().length());
                for (int i = steps; i >= 1; i--) {
                    revealStep(s, i);
                    String seen = focusCut(s);
                    if (!seen.isEmpty()) {
                        cut.add(size[0] + "×" + size[1] + " " + id + " back to step " + i + ": " + seen);
                    }
                }
                for (int i = 3; i <= steps; i++) {
                    revealStep(s, 1);
                    revealStep(s, i);
                    String seen = focusCut(s);
                    if (!seen.isEmpty()) {
                        cut.add(size[0] + "×" + size[1] + " " + id + " from step 1 to " + i + ": " + seen);
                    }
                }
            }
        }
        assertEquals(List.of(), cut);
    }

    /**
     * Presses and releases → as the keyboard does, at the node with the focus (through the scene's
     * filters and handlers), and waits for the pulse after: {@code FxRobot.type} goes the same way
     * but sleeps and waits on the FX thread ten times a key.
     */
    private static void pressRight(LevelScreen s) {
        Pulses.interact(s.getScene(), () -> {
            javafx.event.EventTarget target = s.getScene().getFocusOwner() != null ? s.getScene().getFocusOwner() : s.getScene();
            for (var type : List.of(javafx.scene.input.KeyEvent.KEY_PRESSED, javafx.scene.input.KeyEvent.KEY_RELEASED)) {
                javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(type, "", "",
                        javafx.scene.input.KeyCode.RIGHT, false, false, false, false));
            }
        });
    }

    /** Level {@code id} opened in projector mode at {@code scale} % in a window of {@code size}, verified: its counterexample ready to reveal. */
    private LevelScreen revealedInProjectorMode(FxRobot robot, String id, int scale, int[] size) throws Exception {
        interact(() -> {
            projectorWindow(true, scale, size[0], size[1]);
            shell.openLevel(CATALOG.byId(id).orElseThrow());
        });
        LevelScreen s = (LevelScreen) shell.screen();
        verify(s);
        assertTrue(onFx(() -> s.reveal().traceProperty().get() != null), "a counterexample to reveal");
        return s;
    }

    /**
     * The card in focus, when it is wider than the canvas less its margins, where its left edge lies
     * out of view, or where the line of the op that ran does not show (its top, foot and start); ""
     * when all shows, or when the card in focus fits across. The card is measured unswollen, where it
     * stands: no pan can keep a card's edge still while it pulses.
     */
    private static String wideFocusCut(LevelScreen s) throws Exception {
        return judgeFocusCard(s, (card, view) -> {
            double sx = card.getScaleX();
            double sy = card.getScaleY();
            card.setScaleX(1);
            card.setScaleY(1);
            Bounds b = card.localToScene(card.getLayoutBounds());
            Node ran = card.lookup(".ran");
            Node code = ran == null ? null : ran.lookup(".line-code");
            Bounds line = code == null ? null : code.localToScene(code.getLayoutBounds());
            card.setScaleX(sx);
            card.setScaleY(sy);
            if (b.getWidth() <= view.getWidth() - 2 * CardFocus.MARGIN) {
                return "";
            }
            List<String> wrong = new ArrayList<>();
            Bounds scaled = card.localToScene(card.getLayoutBounds());
            if (scaled.getMinX() < view.getMinX() - 1 && scaled.getMaxX() > view.getMinX()) {
                wrong.add("its left edge, as it swells, cut " + (view.getMinX() - scaled.getMinX()) + " px");
            }
            if (b.getMinX() < view.getMinX() - 0.5 && b.getMaxX() > view.getMinX()) {
                wrong.add("its left edge cut " + (view.getMinX() - b.getMinX()) + " px");
            }
            if (line != null && (line.getMinY() < view.getMinY() - 0.5 || line.getMaxY() > view.getMaxY() + 0.5
                    || line.getMinX() < view.getMinX() - 0.5 || line.getMinX() >= view.getMaxX())) {
                wrong.add("the op's line at " + line + " out of view");
            }
            return wrong.isEmpty() ? "wide" : card.getId() + " at " + b + ", the canvas at " + view + ": " + String.join(", ", wrong);
        });
    }

    @Test
    void aRevealInProjectorModeAt200Percent_showsTheLeftEdgeOfACardWiderThanTheCanvasAndTheOpsLineAtEveryStep(
            FxRobot robot) throws Exception {
        // write-under-rlock's lookup card (1221×1127) is larger than projector mode's canvas both ways
        // (969×273 at 1920×1080): the least pan to the op that ran, past the canvas's right edge,
        // took the card's left edge, where its title and lines begin, out of view
        launch(robot, org.interleave.app.PlayerProfile.inMemory(
                org.interleave.level.save.Settings.defaults().withReduceMotion(true)));
        List<String> cut = new ArrayList<>();
        int wide = 0;
        for (int[] size : new int[][] {{1920, 1080}, {1280, 720}}) {
            LevelScreen s = revealedInProjectorMode(robot, "write-under-rlock", 200, size);
            int steps = onFx(() -> s.reveal().traceProperty().get().length());
            javafx.scene.transform.Translate pan = onFx(() -> (javafx.scene.transform.Translate)
                    s.lookup("#canvas").lookup(".canvas-world").getTransforms().get(0));
            // from the first step, each time with the view put elsewhere first (as a step before may leave it)
            for (double[] from : new double[][] {{0, 0}, {-40, 0}, {40, 0}, {-150, -80}, {150, 80}}) {
                revealStep(s, 1);
                Pulses.interact(s.getScene(), () -> {
                    pan.setX(pan.getX() + from[0]);
                    pan.setY(pan.getY() + from[1]);
                });
                for (int i = 2; i <= steps; i++) {
                    int step = i;
                    Pulses.interact(s.getScene(), () -> s.reveal().next());
                    canvasSettled("the reveal's step " + step + " shown", s, () -> s.reveal().stepProperty().get() == step);
                    String seen = wideFocusCut(s);
                    if (seen.equals("wide")) {
                        wide++;
                    } else if (!seen.isEmpty()) {
                        cut.add(size[0] + "×" + size[1] + " from a pan of " + from[0] + ", " + from[1] + ", step " + i + ": " + seen);
                    }
                }
            }
        }
        assertTrue(wide > 0, "the reveal followed a card wider than the canvas");
        assertEquals(List.of(), cut);
    }

    /** Where card {@code id} lies when the inspector covers it or the canvas cuts it, though it fits beside the inspector; "" when not. */
    private static String underTheInspector(LevelScreen s, String id) {
        Node canvas = s.lookup("#canvas");
        Node inspector = s.lookup("#inspector");
        Node node = canvas.lookup("#part-" + id);
        Bounds view = canvas.localToScene(canvas.getLayoutBounds());
        Bounds card = node.localToScene(node.getLayoutBounds());
        Bounds over = inspector.localToScene(inspector.getLayoutBounds());
        // beside the inspector and its margin, within the canvas's margins (16 px a side)
        boolean fits = card.getWidth() <= view.getWidth() - over.getWidth() - 8 - 32 && card.getHeight() <= view.getHeight() - 32;
        boolean under = inspector.isVisible() && card.intersects(over);
        return fits && (under || !within(card, view)) ? id + " at " + card + ", the inspector at " + over : "";
    }

    /**
     * What {@code judge} says of the card in focus ({@link CardFocus}) and the canvas's view, both in
     * the scene, read on the FX thread; "" when no card is in focus.
     */
    private static String judgeFocusCard(LevelScreen s, java.util.function.BiFunction<Node, Bounds, String> judge) {
        return onFx(() -> {
            Node canvas = s.lookup("#canvas");
            Node card = CardFocus.in(canvas);
            return card == null ? "" : judge.apply(card, canvas.localToScene(canvas.getLayoutBounds()));
        });
    }

    /** Whether the inspector edits part {@code id}, shown and laid out. */
    private static boolean inspecting(LevelScreen s, String id) {
        Node inspector = s.lookup("#inspector");
        return id.equals(s.canvas().selectedPart()) && inspector != null && inspector.isVisible()
                && inspector.getLayoutBounds().getHeight() > 0;
    }

    /** Adds 8 ops to main's card and waits until the card has them, laid out. */
    private static void growMain(LevelScreen s) {
        int lines = onFx(() -> mainLines(s));
        for (int i = 0; i < 8; i++) {
            Pulses.interact(s.getScene(), () -> s.canvas().model().apply(new Edit.InsertOp("main", "", "ops", 0, "add")));
        }
        canvasSettled("main's card grown by 8 lines", s, () -> mainLines(s) == lines + 8);
    }

    private static int mainLines(LevelScreen s) {
        return s.lookup("#canvas").lookup("#part-main").lookupAll(".card-line").size();
    }

    /** Whether {@code b} lies in {@code view}, give or take the 1 px of a pan's rounding. */
    private static boolean within(Bounds b, Bounds view) {
        return b.getMinX() >= view.getMinX() - 1.5 && b.getMinY() >= view.getMinY() - 1.5
                && b.getMaxX() <= view.getMaxX() + 1.5 && b.getMaxY() <= view.getMaxY() + 1.5;
    }
}
