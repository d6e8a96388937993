package org.interleave.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import org.interleave.engine.Finding;
import org.interleave.engine.Limits;
import org.interleave.engine.Program;
import org.interleave.engine.model.Level;
import org.interleave.explore.CheckOptions;
import org.interleave.explore.Checker;
import org.interleave.explore.Explorer;
import org.interleave.explore.Replayer;
import org.interleave.explore.Report;

/**
 * Runs the product's exhaustive check (with its reductions, and as {@code --no-reduction}) and
 * the reference explorer on one level, and says where they disagree on the verdict or on the set
 * of outcome kinds, and which reported schedules do not replay.
 */
final class OracleComparison {
    /** States (and executions) the product may visit; the reference gets the same cap. */
    static final long BUDGET = 60_000;

    /** The three answers for one level, and what the product's schedules did on replay. */
    record Outcome(Level level, ReferenceResult reference, Answer reduced, Answer plain, List<String> replayFailures) {
        /** Whether the reference saw every state, so its answer is a verdict to compare with. */
        boolean decided() {
            return reference.complete();
        }

        /** Each way the product differs from the reference (empty when they agree, or the reference is undecided). */
        List<String> disagreements() {
            List<String> out = new ArrayList<>();
            if (!decided()) {
                return out;
            }
            for (Answer a : List.of(reduced, plain)) {
                if (!a.verdict().equals(reference.verdict()) || !a.kinds().equals(List.copyOf(reference.kinds()))) {
                    out.add(a.mode() + ": " + a.verdict() + " " + a.kinds() + " vs reference " + reference.verdict() + " "
                            + reference.kinds());
                }
            }
            return out;
        }
    }

    /** The product's verdict and kinds in one mode ({@code reduced} or {@code no-reduction}). */
    record Answer(String mode, String verdict, List<String> kinds, boolean exhaustive, String error,
                  Map<String, String> schedules) {}

    /** The product's checks of one level, reduced and plain, and which of their schedules did not replay. */
    record ProductChecks(Answer reduced, Answer plain, List<String> replayFailures) {
        static ProductChecks of(Level level) {
            List<String> replay = new ArrayList<>();
            Answer reduced = product(level, true, replay);
            Answer plain = product(level, false, replay);
            return new ProductChecks(reduced, plain, List.copyOf(replay));
        }
    }

    static Outcome compare(Level level) {
        return compare(level, ProductChecks.of(level));
    }

    /** The comparison with the product's checks of the level already made. */
    static Outcome compare(Level level, ProductChecks product) {
        ReferenceResult ref = new ReferenceExplorer(BUDGET).explore(level);
        return new Outcome(level, ref, product.reduced(), product.plain(), product.replayFailures());
    }

    /** The product's check of the level; findings whose schedules do not replay go to {@code replayFailures}. */
    static Answer product(Level level, boolean reduction, List<String> replayFailures) {
        String mode = reduction ? "reduced" : "no-reduction";
        CheckOptions o = new CheckOptions(CheckOptions.StrategyKind.DFS, 1, 1000, BUDGET, 3, reduction, 0);
        Report r;
        try {
            r = new Checker(o, () -> false, Explorer.Progress.NONE, () -> 0L).check(level);
        } catch (RuntimeException e) {
            replayFailures.add(mode + ": " + e);
            return new Answer(mode, "error", List.of(), false, e.toString(), Map.of());
        }
        Replayer replayer = new Replayer(new Program(level.design()), level.goal(), level.bounds().maxSteps(), Limits.DEFAULT);
        for (Finding f : r.findings()) {
            if (!replayer.reproduces(f)) {
                replayFailures.add(mode + ": " + f.kind().json() + " with schedule '" + f.schedule() + "' does not replay");
            }
        }
        Map<String, String> schedules = new TreeMap<>();
        r.findings().forEach(f -> schedules.putIfAbsent(f.kind().json(), f.schedule().toString()));
        return new Answer(mode, r.verdict().json(), kinds(r), r.exhaustive(), null, schedules);
    }

    /** The distinct kinds of a report's findings, in verdict order. */
    static List<String> kinds(Report r) {
        Set<String> k = new TreeSet<>();
        r.findings().forEach(f -> k.add(f.kind().json()));
        return ReferenceExplorer.KINDS.stream().filter(k::contains).toList();
    }
}
