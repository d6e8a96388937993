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
 * <p>{@link org.interleave.explore.Checker} replays every finding to confirm it before reporting
 * it, and decides the verdict: the first kind the goal forbids (race, panic, deadlock, assert,
 * leak, hang, output), else {@code cleared} when the search was complete, else
 * {@code inconclusive} with the reason it stopped. Budgets live in one record,
 * {@link org.interleave.explore.SearchBudget}; cancellation and progress are passed in.
 */
package org.interleave.explore;
