package org.interleave.app.level;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Level;
import org.interleave.playback.RunBar;
import org.interleave.playback.RunModel;

/**
 * One run of a level's design on the virtual clock, played over the design: the Run button starts
 * it, the run bar steps and stops it, and the goal's tick item shows the run's result once that is
 * decided.
 */
final class DesignRun {
    private final Level level;
    private final Supplier<Design> design;
    private final RunModel run;
    private final RunBar runBar;
    private final Button runButton;
    private final GoalChecklistView checklist;
    private final GoalColumn goal;
    private final Supplier<List<GoalChecklist.Item>> items;
    /** Whether the tick item shows the run's result (see {@link #showRunTicks()}); null before a run. */
    private Boolean runTicksDecided;

    DesignRun(Level level, Supplier<Design> design, RunModel run, RunBar runBar, Button runButton,
            GoalChecklistView checklist, GoalColumn goal, Supplier<List<GoalChecklist.Item>> items) {
        this.level = level;
        this.design = design;
        this.run = run;
        this.runBar = runBar;
        this.runButton = runButton;
        this.checklist = checklist;
        this.goal = goal;
        this.items = items;
        runButton.setOnAction(e -> start());
        runBar.setOnClose(this::stop);
        run.stepProperty().addListener((obs, old, n) -> showRunTicks());
    }

    /** Runs the design shown once and plays it over the design; a design that cannot run is left as it is. */
    void start() {
        Design d = design.get();
        if (!VerificationModel.canVerify(d)) {
            return;
        }
        try {
            run.load(level.withDesign(d));
        } catch (RuntimeException x) {
            goal.setVerdict("✗ Could not run: " + x.getMessage(), "verdict-failed");
            return;
        }
        runTicksDecided = null;
        showRunTicks();
        run.play();
        runBar.focusPlay();
    }

    /**
     * Shows the tick item as the run shown stands: decided once the run is at its end or past the
     * budget, unchecked before (the run is known whole when it starts, and its "met" showed while
     * main still ran); a step that does not change that leaves the goal column as it is.
     */
    private void showRunTicks() {
        boolean decided = run.atEndBinding().get() || run.tickProperty().get() > level.goal().maxTicks();
        if (run.resultProperty().get() != null && !Boolean.valueOf(decided).equals(runTicksDecided)) {
            runTicksDecided = decided;
            checklist.showRunTicks(level.goal(), items.get(), decided ? run.resultProperty().get() : null);
        }
    }

    /** Leaves the run: the design shows without its marks (or with the reveal, if there is one). */
    void stop() {
        run.clear();
        runBar.stop();
        runButton.requestFocus();
    }
}
