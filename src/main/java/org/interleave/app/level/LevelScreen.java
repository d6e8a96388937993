package org.interleave.app.level;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.app.shared.OffThreadJob;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.app.shared.Theme;
import org.interleave.app.canvas.CanvasEditor;
import org.interleave.app.canvas.Edit;
import org.interleave.app.canvas.LevelRules;
import org.interleave.app.schedule.SchedulerMode;
import org.interleave.app.select.LevelCard;
import org.interleave.engine.Kind;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;
import org.interleave.explore.Verdict;
import org.interleave.playback.GoCodeView;
import org.interleave.playback.KindNames;
import org.interleave.playback.RevealModel;
import org.interleave.playback.RevealView;
import org.interleave.playback.RunBar;
import org.interleave.playback.RunModel;
import org.interleave.playback.StepBar;
import org.interleave.playback.Trace;

/**
 * A level: its brief and hints on the left, the design (or the reference solution) in the
 * middle, and on the right the goal checklist, Verify with its progress and Cancel, the verdict
 * with its scope, and the counterexample reveal of what verification found. The reveal's step
 * bar sits over the design, whose cards mark each step; ← and → step through it, Esc goes back
 * to the level select. "Go code" shows beside the design its Go program, whose line of the op
 * each step ran is marked. Run plays one execution on the virtual clock over the design, with
 * its own bar (play, pause, step, step back, speed, restart, the tick); Space, ← → and Home drive it.
 */
public final class LevelScreen extends BorderPane {
    private final CampaignCatalog.Entry entry;
    private final Level level;
    private final VerificationModel verification;
    private final RevealModel reveal = new RevealModel();
    private final Runnable onBack;

    private final Button back = new Button("← Levels");
    private final ToggleGroup designChoice = new ToggleGroup();
    private final ToggleButton showDesign = new ToggleButton("Design");
    private final ToggleButton showSolution = new ToggleButton("Reference solution");
    private final Label designNote = new Label();
    private final DesignStore store;
    private final CanvasEditor canvas;
    private final Button startOver = new Button("⟲ Start over");
    private final ToggleButton showGo = new ToggleButton("Go code");
    private final SplitPane designSplit = new SplitPane();
    private final GoalChecklistView checklist = new GoalChecklistView();
    private final Button verify = new Button("Verify");
    private SchedulerMode scheduler;
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progressBar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Label progressLabel = new Label();
    private final HBox progressRow = new HBox();
    private final Label verdict = new Label();
    private final Label scope = new Label();
    private final RevealView revealView = new RevealView(reveal);
    private final StepBar stepBar = new StepBar(reveal);
    private final GoCodeView goView = new GoCodeView(reveal);
    private final RunModel run = new RunModel();
    private final RunBar runBar = new RunBar(run);
    private final Button runButton = new Button("▶ Run");
    private final VBox hints = new VBox();
    private final Button hint = new Button();
    private int hintsShown;
    private final Button settings = new Button("⚙ Settings");
    private Runnable onSettings = () -> { };
    private final VBox coachSlot = new VBox();
    private Coach coach;
    private final VBox stuckHint = new VBox();
    private final Label stuckTopic = new Label();
    private final Label stuckText = new Label();
    private StuckWatch stuck = new StuckWatch(System::nanoTime);
    private final javafx.animation.Timeline stuckTimer = new javafx.animation.Timeline(
            new javafx.animation.KeyFrame(javafx.util.Duration.seconds(5), e -> checkStuck()));

    /** Creates the screen of a campaign level whose design is kept for this session only. */
    public LevelScreen(CampaignCatalog.Entry entry, VerificationModel verification, Runnable onBack) {
        this(entry, verification, DesignStore.inMemory(), onBack);
    }

    /**
     * Creates the screen of a campaign level; checks run through {@code verification}, and the
     * player's design is restored from and autosaved to {@code store}.
     */
    public LevelScreen(CampaignCatalog.Entry entry, VerificationModel verification, DesignStore store, Runnable onBack) {
        this.entry = entry;
        this.level = entry.level();
        this.verification = verification;
        this.store = store;
        this.onBack = onBack;
        DesignStore.Restored restored = store.restore(level);
        this.canvas = new CanvasEditor(restored.design() != null ? restored.design() : level.design(), LevelRules.of(level));
        createView();
        initListeners();
        showDesign(false);
        if (restored.problem() != null) {
            canvas.model().say(restored.problem());
        }
    }

    private void createView() {
        scheduler = new SchedulerMode(this, level, entry.fileName(), reveal,
                () -> level.withDesign(canvas.designProperty().get()));
        Theme.apply(this, LevelScreen.class, "level-screen.css");
        getStyleClass().add("level-screen");
        setTop(header());
        setLeft(briefColumn());
        setCenter(designColumn());
        setRight(goalColumn());
    }

    private HBox header() {
        back.setId("back");
        back.getStyleClass().add("flat");
        Label number = new Label(entry.label());
        number.getStyleClass().add("level-number");
        Label title = new Label(level.title());
        title.setId("level-title");
        title.getStyleClass().add("screen-title");
        Label chapter = new Label(level.chapter() == null ? "" : level.chapter());
        chapter.getStyleClass().add("muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label concepts = new Label(String.join(" · ", level.concepts()));
        concepts.setId("level-concepts");
        concepts.getStyleClass().add("muted");
        settings.setId("level-settings");
        settings.getStyleClass().add("flat");
        settings.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(back, number, title, LevelCard.modeBadge(level.mode()), chapter, gap, concepts,
                scheduler.timelineToggle(), scheduler.exportButton(), settings);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");
        return header;
    }

    private ScrollPane briefColumn() {
        Label title = new Label("BRIEF");
        title.getStyleClass().add("column-title");
        hint.setId("hint");
        hint.getStyleClass().add("flat");
        hints.getStyleClass().add("hints");
        hints.setId("hints");
        updateHintButton();
        stuckHint.setId("stuck-hint");
        stuckHint.getStyleClass().add("stuck-hint");
        stuckTopic.setId("stuck-topic");
        stuckTopic.getStyleClass().add("stuck-topic");
        stuckTopic.setWrapText(true);
        stuckText.setId("stuck-text");
        stuckText.setWrapText(true);
        stuckText.setMinHeight(Region.USE_PREF_SIZE);
        Button dismiss = new Button("Got it");
        dismiss.setId("stuck-dismiss");
        dismiss.getStyleClass().add("flat");
        dismiss.setOnAction(e -> hideStuckHint());
        stuckHint.getChildren().addAll(stuckTopic, stuckText, dismiss);
        hideStuckHint();
        coachSlot.setManaged(false);
        VBox box = new VBox(title, coachSlot, stuckHint, new BriefView(level.brief()), hint, hints);
        box.getStyleClass().addAll("column", "brief-column");
        return column(box, "brief-scroll");
    }

    private VBox designColumn() {
        showDesign.setId("show-design");
        showSolution.setId("show-solution");
        showDesign.setToggleGroup(designChoice);
        showSolution.setToggleGroup(designChoice);
        showDesign.setSelected(true);
        showSolution.setDisable(level.solution() == null);
        showDesign.getStyleClass().add("left-pill");
        showSolution.getStyleClass().add("right-pill");
        HBox choice = new HBox(showDesign, showSolution);
        choice.getStyleClass().add("design-choice");
        designNote.setId("design-note");
        designNote.getStyleClass().add("muted");
        designNote.setWrapText(true);
        designNote.setMinWidth(0);
        HBox.setHgrow(designNote, Priority.ALWAYS);
        showDesign.setMinWidth(Region.USE_PREF_SIZE);
        showSolution.setMinWidth(Region.USE_PREF_SIZE);
        showGo.setId("show-go");
        showGo.setMinWidth(Region.USE_PREF_SIZE);
        runButton.setId("run");
        runButton.setMinWidth(Region.USE_PREF_SIZE);
        runButton.setTooltip(new javafx.scene.control.Tooltip(
                "Play one execution on the virtual clock with " + level.goal().cores() + " cores"));
        HBox top = new HBox(choice, designNote, runButton, showGo);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("design-top");
        startOver.setId("start-over");
        startOver.getStyleClass().add("flat");
        startOver.setMinWidth(Region.USE_PREF_SIZE);
        startOver.setTooltip(new javafx.scene.control.Tooltip("Put the level's starting design back (Ctrl+Z brings yours back)"));
        top.getChildren().add(top.getChildren().size() - 1, startOver);
        goView.setId("go-view");
        designSplit.getItems().add(canvas);
        designSplit.getStyleClass().add("design-split");
        VBox.setVgrow(designSplit, Priority.ALWAYS);
        stepBar.setId("step-bar");
        runBar.setId("run-bar");
        VBox box = new VBox(top, stepBar, runBar, designSplit);
        box.getStyleClass().add("design-column");
        return box;
    }

    private ScrollPane goalColumn() {
        Label title = new Label("GOAL");
        title.getStyleClass().add("column-title");
        verify.setId("verify");
        verify.getStyleClass().add("primary");
        cancel.setId("cancel");
        HBox buttons = new HBox(verify, scheduler.button(), cancel);
        buttons.getStyleClass().add("verify-buttons");
        progressBar.setId("progress");
        progressBar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progressBar, Priority.ALWAYS);
        progressLabel.setId("progress-label");
        progressLabel.getStyleClass().add("progress-label");
        progressRow.getChildren().addAll(progressBar, progressLabel);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        progressRow.getStyleClass().add("progress-row");
        progressRow.setId("progress-row");
        verdict.setId("verdict");
        verdict.getStyleClass().add("verdict");
        verdict.setWrapText(true);
        scope.setId("scope");
        scope.getStyleClass().add("scope");
        scope.setWrapText(true);
        revealView.setId("reveal");
        VBox box = new VBox(title, checklist, buttons, progressRow, verdict, scope, revealView);
        box.getStyleClass().addAll("column", "goal-column");
        return column(box, "goal-scroll");
    }

    private static ScrollPane column(VBox content, String styleClass) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(styleClass);
        return scroll;
    }

    private void initListeners() {
        back.setOnAction(e -> leave());
        hint.setOnAction(e -> showNextHint());
        settings.setOnAction(e -> onSettings.run());
        verify.addEventHandler(javafx.event.ActionEvent.ACTION, e -> madeProgress());
        stuckTimer.setCycleCount(javafx.animation.Animation.INDEFINITE);
        stuckTimer.play();
        verify.setOnAction(e -> verification.verify(level.withDesign(canvas.designProperty().get())));
        startOver.setOnAction(e -> canvas.model().apply(new Edit.Reset(level.design())));
        canvas.designProperty().addListener((obs, old, d) -> designEdited(d));
        canvas.designProperty().addListener((obs, old, d) -> madeProgress());
        cancel.setOnAction(e -> verification.cancel());
        runButton.setOnAction(e -> startRun());
        runBar.setOnClose(this::stopRun);
        designChoice.selectedToggleProperty().addListener((obs, old, now) -> designChosen(old, now));
        showGo.selectedProperty().addListener((obs, old, on) -> showGoCode(on));
        verification.stateProperty().addListener((obs, old, s) -> stateChanged(s));
        verification.progressProperty().addListener((obs, old, p) -> progressLabel.setText(p.text()));
        verification.outcomeProperty().addListener((obs, old, o) -> showOutcome(o));
        canvas.momentProperty().bind(Bindings.when(run.loadedBinding())
                .then(run.momentProperty()).otherwise(reveal.momentProperty()));
        canvas.findingProperty().bind(Bindings.createObjectBinding(
                () -> run.loadedBinding().get() || reveal.traceProperty().get() == null ? null
                        : reveal.traceProperty().get().finding(),
                reveal.traceProperty(), run.loadedBinding()));
        run.loadedBinding().addListener((obs, old, on) -> {
            stepBar.setManaged(!on && reveal.traceProperty().get() != null);
            stepBar.setVisible(!on && reveal.traceProperty().get() != null);
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        stateChanged(verification.stateProperty().get());
        coachListeners();
    }

    /** What the coach watches: each control the player uses ticks off its lesson. */
    private void coachListeners() {
        verification.stateProperty().addListener((obs, old, st) -> {
            if (st == OffThreadJob.State.RUNNING) {
                coachSignal(Coach.Signal.VERIFIED);
            }
        });
        verification.outcomeProperty().addListener((obs, old, o) -> {
            if (o != null && o.report().verdict() == Verdict.CLEARED) {
                coachSignal(Coach.Signal.CLEARED);
            }
        });
        reveal.stepProperty().addListener((obs, old, n) -> {
            if (n.intValue() > 1) {
                coachSignal(Coach.Signal.STEPPED);
            }
        });
        run.loadedBinding().addListener((obs, old, on) -> {
            if (on) {
                coachSignal(Coach.Signal.RAN);
            }
        });
        canvas.model().undoLabelProperty().addListener((obs, old, label) -> {
            if (label.startsWith("insert ")) {
                coachSignal(Coach.Signal.OP_ADDED);
            } else if (label.startsWith("wire ")) {
                coachSignal(Coach.Signal.WIRED);
            }
            if (!label.isEmpty() && !showSolution.isSelected()) {
                coachSignal(Coach.Signal.EDITED);
            }
        });
        canvas.model().messageProperty().addListener((obs, old, m) -> {
            if (m.startsWith("Undone: ")) {
                coachSignal(Coach.Signal.UNDONE);
            }
        });
        centerProperty().addListener((obs, old, center) -> {
            if (scheduler.isOpen()) {
                coachSignal(Coach.Signal.SCHEDULED);
            }
        });
    }

    private void coachSignal(Coach.Signal signal) {
        if (coach != null) {
            coach.signal(signal);
        }
    }

    /** Shows how to play on this level (the first campaign level of each mode has a coach). */
    public void setCoach(Coach c) {
        coach = c;
        coachSlot.getChildren().setAll(c == null ? List.of() : List.of(new CoachView(c)));
        coachSlot.setManaged(c != null);
    }

    public java.util.Optional<Coach> coach() {
        return java.util.Optional.ofNullable(coach);
    }

    private void keyPressed(KeyEvent e) {
        if (scheduler.handles(e)) {
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            if (canvas.cancel()) {
                e.consume();
                return;
            }
            if (run.loadedBinding().get()) {
                stopRun();
            } else {
                leave();
            }
            e.consume();
        } else if (run.loadedBinding().get() && runKey(e.getCode())) {
            e.consume();
        } else if (!canvas.isFocusWithin() && canvas.handleKey(e)) {
            e.consume();
        } else if (reveal.traceProperty().get() != null
                && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
            if (e.getCode() == KeyCode.LEFT) {
                reveal.previous();
            } else {
                reveal.next();
            }
            e.consume();
        }
    }

    /** Space, ←, → and Home drive a run; true if the key was one of them. */
    private boolean runKey(KeyCode code) {
        switch (code) {
            case SPACE -> run.togglePlay();
            case LEFT -> run.stepBack();
            case RIGHT -> run.stepForward();
            case HOME -> run.restart();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Runs the design shown once on the virtual clock and plays it over the design. */
    public void startRun() {
        Design design = canvas.designProperty().get();
        if (!VerificationModel.canVerify(design)) {
            return;
        }
        try {
            run.load(level.withDesign(design));
        } catch (RuntimeException x) {
            setVerdict("✗ Could not run: " + x.getMessage(), "verdict-failed");
            return;
        }
        showRunTicks();
        run.play();
        runBar.focusPlay();
    }

    /** Leaves the run: the design shows without its marks (or with the reveal, if there is one). */
    public void stopRun() {
        run.clear();
        runBar.stop();
        runButton.requestFocus();
    }

    /** The tick item of the checklist as the run meets it; the other items keep their status. */
    private void showRunTicks() {
        if (level.goal().maxTicks() <= 0 || run.resultProperty().get() == null) {
            return;
        }
        List<GoalChecklist.Result> results = new ArrayList<>();
        for (GoalChecklist.Item item : items()) {
            if (item.aspect() == GoalChecklist.Aspect.TICKS) {
                results.addAll(GoalChecklist.evaluate(List.of(item), level.goal(), null, run.resultProperty().get()));
            } else {
                results.add(checklist.result(item.id()).orElse(new GoalChecklist.Result(item, GoalChecklist.Status.UNCHECKED, "")));
            }
        }
        checklist.show(results);
    }

    private void leave() {
        verification.cancel();
        onBack.run();
    }

    /** Stops any verification still running (the screen is being left). */
    public void close() {
        verification.cancel();
        stuckTimer.stop();
        run.clear();
        runBar.stop();
    }

    private void designChosen(Toggle old, Toggle now) {
        if (now == null) {
            designChoice.selectToggle(old);  // one of the two is always shown
            return;
        }
        showDesign(now == showSolution);
    }

    /** Shows the reference solution read-only, or the player's design (as they left it) to edit. */
    private void showDesign(boolean solution) {
        if (solution) {
            playerDesign = canvas.designProperty().get();
            canvas.load(level.solution(), LevelRules.readOnly(level.solution()));
        } else {
            canvas.load(playerDesign != null ? playerDesign : canvas.designProperty().get(), LevelRules.of(level));
        }
        startOver.setDisable(solution);
        designShown(canvas.designProperty().get());
    }

    private Design playerDesign;

    /** An edit changed the design: what was verified no longer holds, and the design is autosaved. */
    private void designEdited(Design d) {
        designShown(d);
        if (!showSolution.isSelected()) {
            store.autosave(level, d);
        }
    }

    private void designShown(Design design) {
        verification.reset();
        reveal.clear();
        run.clear();
        if (goSource != null && sameGoroutines(design, goSourceDesign)) {
            goView.showProgram(goSource);
        } else {
            goView.show(design, level.id(), level.title());
        }
        boolean runnable = VerificationModel.canVerify(design);
        String note = showSolution.isSelected() ? "The reference solution: a design that clears the level."
                : level.mode() == Goal.Mode.BUILD ? "Your design: build it from the palette, then Verify."
                : level.mode() == Goal.Mode.FIX ? "Your design: find the bug, fix it, then Verify."
                : "Your design: Verify it, then step through how it breaks.";
        designNote.setText(runnable ? note
                : "No main goroutine yet: drag a goroutine from the palette (the first one is main),"
                        + " or look at the reference solution.");
        checklist.show(GoalChecklist.unchecked(items()));
        stateChanged(verification.stateProperty().get());
    }

    private org.interleave.gobridge.GoExporter.Exported goSource;
    private Design goSourceDesign;

    /**
     * Shows {@code program} — the Go file the level was imported from, with the line of each op —
     * in the Go view, open beside the canvas, while the design is {@code design} (after an edit it
     * shows the edited design's own Go program).
     */
    public void showGoSource(Design design, org.interleave.gobridge.GoExporter.Exported program) {
        goSource = program;
        goSourceDesign = design;
        designShown(canvas.designProperty().get());
        showGo.setSelected(true);
    }

    private static boolean sameGoroutines(Design a, Design b) {
        return a != null && b != null && a.goroutines().stream().map(g -> List.of(g.id(), g.start(), g.count(), g.ops())).toList()
                .equals(b.goroutines().stream().map(g -> List.of(g.id(), g.start(), g.count(), g.ops())).toList());
    }

    /** The Go view beside the design, or the design alone. */
    private void showGoCode(boolean on) {
        if (on) {
            designSplit.getItems().setAll(canvas, goView);
            designSplit.setDividerPositions(0.45);
        } else {
            designSplit.getItems().setAll(canvas);
        }
    }

    private List<GoalChecklist.Item> items() {
        return GoalChecklist.items(level.mode(), level.goal(), canvas.designProperty().get());
    }

    private void stateChanged(OffThreadJob.State s) {
        boolean running = s == OffThreadJob.State.RUNNING;
        verify.setDisable(running || !VerificationModel.canVerify(canvas.designProperty().get()));
        scheduler.button().setDisable(running || !VerificationModel.canVerify(canvas.designProperty().get()));
        verify.setText(running ? "Verifying…" : "Verify");
        runButton.setDisable(!VerificationModel.canVerify(canvas.designProperty().get()));
        cancel.setDisable(!running);
        cancel.setVisible(running);
        cancel.setManaged(running);  // no gap beside Verify when there is nothing to cancel
        progressRow.setVisible(running);
        progressRow.setManaged(running);
        if (running) {
            run.clear();
            progressLabel.setText("starting…");
            setVerdict("", "verdict-none");
            scope.setText("");
            reveal.clear();
            checklist.show(GoalChecklist.unchecked(items()));
        }
        switch (s) {
            case CANCELLED -> {
                setVerdict("■ Verification cancelled: nothing was proven.", "verdict-unproven");
                scope.setText("");
                verify.requestFocus();
            }
            case FAILED -> setVerdict("✗ Could not verify: " + verification.errorProperty().get(), "verdict-failed");
            case IDLE -> {
                setVerdict("", "verdict-none");
                scope.setText("");
            }
            default -> { }
        }
        revealView.setVisible(reveal.traceProperty().get() != null);
        revealView.setManaged(reveal.traceProperty().get() != null);
    }

    private void showOutcome(VerificationModel.Outcome o) {
        if (o == null) {
            return;
        }
        List<GoalChecklist.Item> items = items();
        List<GoalChecklist.Result> results = GoalChecklist.evaluate(items, level.goal(), o.report(), o.run());
        checklist.show(results);
        scope.setText(capitalize(o.report().scope()) + ".");
        headline(o, results);
        List<Trace> traces = new ArrayList<>(o.traces());
        if (level.mode() == Goal.Mode.BREAK && level.goal().reach() != null) {
            Kind reach = Kind.fromJson(level.goal().reach());
            traces.sort(Comparator.comparing((Trace t) -> t.finding().kind() != reach));
        }
        reveal.show(traces);
        boolean any = !traces.isEmpty();
        revealView.setVisible(any);
        revealView.setManaged(any);
        if (any) {
            stepBar.focusNext();
        }
    }

    private void headline(VerificationModel.Outcome o, List<GoalChecklist.Result> results) {
        boolean allMet = results.stream().allMatch(r -> r.status() == GoalChecklist.Status.MET);
        boolean anyFailed = results.stream().anyMatch(r -> r.status() == GoalChecklist.Status.FAILED);
        Verdict v = o.report().verdict();
        if (level.mode() == Goal.Mode.BREAK && level.goal().reach() != null) {
            String kind = KindNames.of(Kind.fromJson(level.goal().reach())).toLowerCase(java.util.Locale.ROOT);
            if (allMet) {
                setVerdict("⚡ It breaks: some schedule leads to a " + kind + ". Step through it below.", "verdict-cleared");
            } else if (anyFailed) {
                setVerdict("✓ Safe: no schedule leads to a " + kind + ".", "verdict-info");
            } else {
                setVerdict("? Not proven either way: the search did not finish.", "verdict-unproven");
            }
            return;
        }
        if (allMet && v == Verdict.CLEARED) {
            setVerdict("✓ Cleared! Every goal holds in every interleaving.", "verdict-cleared");
        } else if (v != Verdict.CLEARED && v != Verdict.INCONCLUSIVE) {
            setVerdict("✗ Not cleared: " + KindNames.of(Kind.valueOf(v.name())).toLowerCase(java.util.Locale.ROOT)
                    + ". Step through how it happens below.", "verdict-failed");
        } else if (anyFailed) {
            setVerdict("✗ Not cleared: a goal is not met.", "verdict-failed");
        } else {
            setVerdict("? Not proven: the search did not finish, so the level is not cleared.", "verdict-unproven");
        }
    }

    private void setVerdict(String text, String styleClass) {
        verdict.setText(text);
        verdict.getStyleClass().removeIf(c -> c.startsWith("verdict-"));
        verdict.getStyleClass().add(styleClass);
        verdict.setVisible(!text.isEmpty());
        verdict.setManaged(!text.isEmpty());
    }

    /** The player moved on (verified or changed the design): the stuck hint goes, and the minute starts again. */
    private void madeProgress() {
        stuck.progress();
        hideStuckHint();
    }

    /**
     * Offers a hint if the player has been stuck for a minute: one that fits the design shown and
     * its last verification ({@link StuckHints}). A timer calls this every few seconds.
     */
    public void checkStuck() {
        VerificationModel.Outcome last = verification.outcomeProperty().get();
        if (!stuck.shouldOffer() || verification.stateProperty().get() == OffThreadJob.State.RUNNING
                || last != null && last.clears()) {
            return;  // not stuck, busy, or already cleared: no hint
        }
        stuck.offered();
        StuckHints.Hint h = StuckHints.choose(level, canvas.designProperty().get(), last);
        stuckTopic.setText("Stuck? A hint on " + h.topic());
        stuckText.setText(h.text());
        stuckHint.setVisible(true);
        stuckHint.setManaged(true);
    }

    private void hideStuckHint() {
        stuckHint.setVisible(false);
        stuckHint.setManaged(false);
    }

    /** The clock that tells how long the player has been stuck (tests pass a fake one); the minute starts now. */
    public void setClock(java.util.function.LongSupplier nanoTime) {
        stuck = new StuckWatch(nanoTime);
    }

    /** What the ⚙ Settings button does. */
    public void setOnSettings(Runnable onSettings) {
        this.onSettings = onSettings;
    }

    /** How fast runs play, as a multiple of normal (from the settings). */
    public void setAnimationSpeed(double speed) {
        run.speedProperty().set(speed);
    }

    /** Whether the reference solution is shown rather than the player's design. */
    public boolean showingSolution() {
        return showSolution.isSelected();
    }

    private void showNextHint() {
        if (hintsShown < level.hints().size()) {
            Label l = new Label((hintsShown + 1) + ". " + level.hints().get(hintsShown));
            l.setWrapText(true);
            l.getStyleClass().add("hint");
            hints.getChildren().add(l);
            hintsShown++;
        }
        updateHintButton();
    }

    private void updateHintButton() {
        int n = level.hints().size();
        hint.setText(n == 0 ? "No hints for this level" : hintsShown < n
                ? "Show a hint (" + hintsShown + " of " + n + " shown)" : n == 1 ? "The hint is shown" : "All " + n + " hints shown");
        hint.setDisable(hintsShown >= n);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public CampaignCatalog.Entry entry() {
        return entry;
    }

    /** The canvas editor of the design (or of the reference solution, read-only). */
    public CanvasEditor canvas() {
        return canvas;
    }

    public GoCodeView goView() {
        return goView;
    }

    public RevealModel reveal() {
        return reveal;
    }

    /** The verification of this screen's design. */
    public VerificationModel verification() {
        return verification;
    }

    /** The run shown over the design, when one is. */
    public RunModel run() {
        return run;
    }

    /** "You schedule" and the timeline of the reveal. */
    public SchedulerMode scheduler() {
        return scheduler;
    }

    public GoalChecklistView checklist() {
        return checklist;
    }
}
