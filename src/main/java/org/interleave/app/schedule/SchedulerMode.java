package org.interleave.app.schedule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;
import org.interleave.playback.PngExport;
import org.interleave.playback.RevealModel;
import org.interleave.playback.TimelineData;
import org.interleave.playback.TimelineView;

/**
 * What "You schedule" and the timeline add to a level screen: the button that opens the
 * scheduler (the level's mode for {@code break} levels, a sandbox for the others) in place of
 * the design and the goal column, the timeline of the counterexample being revealed along the
 * bottom (picking a step there moves the reveal), and exporting the design as PNG.
 */
public final class SchedulerMode {
    /** Alt+Y: open "You schedule". */
    public static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.Y, KeyCombination.ALT_DOWN);
    /** Ctrl+Shift+E: export the design (or the scheduler board) as PNG. */
    public static final KeyCombination EXPORT_DESIGN = new KeyCodeCombination(KeyCode.E,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final BorderPane screen;
    private final Level level;
    private final String levelFile;
    private final RevealModel reveal;
    private final Supplier<Level> playable;
    private final Button button = new Button();
    private final Button exportDesign = new Button("PNG…");
    private final ToggleButton showTimeline = new ToggleButton("Timeline");
    private final TimelineView revealTimeline = new TimelineView();
    private SchedulerView view;
    private java.util.function.Consumer<HandSchedule> onBroken = h -> { };
    private java.util.function.BiConsumer<HandSchedule, HandSchedule> onStep = (before, now) -> { };
    private Node savedCenter;
    private Node savedRight;

    /**
     * Adds the mode to {@code screen}, the level screen of {@code level} (from {@code levelFile});
     * {@code playable} gives the level with the design shown now, the one the player schedules.
     */
    public SchedulerMode(BorderPane screen, Level level, String levelFile, RevealModel reveal,
                         Supplier<Level> playable) {
        this.screen = screen;
        this.level = level;
        this.levelFile = "levels/" + levelFile;
        this.reveal = reveal;
        this.playable = playable;
        boolean isBreak = level.mode() == Goal.Mode.BREAK;
        button.setText(isBreak ? "You schedule" : "Sandbox");
        button.setId("you-schedule");
        button.setMnemonicParsing(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        if (isBreak) {
            button.getStyleClass().add("primary");
        }
        button.setTooltip(new Tooltip(isBreak
                ? "Be the scheduler: pick which goroutine runs each step until it breaks (Alt+Y)"
                : "You schedule: run this design step by step, choosing who runs next (Alt+Y)"));
        button.setOnAction(e -> open());
        exportDesign.setId("export-design");
        exportDesign.getStyleClass().add("flat");
        exportDesign.setMinWidth(Region.USE_PREF_SIZE);
        exportDesign.setTooltip(new Tooltip("Save the design (or the scheduler board) as a PNG image (Ctrl+Shift+E)"));
        exportDesign.setOnAction(e -> PngExport.exportWithDialog(board(), level.id() + "-design"));
        showTimeline.setId("show-timeline");
        showTimeline.setMinWidth(Region.USE_PREF_SIZE);
        showTimeline.setDisable(true);
        showTimeline.setTooltip(new Tooltip("Show the counterexample as a timeline of every goroutine (T)"));
        showTimeline.selectedProperty().addListener((obs, old, on) -> showRevealTimeline());
        revealTimeline.setId("reveal-timeline");
        revealTimeline.setMinHeight(100);
        revealTimeline.setOnPick(reveal::go);
        reveal.traceProperty().addListener((obs, old, t) -> showRevealTimeline());
        reveal.stepProperty().addListener((obs, old, k) -> revealTimeline.currentColumnProperty().set(k.intValue()));
    }

    /** Called when the player, as the scheduler, reaches the outcome a break level asks for. */
    public void setOnBroken(java.util.function.Consumer<HandSchedule> onBroken) {
        this.onBroken = onBroken;
    }

    /**
     * Called with the schedule before and after each change the player makes to it: a step taken (a
     * goroutine picked, a step redone), undone, or a restart.
     */
    public void setOnStep(java.util.function.BiConsumer<HandSchedule, HandSchedule> onStep) {
        this.onStep = onStep;
    }

    /** The button that opens the mode (it sits next to Verify). */
    public Button button() {
        return button;
    }

    /** The button that exports the design as PNG. */
    public Button exportButton() {
        return exportDesign;
    }

    /** The toggle that shows the timeline of the counterexample (T). */
    public ToggleButton timelineToggle() {
        return showTimeline;
    }

    /** The timeline of the counterexample being revealed. */
    public TimelineView revealTimeline() {
        return revealTimeline;
    }

    /** The scheduler while the mode is open, else null. */
    public SchedulerView view() {
        return view;
    }

    public boolean isOpen() {
        return view != null;
    }

    /**
     * Whether the screen should leave a key to the mode: every key while it is open (the
     * scheduler handles its own, Esc included), and Alt+Y and Ctrl+Shift+E always.
     */
    public boolean handles(KeyEvent e) {
        if (isOpen()) {
            if (!(e.getTarget() instanceof javafx.scene.Node n && isInside(n, view))) {
                // the focus is outside the scheduler (a dialog over it just closed): its keys go to it all the same
                KeyEvent copy = e.copyFor(view, view);
                e.consume();
                javafx.event.Event.fireEvent(view, copy);
                return true;
            }
            if (EXPORT_DESIGN.match(e)) {
                PngExport.exportWithDialog(board(), level.id() + "-schedule");
                e.consume();
            } else if (TimelineView.EXPORT.match(e)) {
                PngExport.exportWithDialog(view.timeline().canvas(), level.id() + "-timeline");
                e.consume();
            }
            return true;
        }
        if (TimelineView.EXPORT.match(e) && screen.getBottom() == revealTimeline) {
            PngExport.exportWithDialog(revealTimeline.canvas(), level.id() + "-timeline");
            e.consume();
            return true;
        }
        if (OPEN.match(e) && !button.isDisabled()) {
            open();
            e.consume();
            return true;
        }
        if (EXPORT_DESIGN.match(e)) {
            PngExport.exportWithDialog(board(), level.id() + "-design");
            e.consume();
            return true;
        }
        if (e.getCode() == KeyCode.T && !e.isShortcutDown() && !e.isAltDown() && !showTimeline.isDisabled()
                && !(e.getTarget() instanceof TextInputControl)) {
            showTimeline.setSelected(!showTimeline.isSelected());
            e.consume();
            return true;
        }
        return false;
    }

    private static boolean isInside(javafx.scene.Node n, javafx.scene.Node ancestor) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Opens the scheduler on the design shown now, in place of the design and the goal column. */
    public void open() {
        if (isOpen()) {
            return;
        }
        SchedulerModel model;
        try {
            model = new SchedulerModel(playable.get());
        } catch (RuntimeException x) {
            // a design being edited may not run yet: say why instead of opening
            org.interleave.app.shared.PlayerNotice.tell(screen, "You schedule", "This design cannot run yet: " + x.getMessage());
            return;
        }
        view = new SchedulerView(model, levelFile, this::close);
        model.currentProperty().addListener((o, before, now) -> {
            if (before != null && now != null && now.schedule().length() != before.schedule().length()) {
                onStep.accept(before, now);
            }
        });
        if (level.mode() == Goal.Mode.BREAK) {
            // reaching the outcome the level asks for clears it: no Verify needed after
            model.currentProperty().addListener((o, before, now) -> {
                if (now != null && now.won() && (before == null || !before.won())) {
                    onBroken.accept(now);
                }
            });
        }
        savedCenter = screen.getCenter();
        savedRight = screen.getRight();
        screen.setCenter(view);
        screen.setRight(null);
        screen.setBottom(null);
        view.requestFocus();
    }

    /** Goes back to the design and the goal column. */
    public void close() {
        if (!isOpen()) {
            return;
        }
        screen.setCenter(savedCenter);
        screen.setRight(savedRight);
        view = null;
        showRevealTimeline();
        button.requestFocus();
    }

    /** Writes the design shown (or the scheduler board, while open) to {@code file} as PNG. */
    public void exportDesignPng(Path file) throws IOException {
        PngExport.write(board(), file);
    }

    private Node board() {
        return screen.getCenter();
    }

    private void showRevealTimeline() {
        var t = reveal.traceProperty().get();
        revealTimeline.dataProperty().set(t == null ? null : TimelineData.of(t));
        revealTimeline.currentColumnProperty().set(reveal.stepProperty().get());
        showTimeline.setDisable(t == null);
        if (!isOpen()) {
            screen.setBottom(t == null || !showTimeline.isSelected() ? null : revealTimeline);
        }
    }
}
