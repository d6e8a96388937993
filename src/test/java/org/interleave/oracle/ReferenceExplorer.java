package org.interleave.oracle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;

/**
 * A naive reference explorer for DESIGN §4, written without the engine's stepping code: a
 * breadth-first search over whole states (no symmetry, no dead locals, no partial orders, vector
 * clocks kept as knowledge sets inside the state), then backward passes over the state graph for
 * the liveness outcomes. Slow and plain on purpose: it is the oracle the product is checked
 * against, so every rule should be readable in one place.
 *
 * <ul>
 *   <li>race, panic, assert: seen on a move; a panic or failed assert ends the program;</li>
 *   <li>deadlock: a state where main has not returned and nothing can move (timers included);</li>
 *   <li>output: checked on every move that returns from main, against what was emitted so far;</li>
 *   <li>hang: a reachable state from which no path reaches main's return, a crash, a stuck state
 *       or a state the search did not expand (fairness: a loop that can be left is not a hang);</li>
 *   <li>leak: a reachable state after main returned with a goroutine that no path from there lets
 *       finish (a crash ends the process and counts as an end; so does an unexpanded state).</li>
 * </ul>
 */
public final class ReferenceExplorer {
    /** Outcome kinds in the order a verdict prefers them (as the product's {@code Kind} orders them). */
    public static final List<String> KINDS = List.of("race", "panic", "deadlock", "assert", "leak", "hang", "output");

    private final long maxStates;

    /** {@code maxStates}: distinct states to visit before giving up (verdict then inconclusive unless something was found). */
    public ReferenceExplorer(long maxStates) {
        this.maxStates = maxStates;
    }

    /** One distinct state: how it was reached and what the liveness passes need. */
    private static final class Node {
        final int parent;
        final String via;
        final int depth;
        int[] successors;
        boolean mainReturned;
        boolean crashed;
        boolean stuck;
        boolean unknown;
        long alive;
        long done;

        Node(int parent, String via, int depth) {
            this.parent = parent;
            this.via = via;
            this.depth = depth;
        }
    }

    public ReferenceResult explore(Level level) {
        try {
            return search(level);
        } catch (ReferenceSteps.TooManyAccesses e) {
            return new ReferenceResult("inconclusive", List.of(), false, 0, e.getMessage(), Map.of(), Map.of());
        }
    }

    private ReferenceResult search(Level level) {
        ReferenceSteps steps = new ReferenceSteps(level.design(), Math.max(1, level.bounds().maxSteps()));
        int maxDepth = Math.max(1, level.bounds().maxSteps());
        Goal goal = level.goal();
        Map<String, String[]> found = new TreeMap<>();
        List<Node> nodes = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        ArrayDeque<Object[]> queue = new ArrayDeque<>();
        boolean complete = true;
        String stop = null;

        ReferenceState start = steps.initial();
        for (ReferenceState.Fault f : start.faults) {
            note(found, f.kind(), f.message(), "");
        }
        start.faults = new ArrayList<>();
        add(start, -1, "", 0, nodes, index, queue);
        while (!queue.isEmpty()) {
            Object[] item = queue.poll();
            int id = (Integer) item[0];
            ReferenceState s = (ReferenceState) item[1];
            Node n = nodes.get(id);
            if (n.crashed) {
                n.successors = new int[0];
                continue;
            }
            if (s.gs.stream().anyMatch(g -> g.status == ReferenceGoroutine.Status.OVER_BUDGET)) {
                n.unknown = true;
                complete = false;
                stop = stop != null ? stop : "a goroutine ran past the invisible-op budget (or the goroutine limit)";
                continue;
            }
            List<ReferenceSteps.Move> moves = steps.moves(s);
            if (moves.isEmpty()) {
                n.stuck = true;
                n.successors = new int[0];
                if (!s.mainReturned) {
                    note(found, "deadlock", "fatal error: all goroutines are asleep - deadlock!", path(nodes, id));
                }
                continue;
            }
            if (n.depth >= maxDepth) {
                n.unknown = true;
                complete = false;
                stop = stop != null ? stop : "an execution reached the step bound of " + maxDepth;
                continue;
            }
            if (nodes.size() >= maxStates) {
                n.unknown = true;
                complete = false;
                stop = stop != null ? stop : "the state cap of " + maxStates + " was reached";
                continue;
            }
            int[] succ = new int[moves.size()];
            for (int i = 0; i < moves.size(); i++) {
                ReferenceSteps.Move m = moves.get(i);
                String token = steps.token(s, m);
                ReferenceState t = steps.apply(s, m);
                String p = null;
                for (ReferenceState.Fault f : t.faults) {
                    p = p != null ? p : path(nodes, id) + token;
                    note(found, f.kind(), f.message(), p);
                }
                if (!s.mainReturned && t.mainReturned && goal.output() != null) {
                    String bad = ReferenceOutput.check(goal.output(), t);
                    if (bad != null) {
                        note(found, "output", bad, path(nodes, id) + token);
                    }
                }
                t.faults = new ArrayList<>();
                succ[i] = add(t, id, token, n.depth + 1, nodes, index, queue);
            }
            n.successors = succ;
        }
        liveness(nodes, found);
        List<String> kinds = new ArrayList<>();
        for (String k : KINDS) {
            if (found.containsKey(k)) {
                kinds.add(k);
            }
        }
        Map<String, String> schedules = new TreeMap<>();
        Map<String, String> messages = new TreeMap<>();
        found.forEach((k, v) -> {
            messages.put(k, v[0]);
            schedules.put(k, v[1]);
        });
        return new ReferenceResult(verdict(level, kinds, complete), kinds, complete, nodes.size(), stop, messages,
                schedules);
    }

    private static int add(ReferenceState t, int parent, String via, int depth, List<Node> nodes,
                           Map<String, Integer> index, ArrayDeque<Object[]> queue) {
        String key = t.key();
        Integer known = index.get(key);
        if (known != null) {
            return known;
        }
        int id = nodes.size();
        Node n = new Node(parent, via, depth);
        n.mainReturned = t.mainReturned;
        n.crashed = t.crashed;
        for (ReferenceGoroutine g : t.gs) {
            if (g.alive()) {
                n.alive |= 1L << g.index;
            } else {
                n.done |= 1L << g.index;
            }
        }
        nodes.add(n);
        index.put(key, id);
        queue.add(new Object[] {id, t});
        return id;
    }

    /** The first (so shortest) witness of each kind: its message and schedule. */
    private static void note(Map<String, String[]> found, String kind, String message, String schedule) {
        found.putIfAbsent(kind, new String[] {message, schedule.strip()});
    }

    private static String path(List<Node> nodes, int id) {
        ArrayDeque<String> rev = new ArrayDeque<>();
        for (int x = id; nodes.get(x).parent >= 0; x = nodes.get(x).parent) {
            rev.push(nodes.get(x).via);
        }
        StringBuilder b = new StringBuilder();
        for (String t : rev) {
            b.append(t).append(' ');
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ liveness

    private static void liveness(List<Node> nodes, Map<String, String[]> found) {
        int n = nodes.size();
        List<List<Integer>> preds = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            preds.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            int[] succ = nodes.get(i).successors;
            if (succ != null) {
                for (int j : succ) {
                    preds.get(j).add(i);
                }
            }
        }
        // hang: main cannot return, and the run can never end or get stuck either
        boolean[] canEnd = backward(nodes, preds, x -> x.mainReturned || x.crashed || x.stuck || x.unknown
                || x.successors == null);
        for (int i = 0; i < n; i++) {
            if (!canEnd[i]) {
                note(found, "hang", "main cannot return", path(nodes, i));
                break;
            }
        }
        // leak: after main returned, a goroutine that can never finish from there
        for (int g = 1; g < 64; g++) {
            long bit = 1L << g;
            if (nodes.stream().noneMatch(x -> (x.alive & bit) != 0 && x.mainReturned)) {
                continue;
            }
            boolean[] canFinish = backward(nodes, preds, x -> (x.done & bit) != 0 || x.crashed || x.unknown
                    || x.successors == null);
            for (int i = 0; i < n; i++) {
                Node x = nodes.get(i);
                if (x.mainReturned && (x.alive & bit) != 0 && !canFinish[i]) {
                    note(found, "leak", "goroutine leak: goroutine " + g + " can never finish", path(nodes, i));
                    break;
                }
            }
        }
    }

    private static boolean[] backward(List<Node> nodes, List<List<Integer>> preds,
                                      java.util.function.Predicate<Node> target) {
        boolean[] reach = new boolean[nodes.size()];
        ArrayDeque<Integer> work = new ArrayDeque<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (target.test(nodes.get(i))) {
                reach[i] = true;
                work.add(i);
            }
        }
        while (!work.isEmpty()) {
            int t = work.poll();
            for (int p : preds.get(t)) {
                if (!reach[p]) {
                    reach[p] = true;
                    work.add(p);
                }
            }
        }
        return reach;
    }

    // ------------------------------------------------------------------ verdict

    /**
     * The verdict as DESIGN §5 decides it: the first kind found that the goal forbids (on a
     * {@code break} level the kind it asks to reach, else the first found), else cleared when the
     * search was exhaustive, else inconclusive.
     */
    static String verdict(Level level, List<String> kinds, boolean complete) {
        Goal goal = level.goal();
        if (level.mode() == Goal.Mode.BREAK) {
            if (goal.reach() != null && kinds.contains(goal.reach())) {
                return goal.reach();
            }
            if (!kinds.isEmpty()) {
                return kinds.get(0);
            }
        } else {
            for (String k : kinds) {
                if (forbidden(goal, k)) {
                    return k;
                }
            }
        }
        return complete ? "cleared" : "inconclusive";
    }

    /** Which goal flag forbids a kind (a hang is a way of not terminating, like a deadlock). */
    static boolean forbidden(Goal goal, String kind) {
        return switch (kind) {
            case "race" -> goal.noRace();
            case "deadlock", "hang" -> goal.noDeadlock();
            case "leak" -> goal.noLeak();
            case "panic" -> goal.noPanic();
            case "assert" -> true;
            case "output" -> goal.output() != null;
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
