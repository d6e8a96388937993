package org.interleave.app.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.interleave.app.shared.OffThreadJob;
import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;
import org.interleave.engine.model.Part;
import org.interleave.explore.CheckOptions;
import org.interleave.explore.Checker;
import org.interleave.explore.MemoryGuard;
import org.interleave.explore.Report;
import org.interleave.explore.Verdict;

/**
 * "Check both sides" of a level being written, off the FX thread, with progress and Cancel: the
 * reference solution must clear the level (for a {@code break} level: it must not reach the
 * outcome), and the starting design must keep its promise — a {@code fix} level's design has a
 * bug the goal forbids, a {@code break} level's design can reach the outcome. Each side reports
 * its states, executions and time, which hint at how hard the level is. Properties change on the
 * FX thread only; it builds no nodes.
 */
public final class BothSidesCheck {
    /** What checking one side found. */
    public record Side(String name, boolean ok, String verdict, String message, long states, long executions,
                       long millis, boolean exhaustive) {
        /** "12,408 states · 1,022 executions · 0.41 s". */
        public String cost() {
            return String.format(Locale.ROOT, "%,d states · %,d executions · %.2f s", states, executions, millis / 1000.0);
        }
    }

    /** Both sides' results, the solution's first. */
    public record Result(List<Side> sides) {
        public Result {
            sides = List.copyOf(sides);
        }

        public boolean ok() {
            return !sides.isEmpty() && sides.stream().allMatch(Side::ok);
        }
    }

    private final CheckOptions options;
    private final LongSupplier nanoTime;
    private final OffThreadJob<Result, String> job;

    public BothSidesCheck(Executor executor, CheckOptions options, LongSupplier nanoTime) {
        this.options = options;
        this.nanoTime = nanoTime;
        this.job = new OffThreadJob<>(executor, "", "check failed");
    }

    /** Starts checking {@code level}, cancelling a check still running. */
    public void check(Level level) {
        job.start((cancelled, progress) -> new Sides(level, cancelled, progress).check());
    }

    /** Stops a running check. */
    public void cancel() {
        job.cancel();
    }

    public ReadOnlyObjectProperty<OffThreadJob.State> stateProperty() {
        return job.stateProperty();
    }

    /** What is being checked and how far it got, while running. */
    public ReadOnlyObjectProperty<String> progressProperty() {
        return job.progressProperty();
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return job.resultProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return job.errorProperty();
    }

    private static boolean hasMain(org.interleave.engine.model.Design d) {
        return d != null && d.goroutines().stream().anyMatch(g -> g.start() == Part.Start.MAIN);
    }

    /** The check of both sides, on the executor's thread: null when cancelled. */
    private final class Sides {
        private final Level level;
        private final BooleanSupplier cancelled;
        private final Consumer<String> progress;
        private String side = "";

        Sides(Level level, BooleanSupplier cancelled, Consumer<String> progress) {
            this.level = level;
            this.cancelled = cancelled;
            this.progress = progress;
        }

        Result check() {
            List<Side> sides = new ArrayList<>();
            Kind reach = level.goal().reach() == null ? null : Kind.fromJson(level.goal().reach());
            boolean breakLevel = level.mode() == Goal.Mode.BREAK;
            if (level.solution() == null) {
                sides.add(new Side("Reference solution", false, "", "There is no reference solution to prove.", 0, 0, 0,
                        false));
            } else {
                Report r = run("reference solution", level.withDesign(level.solution()));
                if (r == null) {
                    return null;
                }
                boolean ok;
                String message;
                if (breakLevel) {
                    ok = r.exhaustive() && reach != null && r.findings().stream().noneMatch(f -> f.kind() == reach);
                    message = reach == null ? "A break level needs an outcome to reach."
                            : ok ? "Cannot reach " + reach.json() + ": it is the fix."
                            : r.exhaustive() ? "Still reaches " + reach.json() + "." : "Not proven: " + r.scope() + ".";
                } else {
                    ok = r.exhaustive() && r.verdict() == Verdict.CLEARED;
                    message = ok ? "Clears the level, in every interleaving." : r.verdict() == Verdict.INCONCLUSIVE
                            ? "Not proven: " + r.scope() + "." : "Does not clear: " + sentence(first(r));
                }
                sides.add(side("Reference solution", ok, r, message));
            }
            if (level.mode() != Goal.Mode.BUILD || hasMain(level.design())) {
                if (!hasMain(level.design())) {
                    sides.add(new Side("Starting design", false, "", "The starting design has no main goroutine.",
                            0, 0, 0, false));
                } else {
                    Report r = run("starting design", level);
                    if (r == null) {
                        return null;
                    }
                    boolean ok;
                    String message;
                    switch (level.mode()) {
                        case FIX -> {
                            ok = r.exhaustive() ? r.verdict() != Verdict.CLEARED : r.verdict() != Verdict.INCONCLUSIVE;
                            message = ok ? "Has the promised bug: " + sentence(first(r))
                                    : r.verdict() == Verdict.CLEARED ? "Already clears: a fix level needs a bug to fix."
                                    : "Not proven: " + r.scope() + ".";
                        }
                        case BREAK -> {
                            ok = reach != null && r.findings().stream().anyMatch(f -> f.kind() == reach);
                            message = reach == null ? "A break level needs an outcome to reach."
                                    : ok ? "Can reach " + reach.json() + "." : "Cannot reach " + reach.json() + ".";
                        }
                        default -> {
                            ok = r.verdict() != Verdict.CLEARED;
                            message = ok ? "Does not clear yet: the player has work to do."
                                    : "Already clears: nothing left to build.";
                        }
                    }
                    sides.add(side("Starting design", ok, r, message));
                }
            }
            return new Result(sides);
        }

        /** The text as a sentence: ending in one full stop (or its own ! or ?). */
        private static String sentence(String text) {
            return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
        }

        private static String first(Report r) {
            List<Finding> f = r.findings();
            return f.isEmpty() ? r.verdict().json() : f.get(0).kind().json() + " — " + f.get(0).message();
        }

        private Side side(String name, boolean ok, Report r, String message) {
            return new Side(name, ok, r.verdict().json(), message, r.stats().states(), r.stats().executions(),
                    r.stats().millis(), r.exhaustive());
        }

        private Report run(String what, Level l) {
            side = what;
            progress.accept("checking the " + what + "…");
            Report r = new Checker(options, cancelled, this::report, nanoTime).memory(MemoryGuard.forThisJvm()).check(l);
            return cancelled.getAsBoolean() ? null : r;
        }

        private void report(long states, long executions, long steps) {
            progress.accept(String.format(Locale.ROOT, "checking the %s: %,d states · %,d executions", side, states,
                    executions));
        }
    }
}
