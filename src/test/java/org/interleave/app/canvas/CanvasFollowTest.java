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

    /** The game at {@code width}×{@code height}, the level {@code id} opened and its counterexample revealed. */
    private LevelScreen revealed(FxRobot robot, int width, int height, String id) throws Exception {
        robot.interact(() -> {
            Stage stage = (Stage) shell.getScene().getWindow();
            stage.setWidth(width);
            stage.setHeight(height);
            shell.openLevel(CATALOG.byId(id).orElseThrow());
        });
        LevelScreen s = (LevelScreen) shell.screen();
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
        for (int i = 0; i < 3; i++) {
            Pulses.interact(s.getScene(), () -> s.reveal().next());
        }
        Pulses.interact(s.getScene(), () -> ((javafx.scene.control.ToggleButton) s.lookup("#show-timeline")).fire());
        assertTrue(onFx(() -> s.getBottom() != null), "the timeline is open");
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
        robot.interact(() -> {
            shell.projector().setScale(100);
            shell.projector().enabledProperty().set(true);
            Stage stage = (Stage) shell.getScene().getWindow();
            stage.setFullScreen(false);
            stage.setWidth(1280);
            stage.setHeight(720);
            shell.openLevel(CATALOG.byId("short-critical-sections").orElseThrow());
        });
        LevelScreen s = (LevelScreen) shell.screen();
        Pulses.interact(s.getScene(), () -> ((javafx.scene.control.ToggleButton) s.lookup("#show-solution")).fire());
        Pulses.interact(s.getScene(), () -> ((javafx.scene.control.Button) s.lookup("#run")).fire());
        interact(() -> s.run().pause());
        int steps = s.run().length();
        int pinned = 0;
        for (int i = 1; i <= steps; i++) {
            int step = i;
            Pulses.interact(s.getScene(), () -> s.run().go(step));
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
        robot.interact(() -> {
            Stage stage = (Stage) shell.getScene().getWindow();
            stage.setWidth(width);
            stage.setHeight(height);
            shell.openLevel(CATALOG.byId(id).orElseThrow());
        });
        LevelScreen s = (LevelScreen) shell.screen();
        Pulses.interact(s.getScene(), () -> { });
        return s;
    }

    /** Where card {@code id} lies, unless it lies whole in the canvas: "" when it does, or is larger than the canvas. */
    private static String cutCard(LevelScreen s, String id) throws Exception {
        return onFx(() -> {
            Node canvas = s.lookup("#canvas");
            Bounds view = canvas.localToScene(canvas.getLayoutBounds());
            Node card = canvas.lookup("#part-" + id);
            Bounds b = card.localToScene(card.getLayoutBounds());
            boolean fits = b.getWidth() <= view.getWidth() && b.getHeight() <= view.getHeight();
            return within(b, view) || !fits ? "" : id + " at " + b + " is cut by the canvas at " + view;
        });
    }

    @Test
    void aLevelOpenedAt1280x720_showsThePlayersGoroutineWhole(FxRobot robot) throws Exception {
        // wait-for-them's design is wider than the canvas at 100 %: it opened on its top left, and
        // main, the one goroutine the player edits, showed cut at the canvas's right edge
        LevelScreen s = opened(robot, 1280, 720, "wait-for-them");
        assertEquals("", cutCard(s, "main"));
        assertEquals("100%", onFx(() -> ((javafx.scene.control.Label) s.lookup("#zoom-level")).getText()),
                "the level opens at the readable zoom");
    }

    @Test
    void aRunAt1280x720_showsTheCardThatRanWholeAtEveryStep(FxRobot robot) throws Exception {
        // the worker pool's solution is wider and taller than the canvas: a run followed only the
        // line that ran, and the closer's card showed as a sliver at the right edge as it waited
        LevelScreen s = opened(robot, 1280, 720, "worker-pool");
        Pulses.interact(s.getScene(), () -> ((javafx.scene.control.ToggleButton) s.lookup("#show-solution")).fire());
        Pulses.interact(s.getScene(), () -> ((javafx.scene.control.Button) s.lookup("#run")).fire());
        robot.interact(() -> s.run().pause());
        List<String> cut = new ArrayList<>();
        for (int i = 1; i <= s.run().length(); i++) {
            int step = i;
            Pulses.interact(s.getScene(), () -> s.run().go(step));
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

    /** Whether {@code b} lies in {@code view}, give or take the 1 px of a pan's rounding. */
    private static boolean within(Bounds b, Bounds view) {
        return b.getMinX() >= view.getMinX() - 1.5 && b.getMinY() >= view.getMinY() - 1.5
                && b.getMaxX() <= view.getMaxX() + 1.5 && b.getMaxY() <= view.getMaxY() + 1.5;
    }
}
