package org.interleave.explore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interleave.engine.Blocking;
import org.interleave.engine.Blocking.MainInHang;
import org.interleave.engine.Choice;
import org.interleave.engine.Fault;
import org.interleave.engine.GoroutineStatus;
import org.interleave.engine.Kind;
import org.interleave.engine.Machine;
import org.interleave.engine.StateWriter.StateKey;
import org.interleave.engine.model.Op;

/**
 * How main fails to return from a state of a hang, and who runs on for ever there (DESIGN §5),
 * found by a plain search of that state's future in which goroutines keep their identity. A
 * goroutine loops when it takes a step on a cycle of that future (it can run for ever); main is
 * blocked for good when it never moves again. A goroutine that can only finish, or only block,
 * is never named. When the future is too large to search, what the code proves is said instead.
 */
final class HangShape {
    /**
     * States the search of the hang's future may visit. The search keeps goroutines' identity
     * (no symmetry), so it grows fast with instances; beyond this bound what the code proves is
     * said instead. 20,000 cost a 631-state check 2 s of CPU and 200 MB more (session-20 review).
     */
    private static final int STATES = 4_000;

    private final Machine start;
    /** The polling select main stands at (it has a default), or null. */
    private final Op.Select polled;
    private final IntList from = new IntList();
    private final IntList to = new IntList();
    /** The goroutines each edge moves: its actor, and its hand-off partner (or -1). */
    private final IntList actor = new IntList();
    private final IntList partner = new IntList();
    /** Edges where main takes default at the polled select. */
    private final IntList polls = new IntList();
    /** The most goroutines a state has; the spinning goroutines of each state that has some. */
    private int goroutines;
    /** Each goroutine's name, taken from the first state that has it (some are spawned later). */
    private final List<String> names = new ArrayList<>();
    private final Map<Integer, int[]> spinning = new HashMap<>();
    private boolean mainTookACase;
    private int states;

    private HangShape(Machine start) {
        this.start = start;
        this.polled = start.pendingOp(0) instanceof Op.Select s && s.otherwise() != null ? s : null;
    }

    /** The hang of state start, explained. */
    static Fault explain(Machine start) {
        HangShape h = new HangShape(start);
        if (!h.search()) {
            Blocking b = new Blocking(start);
            return b.provenStuck().stream().filter(f -> f.kind() == Kind.HANG).findFirst()
                    .orElseGet(() -> b.hang(MainInHang.UNKNOWN, List.of()));
        }
        int[] comp = h.components();
        int comps = 0;
        for (int c : comp) {
            comps = Math.max(comps, c + 1);
        }
        // Random scheduling ends, almost surely, in a bottom component (one nothing leaves) and
        // takes each of its steps again and again: who moves there runs on for ever.
        boolean[] left = new boolean[comps];
        for (int e = 0; e < h.from.size(); e++) {
            left[comp[h.from.get(e)]] |= comp[h.from.get(e)] != comp[h.to.get(e)];
        }
        int goroutines = h.goroutines;
        boolean[][] moves = new boolean[comps][];
        boolean[] polls = new boolean[comps];
        for (int c = 0; c < comps; c++) {
            moves[c] = left[c] ? null : new boolean[goroutines];
        }
        boolean mainMoves = false;
        for (int e = 0; e < h.from.size(); e++) {
            int c = comp[h.from.get(e)];
            mainMoves |= h.actor.get(e) == 0 || h.partner.get(e) == 0;
            if (moves[c] != null && c == comp[h.to.get(e)]) {
                for (int g : new int[] {h.actor.get(e), h.partner.get(e)}) {
                    if (g >= 0) {
                        moves[c][g] = true;
                    }
                }
            }
        }
        for (int i = 0; i < h.polls.size(); i++) {
            int e = h.polls.get(i);
            polls[comp[h.from.get(e)]] |= comp[h.from.get(e)] == comp[h.to.get(e)];
        }
        for (int s = 0; s < h.states; s++) {
            for (int g : h.spinning.getOrDefault(s, NONE)) {
                if (moves[comp[s]] != null) {
                    moves[comp[s]][g] = true;
                }
            }
        }
        boolean[] always = new boolean[goroutines];
        java.util.Arrays.fill(always, true);
        boolean mainSometimes = false;
        boolean pollsAlways = true;
        for (int c = 0; c < comps; c++) {
            if (moves[c] != null) {
                for (int g = 0; g < goroutines; g++) {
                    always[g] &= moves[c][g];
                }
                mainSometimes |= moves[c][0];
                pollsAlways &= polls[c];
            }
        }
        List<String> loopers = new ArrayList<>();
        for (int g = 1; g < goroutines; g++) {
            if (always[g]) {
                loopers.add(h.names.get(g));
            }
        }
        MainInHang how;
        if (always[0]) {
            how = pollsAlways && !h.mainTookACase ? MainInHang.POLLS : MainInHang.LOOPS;
        } else if (mainSometimes) {
            how = MainInHang.LOOPS_OR_STUCK;
        } else if (!mainMoves && start.options(0).isEmpty()) {
            how = MainInHang.BLOCKED;
        } else {
            how = MainInHang.GETS_STUCK;
        }
        return new Blocking(start).hang(how, loopers);
    }

    private static final int[] NONE = new int[0];

    /** Breadth-first search of start's future, keeping its edges. False when it is too large. */
    private boolean search() {
        Map<StateKey, Integer> ids = new HashMap<>();
        ArrayDeque<Machine> queue = new ArrayDeque<>();
        ids.put(start.key(false), 0);
        queue.add(start);
        int at = 0;
        while (!queue.isEmpty()) {
            if (ids.size() > STATES) {
                return false;
            }
            Machine m = queue.poll();
            IntList spun = new IntList();
            goroutines = Math.max(goroutines, m.goroutineCount());
            for (int g = names.size(); g < m.goroutineCount(); g++) {
                names.add(m.goroutineName(g));
            }
            for (int g = 0; g < m.goroutineCount(); g++) {
                if (m.status(g) == GoroutineStatus.SPINNING) {
                    spun.add(g);
                }
            }
            if (spun.size() > 0) {
                int[] gs = new int[spun.size()];
                for (int i = 0; i < gs.length; i++) {
                    gs[i] = spun.get(i);
                }
                spinning.put(at, gs);
            }
            if (!m.crashed() && m.limitError() == null && !m.mainReturned()) {
                for (Choice c : m.enabled()) {
                    Machine next = m.copy();
                    next.stepQuietly(c);
                    next.drainFaults();
                    StateKey key = next.key(false);
                    Integer id = ids.get(key);
                    if (id == null) {
                        id = ids.size();
                        ids.put(key, id);
                        queue.add(next);
                    }
                    edge(m, at, id, c);
                }
            }
            at++;
        }
        states = ids.size();
        return true;
    }

    private void edge(Machine m, int s, int t, Choice c) {
        boolean atPolled = polled != null && m.pendingOp(0) == polled;
        if (atPolled && c.actor() == 0 && c.branch() == Choice.DEFAULT) {
            polls.add(from.size());
        } else if (atPolled && (c.actor() == 0 || c.partner() == 0)) {
            mainTookACase = true;
        }
        from.add(s);
        to.add(t);
        actor.add(c.isTimer() ? -1 : c.actor());
        // an RUnlock's >reader names a reader it counts, which does not move (RwMutexSteps)
        partner.add(!c.isTimer() && m.pendingOp(c.actor()) instanceof Op.RUnlock ? -1 : c.partner());
    }

    /** Each state's strongly connected component (Kosaraju, without recursion). */
    private int[] components() {
        int[][] fwd = adjacency(from, to);
        int[][] back = adjacency(to, from);
        int[] order = new int[states];
        int n = 0;
        boolean[] seen = new boolean[states];
        int[] next = new int[states];
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        for (int r = 0; r < states; r++) {
            if (seen[r]) {
                continue;
            }
            seen[r] = true;
            stack.push(r);
            while (!stack.isEmpty()) {
                int v = stack.peek();
                if (next[v] < fwd[v].length) {
                    int w = fwd[v][next[v]++];
                    if (!seen[w]) {
                        seen[w] = true;
                        stack.push(w);
                    }
                } else {
                    order[n++] = stack.pop();
                }
            }
        }
        int[] comp = new int[states];
        java.util.Arrays.fill(comp, -1);
        int c = 0;
        for (int i = states - 1; i >= 0; i--) {
            int r = order[i];
            if (comp[r] >= 0) {
                continue;
            }
            comp[r] = c;
            stack.push(r);
            while (!stack.isEmpty()) {
                int v = stack.pop();
                for (int w : back[v]) {
                    if (comp[w] < 0) {
                        comp[w] = c;
                        stack.push(w);
                    }
                }
            }
            c++;
        }
        return comp;
    }

    private int[][] adjacency(IntList a, IntList b) {
        int[] count = new int[states];
        for (int e = 0; e < a.size(); e++) {
            count[a.get(e)]++;
        }
        int[][] out = new int[states][];
        for (int v = 0; v < states; v++) {
            out[v] = new int[count[v]];
            count[v] = 0;
        }
        for (int e = 0; e < a.size(); e++) {
            out[a.get(e)][count[a.get(e)]++] = b.get(e);
        }
        return out;
    }
}
