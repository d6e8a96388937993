package org.interleave.app.level;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.interleave.engine.Finding;
import org.interleave.engine.Program;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Level;
import org.interleave.engine.model.Part;
import org.interleave.explore.CheckOptions;
import org.interleave.explore.Checker;
import org.interleave.explore.Report;
import org.interleave.explore.SearchBudget;
import org.interleave.explore.TimedRun;
import org.interleave.level.save.Score;
import org.interleave.playback.Trace;

/**
 * Verifies a design off the FX thread: runs the {@link Checker} on the executor it is given,
 * reports progress (states, executions) while it runs, can be cancelled, and ends with an
 * {@link Outcome}: the report, a {@link Trace} of every finding, and the timed run when the goal
 * has a tick budget. Its properties change on the FX thread only; it builds no nodes.
 */
public final class VerificationModel {
    /** Where a verification is. */
    public enum State { IDLE, RUNNING, FINISHED, CANCELLED, FAILED }

    /** What a search has covered so far. */
    public record Progress(long states, long executions) {
        public static final Progress NONE = new Progress(0, 0);

        /** "1,204 states · 310 executions". */
        public String text() {
            return String.format("%,d states · %,d executions", states, executions);
        }
    }

    /**
     * A finished verification: the level as verified, its report, the traces of its findings,
     * and the timed run that scores it (or null).
     */
    public record Outcome(Level level, Report report, List<Trace> traces, TimedRun.Result run) {
        public Outcome {
            traces = List.copyOf(traces);
        }

        /**
         * Whether this clears the level: every item of the goal is met — in a build or fix level
         * also with no finding in an exhaustive search.
         */
        public boolean clears() {
            List<GoalChecklist.Result> results = GoalChecklist.evaluate(
                    GoalChecklist.items(level.mode(), level.goal(), level.design()), level.goal(), report, run);
            boolean allMet = results.stream().allMatch(r -> r.status() == GoalChecklist.Status.MET);
            if (level.mode() == org.interleave.engine.model.Goal.Mode.BREAK && level.goal().reach() != null) {
                return allMet;
            }
            return allMet && report.verdict() == org.interleave.explore.Verdict.CLEARED;
        }

        /** The score of the design: its timed run's ticks (when main returned, else the last tick), its parts, the states verified. */
        public Score score() {
            long ticks = run == null ? 0 : run.mainReturnedAt() >= 0 ? run.mainReturnedAt() : run.lastTick();
            return new Score((int) Math.min(Integer.MAX_VALUE, ticks), level.design().parts().size(),
                    report.stats().states());
        }
    }

    private final Executor executor;
    private final CheckOptions options;
    private final LongSupplier nanoTime;

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyObjectWrapper<Progress> progress = new ReadOnlyObjectWrapper<>(this, "progress", Progress.NONE);
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private Task<Outcome> task;

    /**
     * A model that runs checks on {@code executor} with {@code options}; {@code nanoTime} times
     * them (as the checker's time budget and statistics do).
     */
    public VerificationModel(Executor executor, CheckOptions options, LongSupplier nanoTime) {
        this.executor = executor;
        this.options = options;
        this.nanoTime = nanoTime;
    }

    /** Whether a design can be verified at all: it needs its main goroutine. */
    public static boolean canVerify(Design design) {
        return design != null && design.goroutines().stream().anyMatch(g -> g.start() == Part.Start.MAIN);
    }

    /** Starts verifying {@code level}'s design, cancelling a verification still running. */
    public void verify(Level level) {
        cancel();
        outcome.set(null);
        error.set("");
        progress.set(Progress.NONE);
        if (!canVerify(level.design())) {
            error.set("This design has no main goroutine, so there is nothing to run yet.");
            state.set(State.FAILED);
            return;
        }
        Task<Outcome> t = new CheckTask(level);
        t.setOnSucceeded(e -> {
            if (task == t) {
                outcome.set(t.getValue());
                state.set(State.FINISHED);
            }
        });
        t.setOnFailed(e -> {
            if (task == t) {
                Throwable x = t.getException();
                error.set(x == null ? "verification failed" : String.valueOf(x.getMessage()));
                state.set(State.FAILED);
            }
        });
        task = t;
        state.set(State.RUNNING);
        executor.execute(t);
    }

    /** Stops a running verification; nothing it found so far is shown. */
    public void cancel() {
        if (task != null && state.get() == State.RUNNING) {
            Task<Outcome> t = task;
            task = null;
            t.cancel();
            state.set(State.CANCELLED);
        }
    }

    /** Forgets the last outcome (the design changed). */
    public void reset() {
        cancel();
        outcome.set(null);
        error.set("");
        progress.set(Progress.NONE);
        state.set(State.IDLE);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Progress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The last finished verification, or null. */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Why the last verification failed, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The check itself, on the executor's thread. */
    private final class CheckTask extends Task<Outcome> {
        private final Level level;
        private final AtomicReference<Progress> latest = new AtomicReference<>(Progress.NONE);
        private final AtomicBoolean posted = new AtomicBoolean();

        CheckTask(Level level) {
            this.level = level;
        }

        @Override
        protected Outcome call() {
            Checker checker = new Checker(options, this::isCancelled, this::report, nanoTime);
            Report report = checker.check(level);
            if (isCancelled()) {
                return null;
            }
            List<Trace> traces = new ArrayList<>();
            for (Finding f : report.findings()) {
                traces.add(Trace.of(level, f));
            }
            // the same seed as the run the game plays, so the scores agree
            SearchBudget budget = SearchBudget.of(level.bounds());
            TimedRun.Result run = new TimedRun(new Program(level.design()), level.goal(), budget.maxSteps(),
                    budget.limits()).run(org.interleave.playback.RunModel.SEED);
            return new Outcome(level, report, traces, run);
        }

        /** Keeps the newest numbers and posts at most one update to the FX thread at a time. */
        private void report(long states, long executions, long steps) {
            latest.set(new Progress(states, executions));
            if (posted.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    posted.set(false);
                    if (task == this) {
                        progress.set(latest.get());
                    }
                });
            }
        }
    }
}
