package org.interleave.explore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.interleave.engine.Machine;

/**
 * The explorer's search loop: takes the frontier a batch at a time (states of one depth), works
 * out each state's expansion, on a thread pool when there are several threads, and applies the
 * expansions to the search one by one in breadth-first order, so the result is that of one thread.
 * Between two expansions it checks the stop conditions: cancel, the state and memory budgets.
 */
final class DepthBatches {
    /** States expanded together at most (all of one depth). */
    private static final int BATCH = 256;

    private final Explorer e;
    private final int threads;
    private final ThreadFactory threadFactory;

    DepthBatches(Explorer e, int threads, ThreadFactory threadFactory) {
        this.e = e;
        this.threads = threads;
        this.threadFactory = threadFactory;
    }

    /** Expands the states in {@code queue} (and those they reach) until none is left or the search stops. */
    void search(ArrayDeque<Integer> queue, Map<Integer, Machine> kept) {
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, threadFactory) : null;
        try {
            search(queue, kept, pool);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private void search(ArrayDeque<Integer> queue, Map<Integer, Machine> kept, ExecutorService pool) {
        long sinceReport = 0;
        int[] batch = new int[BATCH];
        Machine[] machines = new Machine[BATCH];
        long[] freed = new long[BATCH];
        SearchBudget budget = e.budget;
        while (!queue.isEmpty()) {
            // The next states of the head's depth: their expansions read only what is final
            // once every shallower state is expanded, so they can be worked out together.
            int n = 0;
            int d = e.depth.get(queue.peek());
            for (int s : queue) {
                if (n == BATCH || e.depth.get(s) != d) {
                    break;
                }
                batch[n++] = s;
            }
            e.pendingKept = 0;
            e.pendingKeptBytes = 0;
            for (int i = 0; i < n; i++) {
                machines[i] = kept.remove(batch[i]);
                // Until merged, the machine is held still: by the expansion.
                freed[i] = machines[i] != null ? e.keptHeap.remove(machines[i]) : -1;
                e.pendingKept += machines[i] != null ? 1 : 0;
                e.pendingKeptBytes += Math.max(0, freed[i]);
            }
            // One thread expands each state just before its merge, so it finds known the states
            // the batch's earlier expansions reached: most of a depth's successors are reached
            // from several states of it, and a state found known needs no machine of its own.
            Expansion[] out = pool == null || n == 1 ? null : expandAll(batch, machines, n, pool);
            for (int i = 0; i < n; i++) {
                if (e.limitHit) {
                    return;
                }
                if (e.cancelled.getAsBoolean()) {
                    e.stop("cancelled");
                    return;
                }
                if (e.index.size() >= budget.maxStates()) {
                    e.stop("state budget of " + budget.maxStates() + " exhausted");
                    return;
                }
                long held = e.heldBytes(true);
                e.peakHeld = Math.max(e.peakHeld, held);
                if (held > budget.maxMemoryBytes()) {
                    e.stop("memory budget of " + (budget.maxMemoryBytes() >> 20) + " MiB exhausted");
                    return;
                }
                queue.poll();
                e.pendingKept -= freed[i] >= 0 ? 1 : 0;
                e.pendingKeptBytes -= Math.max(0, freed[i]);
                Expansion x = out != null ? out[i] : expand(batch[i], machines[i], true);
                machines[i] = null;
                e.merge(x, queue, kept);
                if (++sinceReport >= 256) {
                    sinceReport = 0;
                    e.progress.update(e.index.size(), e.executions, e.transitions);
                }
            }
        }
    }

    /** Works out the expansion of each state of the batch, on the pool. */
    private Expansion[] expandAll(int[] batch, Machine[] machines, int n, ExecutorService pool) {
        Expansion[] out = new Expansion[n];
        List<Callable<Void>> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int k = i;
            tasks.add(() -> {
                out[k] = expand(batch[k], machines[k], false);
                return null;
            });
        }
        try {
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("search interrupted", x);
        } catch (ExecutionException x) {
            if (x.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (x.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(x.getCause());
        }
        return out;
    }

    /**
     * State s's expansion, from its kept machine m or, when none was kept, a machine rebuilt by
     * replay; {@code alone}: while no other expansion runs.
     */
    private Expansion expand(int s, Machine m, boolean alone) {
        return new Expansion(e, s, alone).expand(m != null ? m : e.rebuild(s));
    }
}
