package org.interleave.app.level;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.app.shared.Theme;
import org.interleave.app.canvas.CanvasEditor;
import org.interleave.app.rewards.BestDesignMenu;
import org.interleave.app.canvas.Edit;
import org.interleave.app.canvas.LevelRules;
import org.interleave.app.schedule.HandSchedule;
import org.interleave.app.schedule.SchedulerMode;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;
import org.interleave.playback.GoCodeView;
import org.interleave.playback.RevealModel;
import org.interleave.playback.RunBar;
import org.interleave.playback.RunModel;
import org.interleave.playback.StepBar;

/**
 * A level: its brief ({@link BriefColumn}) on the left, the design (or the reference solution) in
 * the middle, the goal, Verify and the reveal of what it found ({@link GoalColumn}) on the right.
 * The reveal's step bar sits over the design, whose cards mark each step (← and →); "Go code"
 * shows the design's Go program beside it ({@link GoCodeSplit}); Run plays one execution on the
 * virtual clock ({@link DesignRun}, {@link RunKeys}); a verification shows as it goes ({@link
 * VerificationShown}); a player stuck for a minute is offered a hint ({@link StuckHintOffer}). Esc
 * leaves for the level select, asking first when that would lose state.
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
    private final BestDesignMenu bestDesigns;
    private final ToggleButton showGo = new ToggleButton("Go code");
    private final SplitPane designSplit = new SplitPane();
    /**
     * The least height, in em, the canvas keeps when the timeline is open: a card's title and its
     * first ops (the rest pans into view).
     */
    public static final double MIN_DESIGN_EM = 4;
    /**
     * The least height, in em, the canvas keeps when the window cannot hold the timeline's least
     * under MIN_DESIGN_EM (projector mode at 200 %): a card's title and an op ({@link ScreenHeights}).
     */
    public static final double LEAST_DESIGN_EM = 3;
    private final GoalChecklistView checklist = new GoalChecklistView();
    private SchedulerMode scheduler;
    private GoalColumn goal;
    private final StepBar stepBar = new StepBar(reveal);
    private final GoCodeView goView = new GoCodeView(reveal);
    private final RunModel run = new RunModel();
    private final RunBar runBar = new RunBar(run);
    private final Button runButton = new Button("▶ Run");
    private final Button settings = new Button("⚙ Settings");
    private Runnable onSettings = () -> { };
    private Consumer<HandSchedule> onBroken = h -> { };
    private Consumer<Runnable> askLeave = Runnable::run;
    private Coach coach;
    private BriefColumn brief;
    private SideColumns columns;
    private GoCodeSplit goSplit;
    private ScreenHeights heights;
    private StuckHintOffer stuck;
    private DesignRun designRun;
    private VerificationShown shown;

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
        this.bestDesigns = new BestDesignMenu(level, store::designs, d -> canvas.model().apply(new Edit.Reset(d)),
                canvas.model()::say);
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
        scheduler.setOnBroken(h -> {
            coachSignal(Coach.Signal.CLEARED);
            onBroken.accept(h);
        });
        Theme.apply(this, LevelScreen.class, "level-screen.css");
        getStyleClass().add("level-screen");
        setTop(LevelHeader.of(entry, back, scheduler, settings));
        brief = new BriefColumn(level);
        setLeft(brief);
        setCenter(designColumn());
        goSplit = new GoCodeSplit(designSplit, canvas, goView, runButton, this);
        goal = new GoalColumn(level, checklist, scheduler.button(), reveal);
        setRight(goal);
        columns = new SideColumns(this, brief, goal, goal.verify);
        brief.setFoldButton(columns.briefFoldButton());
        goal.setFoldButton(columns.goalFoldButton());
        heights = new ScreenHeights(this, canvas.view(), scheduler.revealTimeline(), runButton);
    }

    /**
     * The least height, with the height shared out first: the window (the shell) sizes the screen by
     * it before the screen's own layout pass, and with the canvas's share from before a timeline opened
     * the first frame laid the screen out 184 px past the window's foot (projector mode at 200 %).
     */
    @Override
    protected double computeMinHeight(double width) {
        if (heights != null) {
            columns.layingOut();
            heights.fit();
        }
        return super.computeMinHeight(width);
    }

    @Override
    protected void layoutChildren() {
        columns.layingOut();  // the columns first: the heights are shared out across the width they leave
        heights.fit();  // here, not after the frame: the frame a timeline or bar appears in has its settled heights
        super.layoutChildren();
    }

    private VBox designColumn() {
        return new DesignColumn(level, designChoice, showDesign, showSolution, designNote, runButton, showGo, startOver,
                bestDesigns, goView, designSplit, canvas, stepBar, runBar).build();
    }

    private void initListeners() {
        back.setOnAction(e -> leave());
        settings.setOnAction(e -> onSettings.run());
        stuck = new StuckHintOffer(level, canvas, verification, brief);
        goal.verify.addEventHandler(javafx.event.ActionEvent.ACTION, e -> stuck.progress());
        goal.verify.setOnAction(e -> verification.verify(level.withDesign(canvas.designProperty().get())));
        startOver.setOnAction(e -> canvas.model().apply(new Edit.Reset(level.design())));
        canvas.designProperty().addListener((obs, old, d) -> designEdited(d));
        canvas.designProperty().addListener((obs, old, d) -> stuck.progress());
        goal.cancel.setOnAction(e -> verification.cancel());
        designRun = new DesignRun(level, canvas.designProperty()::get, run, runBar, runButton, checklist, goal, this::items);
        designChoice.selectedToggleProperty().addListener((obs, old, now) -> designChosen(old, now));
        showGo.selectedProperty().addListener((obs, old, on) -> goSplit.open(on));
        shown = new VerificationShown(level, verification, canvas.designProperty()::get, goal, checklist, this::items,
                scheduler, runButton, run, reveal, stepBar, columns);
        // a clear keeps its design as a best after this listener (the shell records it): look once that is done
        verification.outcomeProperty().addListener((obs, old, o) -> {
            if (o != null && o.clears()) {
                javafx.application.Platform.runLater(bestDesigns::refresh);
            }
        });
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
        addEventFilter(KeyEvent.KEY_PRESSED, e -> LevelKeys.pressed(this, e));
        shown.stateChanged(verification.stateProperty().get());
        CoachSignals.watch(this, this::coachSignal);
    }

    private void coachSignal(Coach.Signal signal) {
        if (coach != null) {
            coach.signal(signal);
        }
    }

    /** Shows how to play on this level (the first campaign level of each mode has a coach). */
    public void setCoach(Coach c) {
        coach = c;
        brief.showCoach(c);
    }

    public java.util.Optional<Coach> coach() {
        return java.util.Optional.ofNullable(coach);
    }

    /** Runs the design shown once on the virtual clock and plays it over the design. */
    public void startRun() {
        designRun.start();
    }

    /** Leaves the run: the design shows without its marks (or with the reveal, if there is one). */
    public void stopRun() {
        designRun.stop();
    }

    /** Leaves for the level select, after asking when a counterexample or the coach's progress would be lost. */
    void leave() {
        if (reveal.traceProperty().get() != null || scheduler.isOpen()
                || coach != null && coach.doneCountProperty().get() > 0 && !coach.finished()) {
            askLeave.accept(this::leaveNow);
        } else {
            leaveNow();
        }
    }

    private void leaveNow() {
        verification.cancel();
        onBack.run();
    }

    /**
     * Who asks the player before leaving loses state (a counterexample shown, a schedule being
     * made, the coach's progress): it is given the way out, to run if the player confirms.
     */
    public void setAskLeave(Consumer<Runnable> askLeave) {
        this.askLeave = askLeave;
    }

    /** Called when the player, as the scheduler, reaches the outcome this break level asks for (it clears it). */
    public void setOnBroken(Consumer<HandSchedule> onBroken) {
        this.onBroken = onBroken;
    }

    /** Stops any verification still running (the screen is being left). */
    public void close() {
        verification.cancel();
        stuck.stop();
        run.clear();
        runBar.stop();
        canvas.stopMotion();
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
        bestDesigns.setDisable(solution);
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
        goSplit.show(design, level);
        boolean runnable = VerificationModel.canVerify(design);
        String note = showSolution.isSelected() ? "The reference solution: a design that clears the level."
                : level.mode() == Goal.Mode.BUILD ? "Your design: build it from the palette, then Verify."
                : level.mode() == Goal.Mode.FIX ? "Your design: find the bug, fix it, then Verify."
                : "Be the scheduler: press You schedule and make it break.";
        designNote.setText(runnable ? note
                : "No main goroutine yet: drag a goroutine from the palette (the first one is main),"
                        + " or look at the reference solution.");
        checklist.show(GoalChecklist.unchecked(items()));
        shown.stateChanged(verification.stateProperty().get());
    }

    /**
     * Shows {@code program} — the Go file the level was imported from, with the line of each op —
     * in the Go view, open beside the canvas, while the design is {@code design} (after an edit it
     * shows the edited design's own Go program).
     */
    public void showGoSource(Design design, org.interleave.gobridge.GoExporter.Exported program) {
        goSplit.setSource(design, program);
        designShown(canvas.designProperty().get());
        showGo.setSelected(true);
    }

    private List<GoalChecklist.Item> items() {
        return GoalChecklist.items(level.mode(), level.goal(), canvas.designProperty().get());
    }

    /**
     * Offers a hint if the player has been stuck for a minute: one that fits the design shown and
     * its last verification ({@link StuckHints}). A timer calls this every few seconds.
     */
    public void checkStuck() {
        stuck.check();
    }

    /** The clock that tells how long the player has been stuck (tests pass a fake one); the minute starts now. */
    public void setClock(java.util.function.LongSupplier nanoTime) {
        stuck.setClock(nanoTime);
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

    /** Whether the brief is open (not folded into its rail). */
    public javafx.beans.property.BooleanProperty briefOpenProperty() {
        return columns.briefOpenProperty();
    }

    /** Whether the goal is open (not folded into its rail). */
    public javafx.beans.property.BooleanProperty goalOpenProperty() {
        return columns.goalOpenProperty();
    }

    GoalColumn goalColumn() {
        return goal;
    }

    SideColumns columns() {
        return columns;
    }

    public GoalChecklistView checklist() {
        return checklist;
    }
}
