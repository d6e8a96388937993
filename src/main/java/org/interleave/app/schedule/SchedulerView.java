package org.interleave.app.schedule;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.app.shared.CommandText;
import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.interleave.engine.Limits;
import org.interleave.engine.Program;
import org.interleave.engine.StepRecord;
import org.interleave.engine.model.Part;
import org.interleave.playback.KindNames;
import org.interleave.playback.TimelineData;
import org.interleave.playback.TimelineView;

/**
 * "You schedule", Deadlock Empire–style: every goroutine instance as a card with its next op
 * marked; the player clicks the one that runs next (or presses its number), picks the case of a
 * select with several ready cases, undoes and redoes steps, and wins when the execution reaches
 * the level's target outcome, named in Go's words. A log of the steps, the schedule as tokens to
 * copy (it replays with the {@code replay} command), and the execution's timeline complete it.
 */
public final class SchedulerView extends BorderPane {
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination RESTART = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final SchedulerModel model;
    private final String levelFile;
    private final Runnable onClose;
    private final Program program;

    private final Label heading = new Label();
    private final Label target = new Label();
    private final Button back = new Button("← Back to the level");
    private final Button undo = new Button("↶ Undo");
    private final Button redo = new Button("↷ Redo");
    private final Button restart = new Button("⟲ Restart");
    private final VBox banner = new VBox();
    private final FlowPane tiles = new FlowPane();
    private final VBox log = new VBox();
    private final ScrollPane logScroll = new ScrollPane(log);
    private final TextField tokens = new TextField();
    private final Button copy = new Button("Copy");
    private final CommandText replayHint = new CommandText("replay-hint");
    private final TimelineView timeline = new TimelineView();
    /** The actor whose select case is being chosen, or null. */
    private HandSchedule.Actor armed;

    /**
     * The view of {@code model}; {@code levelFile} names the level's file in the replay command
     * it suggests; {@code onClose} leaves the mode (Esc).
     */
    public SchedulerView(SchedulerModel model, String levelFile, Runnable onClose) {
        this.model = model;
        this.levelFile = levelFile;
        this.onClose = onClose;
        this.program = new Program(model.level().design());
        createView();
        initListeners();
        show(model.current());
    }

    private void createView() {
        // Only its own stylesheet: the theme's colours and root font come from the level screen
        // around it, so projector mode's size and colours reach the scheduler too.
        getStylesheets().add(SchedulerView.class.getResource("scheduler.css").toExternalForm());
        getStyleClass().add("scheduler-view");
        setId("scheduler");
        setTop(top());
        ScrollPane tileScroll = new ScrollPane(tiles);
        tileScroll.setFitToWidth(true);
        tileScroll.getStyleClass().add("tiles-scroll");
        tiles.getStyleClass().add("actor-tiles");
        tiles.setId("actor-tiles");
        VBox centre = new VBox(banner, tileScroll);
        VBox.setVgrow(tileScroll, Priority.ALWAYS);
        centre.getStyleClass().add("scheduler-centre");
        setCenter(centre);
        setRight(sideScroll(side()));
        timeline.setId("scheduler-timeline");
        timeline.setMinHeight(100);
        setBottom(timeline);
        banner.setId("scheduler-banner");
        banner.getStyleClass().add("scheduler-banner");
    }

    private VBox top() {
        back.setId("scheduler-back");
        back.getStyleClass().add("flat");
        back.setTooltip(new Tooltip("Leave “You schedule” (Esc)"));
        undo.setId("scheduler-undo");
        undo.setTooltip(new Tooltip("Undo the last step (Backspace or Ctrl+Z)"));
        redo.setId("scheduler-redo");
        redo.setTooltip(new Tooltip("Redo the step undone (Ctrl+Y or Ctrl+Shift+Z)"));
        restart.setId("scheduler-restart");
        restart.setTooltip(new Tooltip("Back to the start; the steps can be redone (Ctrl+R)"));
        for (Button b : List.of(back, undo, redo, restart)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        heading.getStyleClass().add("scheduler-heading");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        target.setId("scheduler-target");
        target.getStyleClass().add("scheduler-target");
        target.setWrapText(true);
        HBox.setHgrow(target, Priority.ALWAYS);
        org.interleave.app.shared.FitRow bar = new org.interleave.app.shared.FitRow(back, heading, target, undo, redo,
                restart);
        // a narrow window (projector mode at a large scale) keeps every button whole: words give way to symbols
        bar.flexible(target).shortenWhenTight(back, "←").shortenWhenTight(restart, "⟲")
                .shortenWhenTight(redo, "↷").shortenWhenTight(undo, "↶")
                .hideWhenTight(heading);  // last: the target below the header still says what to do
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("scheduler-bar");
        Label keys = new Label("Click a goroutine (or press its number 1–9) to run its next step · "
                + "a–z picks a select case · Backspace undoes");
        keys.getStyleClass().add("scheduler-keys");
        keys.setWrapText(true);  // wraps on a narrow window (projector mode) instead of widening the screen
        keys.setMinWidth(0);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(bar, keys);
    }

    private VBox side() {
        Label logTitle = new Label("STEPS");
        logTitle.getStyleClass().add("column-title");
        log.setId("scheduler-log");
        log.getStyleClass().add("scheduler-log");
        logScroll.setFitToWidth(true);
        logScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        logScroll.getStyleClass().add("log-scroll");
        VBox.setVgrow(logScroll, Priority.ALWAYS);
        Label scheduleTitle = new Label("SCHEDULE");
        scheduleTitle.getStyleClass().add("column-title");
        tokens.setId("schedule-tokens");
        tokens.setEditable(false);
        tokens.getStyleClass().add("schedule-tokens");
        tokens.setTooltip(new Tooltip("The schedule you made, one token per step"));
        HBox.setHgrow(tokens, Priority.ALWAYS);
        copy.setId("copy-schedule");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setTooltip(new Tooltip("Copy the schedule (Ctrl+Shift+C)"));
        HBox row = new HBox(tokens, copy);
        row.getStyleClass().add("schedule-row");
        replayHint.setId("replay-hint");
        replayHint.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(logTitle, logScroll, scheduleTitle, row, replayHint);
        box.getStyleClass().add("scheduler-side");
        return box;
    }

    /** The side panel scrolls when the window is too short for it (projector mode), rather than run under the timeline. */
    private static ScrollPane sideScroll(VBox side) {
        ScrollPane s = new ScrollPane(side);
        s.setFitToWidth(true);
        s.setFitToHeight(true);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        s.setFocusTraversable(false);
        s.getStyleClass().add("scheduler-side-scroll");
        return s;
    }

    private void initListeners() {
        back.setOnAction(e -> onClose.run());
        undo.setOnAction(e -> undo());
        redo.setOnAction(e -> redo());
        restart.setOnAction(e -> {
            armed = null;
            model.restart();
        });
        copy.setOnAction(e -> copySchedule());
        undo.disableProperty().bind(model.canUndoProperty().not());
        redo.disableProperty().bind(model.canRedoProperty().not());
        model.currentProperty().addListener((obs, old, h) -> show(h));
        timeline.setOnPick(c -> {
            armed = null;
            model.moveTo(Math.min(c, model.current().schedule().length()));
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void undo() {
        armed = null;
        model.undo();
    }

    private void redo() {
        armed = null;
        model.redo();
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            if (armed != null) {
                armed = null;
                show(model.current());
            } else {
                onClose.run();
            }
            e.consume();
        } else if (UNDO.match(e) || e.getCode() == KeyCode.BACK_SPACE && !e.isShortcutDown()) {
            undo();
            e.consume();
        } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
            redo();
            e.consume();
        } else if (RESTART.match(e)) {
            restart.fire();
            e.consume();
        } else if (COPY.match(e)) {
            copySchedule();
            e.consume();
        } else if (digit(e) > 0 && !e.isShortcutDown() && !e.isAltDown()) {
            pick(digit(e));
            e.consume();
        } else if (armed != null && e.getCode().isLetterKey() && !e.isShortcutDown()) {
            int i = e.getCode().getName().toLowerCase(Locale.ROOT).charAt(0) - 'a';
            if (i >= 0 && i < armed.moves().size()) {
                take(armed.moves().get(i));
            }
            e.consume();
        }
    }

    private static int digit(KeyEvent e) {
        KeyCode c = e.getCode();
        if (c.isDigitKey()) {
            String n = c.getName().replaceAll("[^0-9]", "");
            return n.isEmpty() ? -1 : Integer.parseInt(n);
        }
        return -1;
    }

    /** Runs the next step of the actor with this number key, or asks for its case. */
    public void pick(int key) {
        Optional<HandSchedule.Actor> needsCase = model.pick(key);
        armed = needsCase.orElse(null);
        if (needsCase.isPresent()) {
            show(model.current());
        }
    }

    private void take(HandSchedule.Move move) {
        armed = null;
        model.take(move);
    }

    private void copySchedule() {
        ClipboardContent c = new ClipboardContent();
        c.putString(model.current().schedule().toString());
        Clipboard.getSystemClipboard().setContent(c);
        copy.setText("Copied ✓");
    }

    // ------------------------------------------------------------------ showing

    private void show(HandSchedule h) {
        heading.setText(h.target() == null ? "You schedule · sandbox" : "You schedule");
        target.setText(h.target() == null
                ? "You choose every step of this design; whatever goes wrong is named as it happens."
                : "Make it reach " + article(h.target()) + ": " + goWords(h.target()));
        tiles.getChildren().clear();
        List<HandSchedule.Actor> actors = h.actors();
        List<org.interleave.app.shared.cast.Pose> poses = ActorCast.poses(actors);
        String stepped = h.steps().isEmpty() ? null : h.steps().get(h.steps().size() - 1).actor();
        for (int i = 0; i < actors.size(); i++) {
            HandSchedule.Actor a = actors.get(i);
            boolean isArmed = armed != null && armed.name().equals(a.name());
            var creature = ActorCast.creature(a, poses.get(i), model.level().design().goroutines());
            tiles.getChildren().add(new ActorTile(a, template(a), creature, isArmed, () -> pick(a.key()), this::take));
            if (creature != null && a.name().equals(stepped)) {
                creature.hop();  // the goroutine the player just ran
            }
        }
        showLog(h);
        tokens.setText(h.schedule().toString());
        copy.setText("Copy");
        copy.setDisable(h.schedule().length() == 0);
        replayHint.setText(h.schedule().length() == 0 ? "Every step you take adds a token."
                : "Replays with: java -jar interleave.jar replay " + levelFile + " --schedule \"" + h.schedule() + "\"");
        showBanner(h);
        Finding marked = h.reached().orElse(h.findings().stream().filter(f -> f.kind() == Kind.RACE)
                .findFirst().orElse(null));
        timeline.dataProperty().set(TimelineData.of(program, Limits.DEFAULT, h.schedule(), marked));
        timeline.currentColumnProperty().set(h.schedule().length());
    }

    private Part.Goroutine template(HandSchedule.Actor a) {
        if (a.kind() == HandSchedule.ActorKind.TIMER) {
            return null;
        }
        return model.level().design().goroutines().stream().filter(g -> g.id().equals(a.template())).findFirst()
                .orElse(null);
    }

    private void showLog(HandSchedule h) {
        log.getChildren().clear();
        if (h.steps().isEmpty()) {
            Label l = new Label("No steps yet. Every goroutine starts at its first op.");
            l.getStyleClass().add("log-empty");
            l.setWrapText(true);
            log.getChildren().add(l);
        }
        for (StepRecord s : h.steps()) {
            Label l = new Label(s.number() + ". " + s.token() + ": " + s.op() + " → " + s.effect());
            l.getStyleClass().add("log-step");
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            log.getChildren().add(l);
            s.faults().forEach(f -> log.getChildren().add(logFault("⚠ " + f.message())));
        }
        for (Finding f : h.findings()) {
            if (h.steps().stream().noneMatch(s -> s.faults().stream().anyMatch(x -> x.message().equals(f.message())))) {
                log.getChildren().add(logFault("⚠ " + f.message()));
            }
        }
        if (h.endText() != null) {
            Label end = new Label("■ " + h.endText());
            end.getStyleClass().add("log-end");
            end.setWrapText(true);
            log.getChildren().add(end);
        }
        logScroll.layout();
        logScroll.setVvalue(1.0);
    }

    private static Label logFault(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("log-fault");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private void showBanner(HandSchedule h) {
        banner.getChildren().clear();
        banner.getStyleClass().removeIf(c -> c.startsWith("banner-"));
        Optional<Finding> won = h.reached();
        if (won.isPresent()) {
            Finding f = won.get();
            banner.getStyleClass().add("banner-won");
            Label title = new Label("⚡ You broke it in " + h.schedule().length() + " steps: "
                    + KindNames.of(f.kind()).toLowerCase(Locale.ROOT) + "!");
            title.setId("win-title");
            title.getStyleClass().add("banner-title");
            banner.getChildren().addAll(title, bannerLine(f.message(), "banner-message", "win-message"));
            f.explanation().forEach(x -> banner.getChildren().add(bannerLine("• " + x, "banner-why", null)));
            banner.getChildren().add(bannerLine("Copy the schedule on the right: the replay command runs it again, "
                    + "step for step. Undo (Backspace) to try another way.", "banner-hint", null));
        } else if (h.target() == null && !h.findings().isEmpty()) {
            banner.getStyleClass().add("banner-sandbox");
            Finding f = h.findings().get(0);
            Label title = new Label("⚠ " + KindNames.of(f.kind()) + (h.findings().size() > 1
                    ? " (and " + (h.findings().size() - 1) + " more)" : ""));
            title.setId("win-title");
            title.getStyleClass().add("banner-title");
            banner.getChildren().addAll(title, bannerLine(f.message(), "banner-message", "win-message"));
        } else if (h.over()) {
            banner.getStyleClass().add("banner-missed");
            String what = h.target() == null ? "" : " without " + article(h.target());
            Label title = new Label("■ The run ended" + what + ". " + h.endText());
            title.getStyleClass().add("banner-title");
            title.setWrapText(true);
            banner.getChildren().add(title);
            h.findings().stream().findFirst().ifPresent(f -> banner.getChildren().add(
                    bannerLine("It showed " + article(f.kind()) + " instead: " + f.message(), "banner-message", null)));
            banner.getChildren().add(bannerLine(h.target() == null ? "Undo (Backspace) to try another order."
                    : "Undo (Backspace) or restart (Ctrl+R) and try another order.", "banner-hint", null));
        } else if (armed != null) {
            banner.getStyleClass().add("banner-choose");
            banner.getChildren().add(bannerLine(armed.name() + "'s select has " + armed.moves().size()
                    + " ready cases: choose one (a–" + (char) ('a' + armed.moves().size() - 1) + "), Esc to cancel.",
                    "banner-title", null));
        } else if (!h.findings().isEmpty()) {
            banner.getStyleClass().add("banner-note");
            Finding f = h.findings().getLast();
            banner.getChildren().add(bannerLine("⚠ On the way: " + f.message() + " — not the "
                    + KindNames.of(h.target()).toLowerCase(Locale.ROOT) + " this level asks for; keep going.",
                    "banner-title", null));
        }
        boolean shown = !banner.getChildren().isEmpty();
        banner.setVisible(shown);
        banner.setManaged(shown);
    }

    private static Label bannerLine(String text, String style, String id) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        if (id != null) {
            l.setId(id);
        }
        return l;
    }

    private static String article(Kind k) {
        return switch (k) {
            case RACE -> "a data race";
            case PANIC -> "a panic";
            case DEADLOCK -> "a deadlock";
            case ASSERT -> "a failed assert";
            case LEAK -> "a goroutine leak";
            case HANG -> "a main that cannot return";
            case OUTPUT -> "a wrong output";
            case TICKS -> "a run over the time limit";
        };
    }

    /** How Go itself reports an outcome. */
    private static String goWords(Kind k) {
        return switch (k) {
            case RACE -> "WARNING: DATA RACE";
            case PANIC -> "panic: … (any of Go's panics)";
            case DEADLOCK -> "fatal error: all goroutines are asleep - deadlock!";
            case ASSERT -> "an assert that fails";
            case LEAK -> "a goroutine blocked forever after main returns";
            case HANG -> "main never returns";
            case OUTPUT -> "main prints something other than the goal expects";
            case TICKS -> "main returns later than the goal allows";
        };
    }

    public SchedulerModel model() {
        return model;
    }

    public TimelineView timeline() {
        return timeline;
    }
}
