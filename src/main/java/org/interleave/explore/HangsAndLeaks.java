package org.interleave.explore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.interleave.engine.Blocking;
import org.interleave.engine.Choice;
import org.interleave.engine.GoroutineStatus;
import org.interleave.engine.Machine;
import org.interleave.engine.StateWriter.StateKey;

/**
 * Hangs and looping leaks (DESIGN §4), decided on the whole explored state graph: a hang where
 * main can never return however the choices fall, a leak where, after main returned, some
 * goroutines can never finish. Only the exhaustive search, once complete, asks this.
 */
final class HangsAndLeaks {
    private final Explorer x;

    HangsAndLeaks(Explorer x) {
        this.x = x;
    }

    /** Reports a hang, or the leaks of goroutines that loop, found in the explored state graph. */
    void find() {
        int n = x.index.size();
        Predecessors preds = predecessors(n);
        // Hang: main has not returned and cannot return, crash, or get stuck, whatever happens.
        boolean[] good = new boolean[n];
        ArrayDeque<Integer> work = new ArrayDeque<>();
        for (int s = 0; s < n; s++) {
            byte f = x.flags.get(s);
            if ((f & (Explorer.MAIN_RETURNED | Explorer.TERMINAL | Explorer.QUIESCENT | Explorer.UNEXPANDED)) != 0 || !x.expanded(s)) {
                good[s] = true;
                work.add(s);
            }
        }
        propagate(good, work, preds);
        x.startDoomed = n > 0 && !good[0];
        // Report the shallowest state where main cannot return and is itself blocked (that says
        // what it waits for); failing that, the shallowest state where main cannot return.
        int hangAt = -1;
        int scanned = 0;
        for (int s = 0; s < n && scanned < 2000; s++) {
            if (!good[s]) {
                scanned++;
                if (hangAt < 0) {
                    hangAt = s;
                }
                if (x.rebuild(s).options(0).isEmpty()) {
                    hangAt = s;
                    break;
                }
            }
        }
        if (hangAt >= 0) {
            // Who loops, and whether main is blocked for good or loops itself, from its future.
            x.report(HangShape.explain(x.rebuild(hangAt)).toFinding(x.pathTo(hangAt)), x.preemptions.get(hangAt));
        }
        // Leaks that loop: after main returned, a state from which the remaining goroutines can
        // never all finish, without ever getting stuck (a stuck state reports its own leaks).
        // This looks at states, not at goroutine names, so it stays exact under the symmetry
        // reduction of state keys.
        boolean[] fine = new boolean[n];
        work.clear();
        boolean anyReturned = false;
        for (int s = 0; s < n; s++) {
            byte f = x.flags.get(s);
            anyReturned |= (f & Explorer.MAIN_RETURNED) != 0;
            if ((f & (Explorer.TERMINAL | Explorer.QUIESCENT | Explorer.UNEXPANDED | Explorer.ALL_DONE)) != 0
                    || !x.expanded(s)) {
                fine[s] = true;
                work.add(s);
            }
        }
        if (!anyReturned) {
            return;
        }
        propagate(fine, work, preds);
        // A leak names only the goroutines that can never finish from its state (DESIGN §4). In
        // a state where the others cannot all finish, each one may still be able to (two waiters
        // for one value), so look on, in breadth-first order, for a state where some cannot.
        int first = -1;
        int tried = 0;
        for (int s = 0; s < n && tried < LEAK_STATES; s++) {
            if (fine[s] || (x.flags.get(s) & Explorer.MAIN_RETURNED) == 0) {
                continue;
            }
            tried++;
            if (first < 0) {
                first = s;
            }
            Machine m = x.rebuild(s);
            boolean[] mayFinish = mayFinish(m);
            if (mayFinish == null) {
                continue;
            }
            List<Integer> never = new ArrayList<>();
            for (int g = 1; g < m.goroutineCount(); g++) {
                if (m.status(g) != GoroutineStatus.DONE && !mayFinish[g]) {
                    never.add(g);
                }
            }
            if (!never.isEmpty()) {
                reportLeaks(m, never, s);
                return;
            }
        }
        if (first >= 0) {
            // Too large to tell who can still finish: name every goroutine still running.
            Machine m = x.rebuild(first);
            List<Integer> running = new ArrayList<>();
            for (int g = 1; g < m.goroutineCount(); g++) {
                if (m.status(g) != GoroutineStatus.DONE) {
                    running.add(g);
                }
            }
            reportLeaks(m, running, first);
        }
    }

    /** States after main returned that the leak report looks at, at most. */
    private static final int LEAK_STATES = 200;
    /** States one "who can still finish" search may visit. */
    private static final int FINISH_SEARCH_STATES = 20_000;

    private void reportLeaks(Machine m, List<Integer> goroutines, int s) {
        Blocking b = new Blocking(m);
        for (int g : goroutines) {
            boolean loops = !m.options(g).isEmpty() || m.status(g) == GoroutineStatus.SPINNING;
            x.report(b.leak(g, loops).toFinding(x.pathTo(s)), x.preemptions.get(s));
        }
    }

    /**
     * For each goroutine of m, whether some execution from m finishes it: a plain breadth-first
     * search (goroutines keep their identity). Null when the search is too large to tell.
     */
    private static boolean[] mayFinish(Machine start) {
        boolean[] out = new boolean[start.goroutineCount()];
        java.util.Set<StateKey> seen = new java.util.HashSet<>();
        ArrayDeque<Machine> queue = new ArrayDeque<>();
        seen.add(start.key(false));
        queue.add(start);
        while (!queue.isEmpty()) {
            if (seen.size() > FINISH_SEARCH_STATES) {
                return null;
            }
            Machine m = queue.poll();
            for (int g = 0; g < out.length; g++) {
                out[g] |= m.status(g) == GoroutineStatus.DONE;
            }
            for (Choice c : m.enabled()) {
                Machine next = m.copy();
                next.stepQuietly(c);
                next.drainFaults();
                if (seen.add(next.key(false))) {
                    queue.add(next);
                }
            }
        }
        return out;
    }

    /**
     * Each state's predecessors, in two flat arrays instead of an array per state: state t's are
     * {@code of[from[t] .. from[t + 1])}, in the order of the states they come from.
     */
    private record Predecessors(int[] from, int[] of) {}

    private Predecessors predecessors(int n) {
        int[] from = new int[n + 1];
        for (int s = 0; s < n; s++) {
            for (int t : x.successors.of(s)) {
                from[t + 1]++;
            }
        }
        for (int t = 0; t < n; t++) {
            from[t + 1] += from[t];
        }
        int[] of = new int[from[n]];
        int[] at = Arrays.copyOf(from, n);
        for (int s = 0; s < n; s++) {
            for (int t : x.successors.of(s)) {
                of[at[t]++] = s;
            }
        }
        return new Predecessors(from, of);
    }

    private static void propagate(boolean[] good, ArrayDeque<Integer> work, Predecessors preds) {
        while (!work.isEmpty()) {
            int t = work.poll();
            for (int i = preds.from[t]; i < preds.from[t + 1]; i++) {
                int p = preds.of[i];
                if (!good[p]) {
                    good[p] = true;
                    work.add(p);
                }
            }
        }
    }
}
