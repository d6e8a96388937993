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
 * 21 s); two reductions of the state key bring it to 3,389 states, checked in about 150 ms:
 * <ul>
 *   <li><b>symmetry</b> — instances of one template that differ only in which is which share a
 *       key (their encodings are sorted, and goroutine indexes inside locks are relabelled);
 *       a counter incremented by 8 goroutines drops from 83,657 states to 529;</li>
 *   <li><b>dead locals</b> — {@code Liveness} leaves out of a key every local that will not be
 *       read again, so a worker back at the head of its {@code range} forgets its last job.</li>
 * </ul>
 * Both keep the search exact: merged states have the same futures up to renaming, and a
 * jqwik property checks that reduced and plain search report the same problems with equally
 * short schedules. A stateless DPOR explores each Mazurkiewicz trace once but cannot share the
 * many states that worker pools reach by different traces, and it has no state graph on which
 * to decide liveness (a main that can never return, a goroutine that loops forever), which this
 * search gets from one backward pass. Where neither reduction applies — dining philosophers with
 * 7 ordered forks, 179,400 states in about 2 s — a partial-order reduction of the stateful search
 * (persistent sets with a cycle proviso) is the next step.
 *
 * <p>{@link org.interleave.explore.Checker} replays every finding to confirm it before reporting
 * it, and decides the verdict: the first kind the goal forbids (race, panic, deadlock, assert,
 * leak, hang, output), else {@code cleared} when the search was complete, else
 * {@code inconclusive} with the reason it stopped. Budgets live in one record,
 * {@link org.interleave.explore.SearchBudget}; cancellation and progress are passed in.
 */
package org.interleave.explore;
