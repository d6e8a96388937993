package org.interleave.app.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.interleave.app.GameShell;
import org.interleave.app.PlayerProfile;
import org.interleave.app.Pulses;
import org.interleave.app.audit.LayoutAuditBase.Look;
import org.interleave.app.audit.LayoutAuditBase.Size;
import org.interleave.app.level.LevelScreen;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.level.save.Settings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The game the layout audit ({@link LayoutAuditBase}) drives in its window: a new game at a size and
 * look, the steps a visit takes on its way to a screen (open a level, verify, open a menu, go to the
 * level editor's starting design or locks), the waits for pulses between them, and the checks the
 * audit makes on the window beside {@link LayoutAudit}'s (step and run bars squeezed).
 */
final class AuditedGame {
    private static final CampaignCatalog CATALOG = CampaignCatalog.fromClassPath();
    private static final ExecutorService VERIFIER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "audit-verifier");
        t.setDaemon(true);
        return t;
    });

    /** The audit's window (each test's {@code @Start}). */
    Stage stage;
    /** The game shown in it now. */
    GameShell shell;

    /**
     * A level screen's step or run bars cut short while they are below their most height and the
     * design under them is above its least: they may scroll only when capped or when the design has
     * given way (a short window, projector mode's large text), not because the design (the Go code
     * under the canvas) kept its room — a step bar's second line was cut in half.
     */
    List<LayoutAudit.Violation> squeezedBars(String name) {
        List<LayoutAudit.Violation> out = new ArrayList<>();
        for (javafx.scene.Node n : stage.getScene().getRoot().lookupAll(".design-bars-scroll")) {
            if (n instanceof javafx.scene.control.ScrollPane scroll && scroll.isVisible() && scroll.getContent() != null) {
                double content = scroll.getContent().getLayoutBounds().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                double room = scroll.getMaxHeight() - scroll.snappedTopInset() - scroll.snappedBottomInset();
                javafx.scene.Node design = stage.getScene().getRoot().lookup(".design-split");
                double spare = design == null ? 0 : design.getLayoutBounds().getHeight() - design.minHeight(-1);
                if (content > viewport + 0.5 && viewport + 1 < room && spare > 1) {
                    out.add(new LayoutAudit.Violation(name, "squeezed-bar", "the step and run bars",
                            Math.round(content) + " px of bars in " + Math.round(viewport) + " px, below their most "
                                    + Math.round(room) + " px, while the design keeps " + Math.round(spare) + " px over its least"));
                }
            }
        }
        return out;
    }

    void launch(FxRobot robot, Size size, Look look) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            GameShell old = shell;
            Settings settings = Settings.defaults().withTheme(look == Look.LIGHT ? Settings.Theme.LIGHT : Settings.Theme.DARK);
            PlayerProfile profile = PlayerProfile.inMemory(settings);
            SeededProgress.record(profile);  // medals on the level select's cards and the map's chapters
            shell = new GameShell(CATALOG, VERIFIER, profile, () -> { });
            if (stage.getScene().getWidth() != size.width() || stage.getScene().getHeight() != size.height()) {
                stage.setScene(new Scene(new StackPane(), size.width(), size.height()));
            }
            ((StackPane) stage.getScene().getRoot()).getChildren().setAll(shell);
            if (old != null) {
                old.close();  // its level's runs and checks and its pack's watcher stop, so nothing keeps it alive
            }
            if (look.projector()) {
                // the scale first: set while the mode is off it restyles nothing, so the mode's look is worked out once
                shell.projector().setScale(look == Look.PROJECTOR_200 ? 200 : 100);
                shell.projector().enabledProperty().set(true);
            }
            // projector mode goes full screen; the audit holds the window at the size under test, at
            // once, before a pulse styles, lays out and draws the game in full screen for nothing
            stage.setFullScreen(false);
            stage.setWidth(size.width());
            stage.setHeight(size.height());
            stage.setX(0);
            stage.setY(0);
        }).get();
        fx(() -> { });  // the new scene's (the size may have changed it) first pulse
        double[] shown = WaitForAsyncUtils.asyncFx(() -> new double[] {stage.getScene().getWidth(),
                stage.getScene().getHeight(), stage.isFullScreen() ? 1 : 0}).get();
        if (shown[0] != size.width() || shown[1] != size.height() || shown[2] != 0) {
            throw new AssertionError("the window is not at " + size + " but " + shown[0] + "×" + shown[1]
                    + (shown[2] != 0 ? " in full screen" : ""));
        }
    }

    void closePopups(FxRobot robot) {
        fx(() -> {
            for (javafx.stage.Window w : new ArrayList<>(javafx.stage.Window.getWindows())) {
                if (w instanceof javafx.stage.PopupWindow p) {
                    p.hide();
                }
            }
        });
    }

    LevelScreen level() {
        return shell.screen() instanceof LevelScreen l ? l : null;
    }

    void open(FxRobot robot, String id) {
        fx(() -> shell.openLevel(CATALOG.byId(id).orElseThrow()));
    }

    void verifyAndWait(FxRobot robot) throws Exception {
        robot.clickOn("#verify");
        waitUntil("the verification's trace or verdict", () -> level().reveal().traceProperty().get() != null
                || level().lookup("#verdict") instanceof Label verdict && verdict.isVisible() && !verdict.getText().isEmpty());
    }

    /** The gate the verifier's thread waits at while a visit holds a verification running, or null. */
    private java.util.concurrent.CountDownLatch held;

    /**
     * Presses Verify with the verifier's thread held at a gate, and waits until the level says the
     * verification runs (the progress and Cancel shown): it stays so, whatever the
     * machine's speed, until {@link #releaseVerifier} opens the gate and the search may start.
     */
    void verifyHeld(FxRobot robot) throws Exception {
        java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        held = gate;
        VERIFIER.execute(() -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        robot.clickOn("#verify");
        waitUntil("the verification running", () -> level().lookup("#cancel") instanceof javafx.scene.control.Button cancel
                && cancel.isVisible() && level().lookup("#progress-row").isVisible());
    }

    /** Lets a verification held by {@link #verifyHeld} go on (the game it ran in is closed or goes on). */
    void releaseVerifier() {
        if (held != null) {
            held.countDown();
            held = null;
        }
    }

    void openAddMenu(FxRobot robot) {
        Node main = robot.lookup(".goroutine-node").nth(0).query();
        Node title = main.lookup(".goroutine-title");
        Node canvas = robot.lookup("#canvas").query();
        javafx.geometry.Bounds seen = canvas.localToScene(canvas.getLayoutBounds());
        javafx.geometry.Bounds at = title.localToScene(title.getLayoutBounds());
        if (seen.contains(at.getCenterX(), at.getCenterY())) {
            robot.clickOn(title);
        } else {
            // out of view (projector mode at a large scale): a player selects it by keys, which pans it into view
            String id = main.getId().substring("part-".length());
            fx(canvas::requestFocus);
            for (int i = 0; i < 12 && !id.equals(level().canvas().selectedPart()); i++) {
                press(KeyCode.RIGHT);
            }
        }
        Pulses.until("the card's \"+ Add op\" menu built", () -> robot.lookup(
                n -> n instanceof MenuButton m && m.getText().startsWith("+ Add op")).tryQuery().isPresent());
        MenuButton add = robot.lookup(n -> n instanceof MenuButton m && m.getText().startsWith("+ Add op")).queryAs(MenuButton.class);
        fx(add::show);
    }

    /**
     * Presses and releases {@code key} as the keyboard does: the key's events fired at the node with
     * the focus (the scene when none has it), through the scene's filters, handlers and shortcuts;
     * then waits for the pulse that lays out what they changed ({@link #fx}). As {@code
     * FxRobot.type}, which goes the same way but waits, after the press and after the release, five
     * round trips to the FX thread with 10 ms of sleep each (some 0.2 s a key on a busy machine; the
     * level editor's visit typed up to 12).
     */
    void press(KeyCode key) {
        fx(() -> {
            javafx.event.EventTarget target = stage.getScene().getFocusOwner() != null
                    ? stage.getScene().getFocusOwner() : stage.getScene();
            for (var type : List.of(javafx.scene.input.KeyEvent.KEY_PRESSED, javafx.scene.input.KeyEvent.KEY_RELEASED)) {
                javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(type, "", "", key,
                        false, false, false, false));
            }
        });
    }

    /**
     * Points at the first of {@code selectors} shown in the game, as a player hovers over it, and
     * waits until its tooltip shows: from the node hovered it takes its look (a tooltip shown by
     * code has no node to take it from). The tooltip's delay is cut to a millisecond.
     */
    void showTooltip(FxRobot robot, String... selectors) {
        javafx.scene.control.Control target = Pulses.onFx(() -> java.util.Arrays.stream(selectors).map(shell::lookup)
                .filter(n -> n instanceof javafx.scene.control.Control c && c.isVisible() && c.getTooltip() != null
                        && c.localToScene(c.getLayoutBounds()).getMinX() < stage.getScene().getWidth())
                .map(javafx.scene.control.Control.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("none of " + java.util.Arrays.toString(selectors) + " shown")));
        javafx.scene.control.Tooltip tip = target.getTooltip();
        fx(() -> tip.setShowDelay(javafx.util.Duration.millis(1)));
        robot.moveTo(target);
        Pulses.until("the tooltip of " + target.getId() + " shown", tip::isShowing);
        fx(() -> { });
    }

    /** An error as one escapes the game: thrown deep in its code, with a long stack. */
    static Throwable escapedError() {
        try {
            return deep(40);
        } catch (IllegalStateException e) {
            return e;
        }
    }

    private static Throwable deep(int n) {
        if (n == 0) {
            throw new IllegalStateException("the run's step 12 found no goroutine to move (a bug in the game)");
        }
        return deep(n - 1);
    }

    /**
     * In the level editor, as an author goes to the starting design: its tab (a narrow editor opens
     * on the form's), its locked ops unfolded, and on its canvas the goroutine {@code part},
     * selected by keys, which pans it into view.
     */
    void showStartingDesign(FxRobot robot, String part) {
        TabPane tabs = editorTabs();
        fx(() -> tabs.getTabs().stream().filter(tab -> "tab-design".equals(tab.getId())).findFirst()
                .ifPresent(tabs.getSelectionModel()::select));
        // a short editor (projector mode) moves the locks, in a layout pass, into a tab of its own,
        // into a scroll pane that a lookup sees into only once a pulse after that has skinned it
        TitledPane opLocks = built("#editor-op-locks-pane", TitledPane.class);
        fx(() -> opLocks.setExpanded(true));
        var canvas = built("#design-canvas", org.interleave.app.canvas.CanvasEditor.class);
        Pulses.until("the design canvas's #canvas built", () -> canvas.lookup("#canvas") != null);
        fx(() -> canvas.lookup("#canvas").requestFocus());
        for (int i = 0; i < 12 && !part.equals(canvas.selectedPart()); i++) {
            press(KeyCode.RIGHT);
        }
    }

    /**
     * In the level editor, the locks of the starting design with its locked ops unfolded: a short
     * editor (projector mode at 200 %) shows them in a tab of their own; elsewhere they stand over
     * the design's JSON, as the visit before saw them.
     */
    void showLocks(FxRobot robot) {
        TabPane tabs = editorTabs();
        fx(() -> tabs.getTabs().stream().filter(tab -> "tab-locks".equals(tab.getId())).findFirst()
                .ifPresent(tabs.getSelectionModel()::select));
    }

    /**
     * The node {@code selector} finds in the game (its screen, dialog and overlay), once it is there:
     * waited for on pulses and bounded ({@link Pulses#until}, which names the selector when the bound
     * is reached). A node put in a layout pass into a scroll pane, tab or split pane not skinned yet
     * is out of a lookup's reach until a pulse has skinned its new parent, though the pulse that laid
     * it out is over.
     */
    <T extends Node> T built(String selector, Class<T> type) {
        Pulses.until(selector + " built in the game", () -> shell.lookup(selector) != null);
        return type.cast(Pulses.onFx(() -> shell.lookup(selector)));
    }

    /** The level editor's tab pane, once it is there ({@link #built}). */
    private TabPane editorTabs() {
        Pulses.until("the level editor's tab pane built", () -> shell.editor() != null && shell.editor().lookup(".tab-pane") != null);
        return Pulses.onFx(() -> (TabPane) shell.editor().lookup(".tab-pane"));
    }

    /**
     * Runs {@code change} on the FX thread and waits for the pulse that styles and lays out the
     * window's scene after it, and for the tasks queued meanwhile ({@link Pulses#interact}): what a
     * step needs, not {@code FxRobot.interact}'s fixed five round trips with 10 ms of sleep after each.
     */
    void fx(Runnable change) {
        Pulses.interact(stage.getScene(), change);
    }

    /**
     * Waits until {@code onFxThread}, read on the FX thread, holds: read at once and then after each
     * pulse, asked for, so none is read between pulses and none waits on a sleep. On a busy machine a
     * verification's search has taken over a minute, so the bound is long; past it the test fails
     * naming {@code what} it waited for.
     */
    void waitUntil(String what, java.util.concurrent.Callable<Boolean> onFxThread) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(WAIT_MINUTES);
        while (!WaitForAsyncUtils.asyncFx(onFxThread).get()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("waited " + WAIT_MINUTES + " min for " + what + " in vain");
            }
            nextPulse();
        }
    }

    /** Pulses a tab pane's new tabs are given to grow in (its open animation: 150 ms, some 9 pulses). */
    private static final int TAB_PULSES = 60;

    /**
     * Waits, for at most {@value #TAB_PULSES} pulses, until every tab's name shows whole within the
     * clips over it: a tab pane's new tabs grow in, and a tab half grown is no layout's fault. A name
     * cut for good (too many tabs) is left to the audit, which reports it.
     */
    void tabsGrownIn() throws Exception {
        for (int i = 0; i < TAB_PULSES && !WaitForAsyncUtils.asyncFx(this::tabNamesWhole).get(); i++) {
            nextPulse();
        }
    }

    private boolean tabNamesWhole() {
        for (Node label : stage.getScene().getRoot().lookupAll(".tab-header-area .tab-label")) {
            javafx.geometry.Bounds b = label.localToScene(label.getLayoutBounds());
            for (Node n = label; n != null && !(n instanceof TabPane); n = n.getParent()) {
                if (n.getClip() != null) {
                    javafx.geometry.Bounds c = n.localToScene(n.getClip().getBoundsInParent());
                    if (b.getMinX() < c.getMinX() - 0.5 || b.getMaxX() > c.getMaxX() + 0.5) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static final long WAIT_MINUTES = 5;

    /** Waits for the next pulse (asked for) to lay out the window's scene, or a second if none comes. */
    private void nextPulse() throws Exception {
        java.util.concurrent.CompletableFuture<Void> pulsed = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            Scene scene = stage.getScene();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                // not removed while the scene runs its listeners
                javafx.application.Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
                pulsed.complete(null);
            };
            scene.addPostLayoutPulseListener(once[0]);
            javafx.application.Platform.requestNextPulse();
        });
        try {
            pulsed.get(1, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            // no pulse (the window hidden): read the condition again all the same
        }
    }
}
