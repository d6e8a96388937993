package org.interleave.app.level;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.interleave.app.shared.OffThreadJob;
import org.interleave.engine.Finding;
import org.interleave.engine.Program;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Level;
import org.interleave.engine.model.Part;
import org.interleave.explore.CheckOptions;
import org.interleave.explore.Checker;
import org.interleave.explore.MemoryGuard;
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
    /** What a search has covered so far. */
    public record Progress(long states, long executions) {
        public static final Progress NONE = new Progress(0, 0);

        /** "1,204 states · 310 executions". */
        public String text() {
            return String.format(Locale.ROOT, "%,d states · %,d executions", states, executions);
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

        /**
         * The score of the design: its timed run's ticks (when main returned, else the last tick),
         * its parts, the states verified, its ops.
         */
        public Score score() {
            long ticks = run == null ? 0 : run.mainReturnedAt() >= 0 ? run.mainReturnedAt() : run.lastTick();
            return new Score((int) Math.min(Integer.MAX_VALUE, ticks), org.interleave.level.PartCount.of(level.design()),
                    report.stats().states(), org.interleave.level.OpCount.of(level.design()));
        }
    }

    private final CheckOptions options;
    private final LongSupplier nanoTime;
    private final Supplier<MemoryGuard> memory;
    private final OffThreadJob<Outcome, Progress> job;

    /**
     * A model that runs checks on {@code executor} with {@code options}; {@code nanoTime} times
     * them (as the checker's time budget and statistics do).
     */
    public VerificationModel(Executor executor, CheckOptions options, LongSupplier nanoTime) {
        this(executor, options, nanoTime, MemoryGuard::forThisJvm);
    }

    /**
     * The same, with the memory bound of each check made by {@code memory} (the game's: 1 GiB or
     * three quarters of its heap, whichever is less, {@link MemoryGuard#forThisJvm}).
     */
    public VerificationModel(Executor executor, CheckOptions options, LongSupplier nanoTime,
                             Supplier<MemoryGuard> memory) {
        this.options = options;
        this.nanoTime = nanoTime;
        this.memory = memory;
        this.job = new OffThreadJob<>(executor, Progress.NONE, "verification failed");
    }

    /** Whether a design can be verified at all: it needs its main goroutine. */
    public static boolean canVerify(Design design) {
        return design != null && design.goroutines().stream().anyMatch(g -> g.start() == Part.Start.MAIN);
    }

    /** Starts verifying {@code level}'s design, cancelling a verification still running. */
    public void verify(Level level) {
        if (!canVerify(level.design())) {
            job.fail("This design has no main goroutine, so there is nothing to run yet.");
            return;
        }
        job.start((cancelled, progress) -> check(level, cancelled, progress));
    }

    /** Stops a running verification; nothing it found so far is shown. */
    public void cancel() {
        job.cancel();
    }

    /** Forgets the last outcome (the design changed). */
    public void reset() {
        job.reset();
    }

    public ReadOnlyObjectProperty<OffThreadJob.State> stateProperty() {
        return job.stateProperty();
    }

    public ReadOnlyObjectProperty<Progress> progressProperty() {
        return job.progressProperty();
    }

    /** The last finished verification, or null. */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return job.resultProperty();
    }

    /** Why the last verification failed, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return job.errorProperty();
    }

    /** The check itself, on the executor's thread: null when cancelled. */
    private Outcome check(Level level, BooleanSupplier cancelled, Consumer<Progress> progress) {
        Checker checker = new Checker(options, cancelled,
                (states, executions, steps) -> progress.accept(new Progress(states, executions)), nanoTime)
                .ticks(false).threads(Runtime.getRuntime().availableProcessors()).memory(memory.get());
        Report report = checker.check(level);
        if (cancelled.getAsBoolean()) {
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
}
