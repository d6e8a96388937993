package org.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.interleave.engine.Finding;
import org.interleave.engine.Limits;
import org.interleave.engine.Machine;
import org.interleave.engine.Program;
import org.interleave.engine.RandomDesigns;
import org.interleave.engine.Schedule;
import org.interleave.engine.Timing;
import org.interleave.engine.model.Design;

/**
 * A search on several threads gives exactly the result of a search on one: the same findings
 * with the same schedules, the same states, executions and steps, the same stop reason. Small
 * memory budgets and kept-machine counts make the budget checks and the rebuilding of states by
 * replay part of what is compared.
 *
 * <p>The designs have main and at least one other goroutine: main alone has one state a depth, so a
 * second thread would never share a batch (with main alone, 50 of 80 designs had at most 4 states).
 * The searches stop at {@value #MAX_STATES} states: the stop by the state budget stays part of what is
 * compared, and the few designs that ran to the old 30,000 took 20 of the 22 s the searches took.
 */
class ParallelSearchProperties {
    static final int MAX_STATES = 3_000;
    /** Machines kept: fewer than {@link #MAX_STATES}, so that the largest searches rebuild states by replay. */
    static final int KEPT = 2_000;
    @Provide
    Arbitrary<Design> designs() {
        return RandomDesigns.designs().filter(d -> d.goroutines().size() > 1);
    }

    static SearchResult search(Design d, boolean reductions, int threads, int keptMachines, long memory) {
        return search(d, reductions, threads, keptMachines, memory, MAX_STATES);
    }

    static SearchResult search(Design d, boolean reductions, int threads, int keptMachines, long memory, int states) {
        SearchBudget b = new SearchBudget(80, states, ReductionProperties.BUDGET.maxExecutions(), memory, keptMachines,
                new Limits(100, 2_000), reductions);
        Machine start = new Machine(new Program(d), Timing.VERIFY, b.limits());
        start.drainFaults();
        return new Explorer(ReductionProperties.GOAL, b, () -> false, Explorer.Progress.NONE).partialOrder(reductions)
                .threads(threads).explore(start, Schedule.EMPTY);
    }

    /** Everything a result says, schedules included. */
    static List<Object> everything(SearchResult r) {
        return List.of(r.findings().stream().map(ParallelSearchProperties::describe).toList(), r.complete(),
                String.valueOf(r.stopReason()), r.states(), r.executions(), r.steps(), r.maxDepth());
    }

    private static String describe(Finding f) {
        return f.kind().json() + " " + f.key() + " " + f.message() + " @ " + f.schedule().tokens();
    }

    @Property(tries = 80)
    void twoOrThreeThreads_giveExactlyTheResultOfOne(@ForAll("designs") Design d) {
        SearchResult one = search(d, true, 1, KEPT, 1L << 30);
        // more states than depths: some depth has several, whose expansions the threads share
        Statistics.label("threads share a batch").collect(one.states() > one.maxDepth() + 1);
        assertEquals(everything(one), everything(search(d, true, 2, KEPT, 1L << 30)));
        assertEquals(everything(one), everything(search(d, true, 3, KEPT, 1L << 30)));
        Statistics.label("threads share a batch").coverage(c -> c.check(true).percentage(p -> p >= 75));
    }

    @Property(tries = 40)
    void withoutReductions_twoThreads_giveExactlyTheResultOfOne(@ForAll("designs") Design d) {
        assertEquals(everything(search(d, false, 1, KEPT, 1L << 30)), everything(search(d, false, 2, KEPT, 1L << 30)));
    }

    @Property(tries = 40)
    void everyStateRebuiltByReplay_givesExactlyTheResultOfEveryMachineKept(@ForAll("designs") Design d) {
        // a rebuilt machine carries a memo many steps old; its keys and findings must not differ
        assertEquals(everything(search(d, true, 1, 1_000_000, 1L << 30)), everything(search(d, true, 1, 0, 1L << 30)));
    }

    @Property(tries = 60)
    void underTightBudgets_twoThreads_stopWhereOneDoes(@ForAll("designs") Design d) {
        // few kept machines: most states are rebuilt by replay; a small memory budget stops some searches
        // (no state cap below the memory budget's: what stops the search is the point here)
        SearchResult one = search(d, true, 1, 3, 90_000, 30_000);
        Statistics.label("stopped by the memory budget")
                .collect(String.valueOf(one.stopReason()).startsWith("memory budget"));
        assertEquals(everything(one), everything(search(d, true, 2, 3, 90_000, 30_000)));
        Statistics.label("stopped by the memory budget")
                .coverage(c -> c.check(true).percentage(p -> p >= 5));
    }
}
