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
 */
class ParallelSearchProperties {
    @Provide
    Arbitrary<Design> designs() {
        return RandomDesigns.designs();
    }

    static SearchResult search(Design d, boolean reductions, int threads, int keptMachines, long memory) {
        SearchBudget b = new SearchBudget(80, 30_000, ReductionProperties.BUDGET.maxExecutions(), memory, keptMachines,
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
        SearchResult one = search(d, true, 1, 20_000, 1L << 30);
        assertEquals(everything(one), everything(search(d, true, 2, 20_000, 1L << 30)));
        assertEquals(everything(one), everything(search(d, true, 3, 20_000, 1L << 30)));
    }

    @Property(tries = 40)
    void withoutReductions_twoThreads_giveExactlyTheResultOfOne(@ForAll("designs") Design d) {
        assertEquals(everything(search(d, false, 1, 20_000, 1L << 30)), everything(search(d, false, 2, 20_000, 1L << 30)));
    }

    @Property(tries = 40)
    void everyStateRebuiltByReplay_givesExactlyTheResultOfEveryMachineKept(@ForAll("designs") Design d) {
        // a rebuilt machine carries a memo many steps old; its keys and findings must not differ
        assertEquals(everything(search(d, true, 1, 1_000_000, 1L << 30)), everything(search(d, true, 1, 0, 1L << 30)));
    }

    @Property(tries = 60)
    void underTightBudgets_twoThreads_stopWhereOneDoes(@ForAll("designs") Design d) {
        // few kept machines: most states are rebuilt by replay; a small memory budget stops some searches
        SearchResult one = search(d, true, 1, 3, 90_000);
        Statistics.label("stopped by the memory budget")
                .collect(String.valueOf(one.stopReason()).startsWith("memory budget"));
        assertEquals(everything(one), everything(search(d, true, 2, 3, 90_000)));
        Statistics.label("stopped by the memory budget")
                .coverage(c -> c.check(true).percentage(p -> p >= 5));
    }
}
