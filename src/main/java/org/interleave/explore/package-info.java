/**
 * Schedules and search: replay, seeded random walks, PCT, round-robin, timed runs, and the
 * exhaustive explorer that decides a verdict.
 *
 * <p>A {@link org.interleave.explore.Strategy} picks one enabled choice per step;
 * {@link org.interleave.explore.Runner} runs one execution with it. The
 * {@link org.interleave.explore.Explorer} is a stateful breadth-first search over canonical
 * state keys: each distinct state is expanded once, and breadth-first order makes the first
 * schedule found for each problem a shortest one. After the search a backward pass over the
 * state graph finds liveness problems no finite run shows: a main that can never return
 * (hang) and, after main returned, goroutines that can never finish (leaks that loop). Fairness
 * is assumed, as Go's scheduler is preemptive: a cycle that could be left is not a hang.
 *
 * <h2>Why a stateful search, and which reductions</h2>
 * Measured with {@code bench} on a 2-core machine (median of three runs): a worker pool of 5
 * workers and 10 jobs has more than 650,000 distinct states when every goroutine instance keeps
 * its identity and every local its value (plain search ran out of its 1 GiB key budget after
 * 21 s); two reductions of the state key bring it to 3,389 states:
 * <ul>
 *   <li><b>symmetry</b> — instances of one template that differ only in which is which share a
 *       key (their encodings are sorted, and goroutine indexes inside locks are relabelled);
 *       a counter incremented by 8 goroutines drops from 83,657 states to 529. For this to be
 *       exact the engine itself must not tell twins apart: a receive or send that could pair
 *       with several waiting goroutines pairs with the first in canonical order, not the
 *       lowest-numbered (it did once, and a merged state then lost its twin image's futures —
 *       a deadlock came out 21 steps deep instead of 12);</li>
 *   <li><b>dead locals</b> — {@code LiveLocals} leaves out of a key every local that will not be
 *       read again, so a worker back at the head of its {@code range} forgets its last job;</li>
 *   <li><b>partial-order reduction</b> — where neither applies, as with dining philosophers
 *       with 7 ordered forks (seven distinct templates, 179,400 states), most interleavings differ
 *       only in the order of steps that commute. {@code Machine.persistentActors()} finds a few
 *       goroutines whose next steps nothing the others may still do (by a static over-approximation
 *       of what each goroutine, and every goroutine it may start, can still touch) can interfere
 *       with before one of them moves — a stubborn set closed under "may interfere" — and the
 *       search expands only their choices. A breadth-first cycle proviso keeps it sound: when a
 *       reduced successor is no deeper than the state (the only way to close a cycle), or a step
 *       ends the program or returns from main, every choice is expanded. Philosophers 7 drop
 *       to 1,196 states, the counter of 8 to 53; worker pools and pipelines, whose goroutines
 *       all meet on the same channels, keep almost all their states (pool 5x10: 3,064).</li>
 * </ul>
 * Measured on the 2-core machine, idle, whole {@code java -jar interleave.jar check} process
 * (three runs; a trivial level takes 0.38-0.43 s): worker pool 5x10 0.66-0.71 s (was 0.82-0.86),
 * counter of 8 0.40-0.45 s (was 0.55-0.58), philosophers 7 0.46-0.52 s (was 3.4-3.6 s);
 * in-process medians ({@code bench}) 145 ms, 1 ms and 5 ms (were 165, 18 and 1,725 ms).
 *
 * <p>All three keep the search exact. Deadlocks and stuck states are reached with the same steps
 * in another order, so at the same depth; panics and asserts are steps, which a persistent set
 * only postpones; races are checked on the full set of enabled goroutines of every visited
 * state, which still contains every pair of conflicting accesses that can meet (an access to a
 * shared var interferes with every other goroutine that may touch it, so it is never postponed
 * past one). Liveness (hang, looping leaks) is decided on the reduced graph: a state that can
 * reach main's return, a stuck state or the end of every goroutine in the full graph can in
 * the reduced one. What partial-order reduction can change is which of several shortest
 * schedules is found, or make one longer by a detour: so when it finds problems, a second
 * search without it, cut at the longest schedule found (whole when a hang or leak was found),
 * gives each problem its shortest schedule with breadth-first search's tie-break (fewest
 * preemptions) — problems are rare and small, proofs of correctness are not. jqwik properties
 * ({@code ReductionProperties}) check on random designs that every reduction reports the same
 * problems as plain search, and with the follow-up search the very same schedules.
 *
 * <p>A constant factor: the search steps machines quietly ({@code Machine.stepQuietly}: no step
 * records, no effect texts, whose string building was a good part of a cold run's time). Taking
 * only one of several interchangeable twins' identical choices was tried and dropped: twins that
 * encode alike may still differ in what the race detector remembers of them (who wrote a var
 * last, their vector clocks), and a jqwik property found a read-write race it then missed.
 *
 * <p>A stateless DPOR explores each Mazurkiewicz trace once but cannot share the many states
 * that worker pools reach by different traces, and it has no state graph on which to decide
 * liveness (a main that can never return, a goroutine that loops forever), which this search
 * gets from one backward pass.
 *
 * <p>{@link org.interleave.explore.Checker} replays every finding to confirm it before reporting
 * it, and decides the verdict: the first kind the goal forbids (race, panic, deadlock, assert,
 * leak, hang, output), else {@code cleared} when the search was complete, else
 * {@code inconclusive} with the reason it stopped. Budgets live in one record,
 * {@link org.interleave.explore.SearchBudget}; cancellation and progress are passed in.
 */
package org.interleave.explore;
