package org.interleave.app.level;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import org.interleave.app.schedule.SchedulerMode;
import org.interleave.app.shared.OffThreadJob;
import org.interleave.engine.Kind;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;
import org.interleave.playback.RevealModel;
import org.interleave.playback.RunModel;
import org.interleave.playback.StepBar;
import org.interleave.playback.Trace;

/**
 * How a level screen shows its verification as it goes: which buttons it leaves enabled, its
 * progress and verdict in the goal column, the goal's items checked against its outcome, and the
 * traces it found revealed over the design, the one the level asks for first.
 */
final class VerificationShown {
    private final Level level;
    private final VerificationModel verification;
    private final Supplier<Design> design;
    private final GoalColumn goal;
    private final GoalChecklistView checklist;
    private final Supplier<List<GoalChecklist.Item>> items;
    private final SchedulerMode scheduler;
    private final Button runButton;
    private final RunModel run;
    private final RevealModel reveal;
    private final StepBar stepBar;
    private final SideColumns columns;

    VerificationShown(Level level, VerificationModel verification, Supplier<Design> design, GoalColumn goal,
            GoalChecklistView checklist, Supplier<List<GoalChecklist.Item>> items, SchedulerMode scheduler,
            Button runButton, RunModel run, RevealModel reveal, StepBar stepBar, SideColumns columns) {
        this.level = level;
        this.verification = verification;
        this.design = design;
        this.goal = goal;
        this.checklist = checklist;
        this.items = items;
        this.scheduler = scheduler;
        this.runButton = runButton;
        this.run = run;
        this.reveal = reveal;
        this.stepBar = stepBar;
        this.columns = columns;
        verification.stateProperty().addListener((obs, old, s) -> stateChanged(s));
        verification.progressProperty().addListener((obs, old, p) -> goal.progress(p.text()));
        verification.outcomeProperty().addListener((obs, old, o) -> showOutcome(o));
    }

    /** Shows the verification's state now: what can be pressed, and the verdict a state has of its own. */
    void stateChanged(OffThreadJob.State s) {
        boolean running = s == OffThreadJob.State.RUNNING;
        boolean canVerify = VerificationModel.canVerify(design.get());
        goal.running(running, canVerify);
        scheduler.button().setDisable(running || !canVerify);
        runButton.setDisable(!canVerify);
        if (running) {
            run.clear();
            goal.setVerdict("", "verdict-none");
            goal.showScope("");
            reveal.clear();
            checklist.show(GoalChecklist.unchecked(items.get()));
        }
        switch (s) {
            case CANCELLED -> {
                goal.setVerdict("■ Verification cancelled: nothing was proven.", "verdict-unproven");
                goal.showScope("");
                goal.verify.requestFocus();
            }
            case FAILED -> goal.setVerdict("✗ Could not verify: " + verification.errorProperty().get(), "verdict-failed");
            case IDLE -> {
                goal.setVerdict("", "verdict-none");
                goal.showScope("");
            }
            default -> { }
        }
        goal.showReveal(reveal.traceProperty().get() != null);
    }

    private void showOutcome(VerificationModel.Outcome o) {
        if (o == null) {
            return;
        }
        List<GoalChecklist.Item> all = items.get();
        List<GoalChecklist.Result> results = GoalChecklist.evaluate(all, level.goal(), o.report(), o.run());
        checklist.show(results);
        goal.showScope(o.report().scope());
        goal.headline(o, results);
        List<Trace> traces = new ArrayList<>(o.traces());
        if (level.mode() == Goal.Mode.BREAK && level.goal().reach() != null) {
            Kind reach = Kind.fromJson(level.goal().reach());
            traces.sort(Comparator.comparing((Trace t) -> t.finding().kind() != reach));
        }
        reveal.show(traces);
        if (!columns.goalOpenProperty().get()) {
            columns.chooseGoal(true);  // the verdict is in the goal column: it opens to be read
        }
        goal.scrollToVerdict();
        boolean any = !traces.isEmpty();
        goal.showReveal(any);
        if (any) {
            stepBar.focusNext();
        }
    }
}
