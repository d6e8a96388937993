package org.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.interleave.FixedSeeds;
import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.interleave.engine.Limits;
import org.interleave.engine.Machine;
import org.interleave.engine.Program;
import org.interleave.engine.RandomDesigns;
import org.interleave.engine.Schedule;
import org.interleave.engine.Timing;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Goal;

/**
 * The reduced search finds exactly what plain search finds. The properties draw the same designs
 * (one seed for the class, the same tries) and each search of a design is made once: they hold it
 * to their three claims.
 */
@FixedSeeds.OnePerClass
class ReductionProperties {
    static final Goal GOAL = Goal.defaults(Goal.Mode.BUILD);
    static final SearchBudget BUDGET = SearchBudget.DEFAULT.withMaxSteps(80).withMaxStates(30_000);
    static final int TRIES = 250;

    /** The searches made of each design, by design and kind; deterministic, and kept while the class runs. */
    private static final Map<List<Object>, SearchResult> SEARCHED = new ConcurrentHashMap<>();

    @AfterContainer
    static void forgetTheSearches() {
        SEARCHED.clear();
    }

    /** {@link #search(Design, boolean, boolean)}, made once per design. */
    private static SearchResult searched(Design d, boolean symmetry, boolean partialOrder) {
        return SEARCHED.computeIfAbsent(List.of(d, symmetry, partialOrder), k -> search(d, symmetry, partialOrder));
    }

    @Provide
    Arbitrary<Design> designs() {
        return RandomDesigns.designs();
    }

    /** A search with or without the state-key reductions (symmetry, dead locals), without partial-order reduction. */
    static SearchResult search(Design d, boolean symmetry) {
        return search(d, symmetry, false);
    }

    /** A search with the state-key reductions ({@code symmetry}) and the partial-order reduction on or off. */
    static SearchResult search(Design d, boolean symmetry, boolean partialOrder) {
        SearchBudget b = new SearchBudget(BUDGET.maxSteps(), BUDGET.maxStates(), BUDGET.maxExecutions(),
                BUDGET.maxMemoryBytes(), BUDGET.keptMachines(), new Limits(100, 2_000), symmetry);
        Machine start = new Machine(new Program(d), Timing.VERIFY, b.limits());
        start.drainFaults();
        return new Explorer(GOAL, b, () -> false, Explorer.Progress.NONE).partialOrder(partialOrder)
                .explore(start, Schedule.EMPTY);
    }

    /** Safety findings by kind and place; liveness findings by kind (their place is where the search first saw them). */
    static Set<String> problems(SearchResult r) {
        Set<String> out = new TreeSet<>();
        for (Finding f : r.findings()) {
            out.add(f.kind() == Kind.LEAK || f.kind() == Kind.HANG ? f.kind().json() : f.key());
        }
        return out;
    }

    @Property(tries = TRIES)
    void symmetryReduction_findsTheSameProblemsAsPlainSearch(@ForAll("designs") Design d) {
        SearchResult plain = searched(d, false, false);
        SearchResult reduced = searched(d, true, false);
        Assume.that(plain.complete() && reduced.complete());
        assertEquals(problems(plain), problems(reduced));
        assertEquals(true, reduced.states() <= plain.states());
        assertEquals(shortest(plain), shortest(reduced), "breadth-first search keeps counterexamples shortest");
    }

    @Property(tries = TRIES)
    void partialOrderReduction_findsTheSameProblemsAsPlainSearch_asShortAndAsSimple(@ForAll("designs") Design d) {
        SearchResult plain = searched(d, false, false);
        SearchResult reduced = searched(d, true, true);
        Assume.that(plain.complete() && reduced.complete());
        assertEquals(problems(plain), problems(reduced));
        assertEquals(shortest(plain), shortest(reduced), "the follow-up search restores the shortest schedules");
        assertEquals(preemptions(searched(d, true, false)), preemptions(reduced),
                "and among those the same as breadth-first search without it");
    }

    @Property(tries = TRIES)
    void partialOrderReduction_withoutTheFollowUpSearch_findsTheSameProblems(@ForAll("designs") Design d) {
        SearchResult keys = searched(d, true, false);
        SearchBudget b = new SearchBudget(BUDGET.maxSteps(), BUDGET.maxStates(), BUDGET.maxExecutions(),
                BUDGET.maxMemoryBytes(), BUDGET.keptMachines(), new Limits(100, 2_000), true);
        Machine start = new Machine(new Program(d), Timing.VERIFY, b.limits());
        start.drainFaults();
        Explorer alone = new Explorer(GOAL, b, () -> false, Explorer.Progress.NONE);
        alone.followUp = false;
        SearchResult reduced = alone.explore(start, Schedule.EMPTY);
        Assume.that(keys.complete() && reduced.complete());
        assertEquals(problems(keys), problems(reduced));
        assertEquals(true, reduced.states() <= keys.states(), "the reduced graph is a part of the full one");
    }

    /** Each safety finding's schedule, by kind and place. */
    static java.util.Map<String, String> preemptions(SearchResult r) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        for (Finding f : r.findings()) {
            if (f.kind() != Kind.LEAK && f.kind() != Kind.HANG) {
                out.put(f.key(), f.schedule().toString());
            }
        }
        return out;
    }

    /**
     * The length of each safety finding's schedule (deadlocks included), by kind and place. A
     * deadlock once came out 21 steps deep with the reductions and 12 without (jqwik seed
     * 3247988274373000678): a receive paired with the lowest-numbered of several waiting twins,
     * which the symmetry reduction cannot see; see {@link PartnerSymmetryTest}.
     */
    static java.util.Map<String, Integer> shortest(SearchResult r) {
        java.util.Map<String, Integer> out = new java.util.TreeMap<>();
        for (Finding f : r.findings()) {
            if (f.kind() != Kind.LEAK && f.kind() != Kind.HANG) {
                out.put(f.key(), f.schedule().length());
            }
        }
        return out;
    }
}
