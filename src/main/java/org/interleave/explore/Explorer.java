package org.interleave.explore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.interleave.engine.Blocking;
import org.interleave.engine.Choice;
import org.interleave.engine.Fault;
import org.interleave.engine.Finding;
import org.interleave.engine.GoroutineStatus;
import org.interleave.engine.Machine;
import org.interleave.engine.Schedule;
import org.interleave.engine.StateWriter.StateKey;
import org.interleave.engine.model.Goal;

/**
 * Exhaustive, stateful breadth-first search over every distinct state of a design: every
 * scheduling choice, every ready select case, every timer firing. States are identified by their
 * canonical key, so each is expanded once; breadth-first order makes the first schedule found for
 * each problem a shortest one. After the search, a backward pass over the state graph finds the
 * liveness problems that no single finite run shows: main that can never return (hang) and
 * goroutines that can never finish after main returned (leaks that loop).
 */
public final class Explorer {
    private final Goal goal;
    private final SearchBudget budget;
    private final BooleanSupplier cancelled;
    private final Progress progress;

    // The state graph, indexed by state number in discovery order.
    // Each state's data lives in flat arrays indexed by state number (a few dozen bytes a
    // state besides its packed key), not in objects of its own.
    private final StateTable index = new StateTable();
    private final IntList parent = new IntList();
    /** The schedule token that led to each state, as a number in {@link #tokens}. */
    private final IntList via = new IntList();
    private final Tokens tokens = new Tokens();
    private final IntList depth = new IntList();
    private final IntList preemptions = new IntList();
    private final IntList lastActor = new IntList();
    private final Map<String, Integer> findingPreemptions = new HashMap<>();
    /** Each expanded state's successors: edges[succFrom[s] .. succFrom[s] + succCount[s]); -1: not expanded. */
    private final IntList succFrom = new IntList();
    private final IntList succCount = new IntList();
    private final IntList edges = new IntList();
    private final ByteList flags = new ByteList();
    private final IntList alive = new IntList();
    /** The most heap the search held (see {@link #heldBytes}), and what its follow-up search held besides. */
    private long peakHeld;
    private long followUpHeld;
    /** Threads that expand states. */
    private int threads = 1;
    /** Machines of the batch being merged that came from {@code kept} and are not merged yet. */
    private int pendingKept;
    /** Heap one kept machine takes, measured on the first one kept. */
    private long machineBytes;

    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private long executions;
    private long transitions;
    private int maxDepth;
    private boolean complete = true;
    private boolean limitHit;
    private String stopReason;
    private Machine root;
    private Schedule prefix;
    /** Partial-order reduction: explore only a persistent set where one is found (on with the other reductions). */
    private boolean partialOrder;
    /** States deeper than this are not expanded (the follow-up search for shortest counterexamples). */
    private int depthCap = Integer.MAX_VALUE;
    private long reducedStates;
    /** Schedules with more preemptions than this are not explored (negative: unbounded). */
    private int preemptionBound = -1;
    /** Whether problems found with the partial-order reduction get the follow-up search (tests turn it off). */
    boolean followUp = true;

    private static final byte MAIN_RETURNED = 1;
    private static final byte TERMINAL = 2;
    private static final byte QUIESCENT = 4;
    private static final byte UNEXPANDED = 8;

    /** Receives progress reports: states found, executions finished, steps taken. */
    public interface Progress {
        Progress NONE = (states, executions, steps) -> { };

        void update(long states, long executions, long steps);
    }

    public Explorer(Goal goal, SearchBudget budget, BooleanSupplier cancelled, Progress progress) {
        this.goal = goal;
        this.budget = budget;
        this.cancelled = cancelled;
        this.progress = progress;
        this.partialOrder = budget.symmetry();
    }

    /**
     * Turns the partial-order reduction on or off (by default it is on when the budget asks for
     * reductions). Without it every enabled choice of every state is explored.
     */
    public Explorer partialOrder(boolean on) {
        this.partialOrder = on;
        return this;
    }

    /**
     * Bounds the search to schedules with at most {@code bound} preemptions (a level's
     * {@code verify.preemptionBound}; negative: unbounded). A bounded search finds real problems
     * but can never clear a design: when it cuts a schedule its result is not exhaustive, and
     * its stop reason states the scope. It explores without the partial-order reduction.
     */
    public Explorer preemptionBound(int bound) {
        this.preemptionBound = bound;
        if (bound >= 0) {
            this.partialOrder = false;
        }
        return this;
    }

    /**
     * Expands states on {@code n} threads (at least 1). The result is the same for any number:
     * states of one depth are expanded together, each on its own, and what each expansion does
     * to the search is then applied in breadth-first order, exactly as one thread would.
     */
    public Explorer threads(int n) {
        this.threads = Math.max(1, n);
        return this;
    }

    /** Explores every state reachable from {@code start}, which {@code prefix} led to. */
    public SearchResult explore(Machine start, Schedule prefix) {
        start.program().warm();
        this.root = start.copy();
        this.prefix = prefix;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        Map<Integer, Machine> kept = new HashMap<>();
        Machine first = start.copy();
        add(first, first.key(budget.symmetry()), -1, null, 0, 0, -1, queue, kept);
        java.util.concurrent.ExecutorService pool = threads > 1
                ? java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
                    Thread t = new Thread(r, "explorer");
                    t.setDaemon(true);
                    return t;
                })
                : null;
        try {
            search(queue, kept, pool);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        for (int s : queue) {
            flags.or(s, UNEXPANDED);
        }
        progress.update(index.size(), executions, transitions);
        if (depthCap == Integer.MAX_VALUE) {
            liveness();
        }
        long states = index.size();
        if (followUp && reducedStates > 0 && !findings.isEmpty() && !limitHit && !cancelled.getAsBoolean()) {
            states += shortestByPlainSearch();
        }
        return new SearchResult(new ArrayList<>(findings.values()), complete, stopReason, states,
                executions, transitions, maxDepth, Math.max(peakHeld, heldBytes(0)) + followUpHeld);
    }

    /** States expanded together at most (all of one depth). */
    private static final int BATCH = 256;

    private void search(ArrayDeque<Integer> queue, Map<Integer, Machine> kept,
                        java.util.concurrent.ExecutorService pool) {
        long sinceReport = 0;
        int[] batch = new int[BATCH];
        Machine[] machines = new Machine[BATCH];
        boolean[] wasKept = new boolean[BATCH];
        while (!queue.isEmpty()) {
            // The next states of the head's depth: their expansions read only what is final
            // once every shallower state is expanded, so they can be worked out together.
            int n = 0;
            int d = depth.get(queue.peek());
            for (int s : queue) {
                if (n == BATCH || depth.get(s) != d) {
                    break;
                }
                batch[n++] = s;
            }
            pendingKept = 0;
            for (int i = 0; i < n; i++) {
                machines[i] = kept.remove(batch[i]);
                wasKept[i] = machines[i] != null;
                pendingKept += wasKept[i] ? 1 : 0;
            }
            Expansion[] out = expandAll(batch, machines, n, pool);
            for (int i = 0; i < n; i++) {
                if (limitHit) {
                    return;
                }
                if (cancelled.getAsBoolean()) {
                    stop("cancelled");
                    return;
                }
                if (index.size() >= budget.maxStates()) {
                    stop("state budget of " + budget.maxStates() + " exhausted");
                    return;
                }
                long held = heldBytes(kept.size() + pendingKept);
                peakHeld = Math.max(peakHeld, held);
                if (held > budget.maxMemoryBytes()) {
                    stop("memory budget of " + (budget.maxMemoryBytes() >> 20) + " MiB exhausted");
                    return;
                }
                queue.poll();
                pendingKept -= wasKept[i] ? 1 : 0;
                machines[i] = null;
                merge(out[i], queue, kept);
                if (++sinceReport >= 256) {
                    sinceReport = 0;
                    progress.update(index.size(), executions, transitions);
                }
            }
        }
    }

    /** Works out the expansion of each state of the batch, on the pool when there is one. */
    private Expansion[] expandAll(int[] batch, Machine[] machines, int n, java.util.concurrent.ExecutorService pool) {
        Expansion[] out = new Expansion[n];
        if (pool == null || n == 1) {
            for (int i = 0; i < n; i++) {
                out[i] = expand(batch[i], machines[i] != null ? machines[i] : rebuild(batch[i]));
            }
            return out;
        }
        List<java.util.concurrent.Callable<Void>> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int k = i;
            tasks.add(() -> {
                out[k] = expand(batch[k], machines[k] != null ? machines[k] : rebuild(batch[k]));
                return null;
            });
        }
        try {
            for (java.util.concurrent.Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("search interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
        return out;
    }

    /**
     * What expanding one state does to the search, in the order it does it: problems found,
     * stop reasons, flags, and the states reached. Worked out without touching the search
     * (so several can be worked out at once) and applied by {@link #merge}.
     */
    private static final class Expansion {
        final int state;
        final List<Object> events = new ArrayList<>();
        long executions;
        long transitions;
        long reduced;
        /** Whether the state's successors are known (false: cut by the step bound). */
        boolean expanded = true;

        Expansion(int state) {
            this.state = state;
        }
    }

    private record Found(Finding finding, int preempted) {}

    private record Stopped(String reason) {}

    private record Flagged(byte bits) {}

    private record Reached(Machine machine, StateKey key, String token, int depth, int preempted, int actor) {}

    /** Applies an expansion to the search, in the order it was worked out. */
    private void merge(Expansion x, ArrayDeque<Integer> queue, Map<Integer, Machine> kept) {
        int[] succ = new int[x.events.size()];
        int n = 0;
        for (Object e : x.events) {
            switch (e) {
                case Found f -> report(f.finding(), f.preempted());
                case Stopped st -> stop(st.reason());
                case Flagged fl -> flags.or(x.state, fl.bits());
                case Reached r -> succ[n++] = add(r.machine(), r.key(), x.state, r.token(), r.depth(), r.preempted(),
                        r.actor(), queue, kept);
                default -> throw new IllegalStateException("unknown event " + e);
            }
        }
        executions += x.executions;
        transitions += x.transitions;
        reducedStates += x.reduced;
        if (x.expanded) {
            setSuccessors(x.state, succ, n);
        }
    }

    /**
     * The partial-order reduction keeps every problem but not always its shortest schedule (it
     * explores one order of independent steps, which may take a detour or more preemptions). So
     * when it found problems, a search without it, cut below the longest schedule found, finds
     * each problem's shortest schedule (fewest steps, then fewest preemptions), exactly as plain
     * breadth-first search does. Liveness problems (hang, leak) need the whole state graph: then
     * the follow-up search is not cut. Returns the states it visited.
     */
    private long shortestByPlainSearch() {
        boolean liveness = false;
        int longest = 0;
        for (Finding f : findings.values()) {
            liveness |= f.kind() == org.interleave.engine.Kind.HANG || f.kind() == org.interleave.engine.Kind.LEAK;
            longest = Math.max(longest, f.schedule().length() - prefix.length());
        }
        Explorer plain = new Explorer(goal, budget, cancelled, Progress.NONE).partialOrder(false)
                .preemptionBound(preemptionBound).threads(threads);
        plain.depthCap = liveness ? Integer.MAX_VALUE : longest;
        SearchResult r = plain.explore(root, prefix);
        followUpHeld = r.heldBytes();
        executions += r.executions();
        transitions += r.steps();
        if (liveness && r.complete()) {
            findings.clear();
            findingPreemptions.clear();
        }
        for (Finding f : r.findings()) {
            // Breadth-first without the reduction decides ties between equally short schedules.
            Finding old = findings.get(f.key());
            if (old == null || f.schedule().length() <= old.schedule().length()) {
                findings.put(f.key(), f);
                findingPreemptions.put(f.key(), plain.findingPreemptions.get(f.key()));
            }
        }
        return r.states();
    }

    private void stop(String reason) {
        complete = false;
        if (stopReason == null) {
            stopReason = reason;
        }
    }

    /**
     * Adds the state m reached from state {@code from} by {@code token}, or finds it known. Among
     * the shortest ways to a state it keeps one with the fewest preemptions, so that schedules
     * are as easy to follow as they can be.
     */
    private int add(Machine m, StateKey key, int from, String token, int d, int preempted, int actor,
                    ArrayDeque<Integer> queue, Map<Integer, Machine> kept) {
        int known = index.find(key);
        if (known >= 0) {
            executions++;
            if (depth.get(known) == d && preempted < preemptions.get(known) && !expanded(known)) {
                parent.set(known, from);
                via.set(known, tokens.number(token));
                preemptions.set(known, preempted);
                lastActor.set(known, actor);
                if (kept.containsKey(known)) {
                    kept.put(known, m);
                }
            }
            return known;
        }
        int s = index.add(key);
        parent.add(from);
        via.add(token == null ? -1 : tokens.number(token));
        depth.add(d);
        preemptions.add(preempted);
        lastActor.add(actor);
        succFrom.add(-1);
        succCount.add(0);
        byte f = 0;
        if (m.mainReturned()) {
            f |= MAIN_RETURNED;
        }
        if (m.crashed() || m.limitError() != null) {
            f |= TERMINAL;
        }
        flags.add(f);
        alive.add(aliveCount(m));
        maxDepth = Math.max(maxDepth, d);
        if (m.limitError() != null) {
            // A design that outgrows a resource limit in one execution does so in many: stop.
            limitHit = true;
            complete = false;
            if (stopReason == null) {
                stopReason = m.limitError();
            }
        }
        if ((f & TERMINAL) != 0) {
            executions++;
            setSuccessors(s, null, 0);
        } else if (m.cutShort() != null) {
            // A step budget ran out inside this execution: no verdict for it (DESIGN §4).
            flags.or(s, UNEXPANDED);
            executions++;
            stop(m.cutShort());
        } else if (d > depthCap) {
            flags.or(s, UNEXPANDED);
        } else {
            queue.add(s);
            if (kept.size() + pendingKept < budget.keptMachines()) {
                if (machineBytes == 0) {
                    machineBytes = m.heapBytes();
                }
                kept.put(s, m);
            }
        }
        return s;
    }

    private boolean expanded(int s) {
        return succFrom.get(s) >= 0;
    }

    private void setSuccessors(int s, int[] succ, int n) {
        succFrom.set(s, edges.size());
        succCount.set(s, n);
        for (int i = 0; i < n; i++) {
            edges.add(succ[i]);
        }
    }

    /**
     * Heap the search holds now: the state table, every per-state array and the edges, and the
     * machines kept for states waiting to be expanded (the first one kept, measured, times their
     * number). This is what the memory budget counts.
     */
    long heldBytes(int keptMachines) {
        return index.bytes() + parent.bytes() + via.bytes() + depth.bytes() + preemptions.bytes()
                + lastActor.bytes() + succFrom.bytes() + succCount.bytes() + edges.bytes() + flags.bytes()
                + alive.bytes() + tokens.bytes() + keptMachines * (machineBytes + 64);
    }

    private static int aliveCount(Machine m) {
        int n = 0;
        for (int g = 0; g < m.goroutineCount(); g++) {
            if (m.status(g) != GoroutineStatus.DONE) {
                n++;
            }
        }
        return n;
    }

    /**
     * Works out what expanding state s (machine m) does. It reads only what is final once every
     * shallower state is expanded: s's own path, depth, preemptions and last actor, and which
     * states of depth at most s's are known.
     */
    private Expansion expand(int s, Machine m) {
        Expansion x = new Expansion(s);
        List<Choice> enabled = m.enabled();
        int d = depth.get(s);
        if (enabled.isEmpty()) {
            x.events.add(new Flagged(QUIESCENT));
            x.executions++;
            for (Fault f : new Blocking(m).quiescentFaults()) {
                x.events.add(new Found(f.toFinding(pathTo(s)), preemptions.get(s)));
            }
            return x;
        }
        if (d >= budget.maxSteps()) {
            x.expanded = false;
            x.events.add(new Flagged(UNEXPANDED));
            x.events.add(new Stopped("an execution reached the step bound of " + budget.maxSteps()));
            x.executions++;
            // Too deep to search on: what the code itself proves about this state still counts.
            for (Fault f : new Blocking(m).provenStuck()) {
                x.events.add(new Found(f.toFinding(pathTo(s)), preemptions.get(s)));
            }
            return x;
        }
        coEnabledRaces(s, m, enabled, x);
        int last = lastActor.get(s);
        boolean lastCanRun = last >= 0 && enabled.stream().anyMatch(c -> c.actor() == last);
        int[] actors = partialOrder && enabled.size() > 1 ? m.persistentActors() : null;
        boolean[] ample = new boolean[enabled.size()];
        if (actors != null) {
            for (int i = 0; i < enabled.size(); i++) {
                ample[i] = Arrays.binarySearch(actors, enabled.get(i).actor()) >= 0;
            }
        }
        if (actors != null) {
            // Partial-order reduction: the persistent set's choices alone, unless one of
            // them ends the program or returns from main (that does not commute with anything),
            // or leads back to a state no deeper than this one — the cycle proviso of a
            // breadth-first search: every cycle of the reduced graph then has a fully expanded
            // state, so no goroutine's step is postponed forever. (A state no deeper than this
            // one is known before any state of this depth is expanded.)
            boolean full = false;
            for (int i = 0; i < enabled.size(); i++) {
                if (!ample[i]) {
                    continue;
                }
                Choice c = enabled.get(i);
                Machine next = m.copy();
                boolean returned = next.mainReturned();
                StateKey key = take(s, next, c, d, last, lastCanRun, x);
                int known = index.find(key);
                full |= next.crashed() || next.limitError() != null || !returned && next.mainReturned()
                        || known >= 0 && depth.get(known) <= d;
            }
            if (!full) {
                x.reduced++;
                return x;
            }
        }
        for (int i = 0; i < enabled.size(); i++) {
            Choice c = enabled.get(i);
            if (ample[i]) {
                continue;
            }
            if (preemptionBound >= 0 && !c.isTimer() && lastCanRun && c.actor() != last
                    && preemptions.get(s) >= preemptionBound) {
                // Beyond the bound: this state's future is only partly known, which the
                // liveness pass must not read as "can never return".
                x.events.add(new Flagged(UNEXPANDED));
                x.events.add(new Stopped("preemption bound of " + preemptionBound + ": only schedules with at most "
                        + preemptionBound + " preemptions were explored"));
                continue;
            }
            // The state being expanded is not needed after its last successor: step it in place.
            Machine next = i == enabled.size() - 1 && preemptionBound < 0 ? m : m.copy();
            take(s, next, c, d, last, lastCanRun, x);
        }
        return x;
    }

    /**
     * Takes choice c in {@code next} (a copy of state s), notes what it shows and the state
     * reached, and returns that state's key.
     */
    private StateKey take(int s, Machine next, Choice c, int d, int last, boolean lastCanRun, Expansion x) {
        // A timer firing is the environment, not a switch of goroutines: it preempts nobody.
        int preempted = preemptions.get(s) + (!c.isTimer() && lastCanRun && c.actor() != last ? 1 : 0);
        String token = next.token(c);
        boolean returned = next.mainReturned();
        next.stepQuietly(c);
        x.transitions++;
        List<Fault> faults = next.drainFaults();
        if (!faults.isEmpty() || !returned && next.mainReturned()) {
            Schedule path = pathTo(s).append(token);
            for (Fault f : faults) {
                x.events.add(new Found(f.toFinding(path), preempted));
            }
            if (!returned && next.mainReturned()) {
                Fault out = OutputCheck.check(goal, next);
                if (out != null) {
                    x.events.add(new Found(out.toFinding(path), preempted));
                }
            }
        }
        StateKey key = next.key(budget.symmetry());
        x.events.add(new Reached(next, key, token, d + 1, preempted, c.isTimer() ? last : c.actor()));
        return key;
    }

    /** Two enabled goroutines about to access one var, one of them writing, race with each other. */
    private void coEnabledRaces(int s, Machine m, List<Choice> enabled, Expansion x) {
        List<Integer> accessors = new ArrayList<>();
        for (Choice c : enabled) {
            if (!c.isTimer() && m.pendingAccess(c.actor()) != null && !accessors.contains(c.actor())) {
                accessors.add(c.actor());
            }
        }
        for (int i = 0; i < accessors.size(); i++) {
            for (int j = i + 1; j < accessors.size(); j++) {
                Machine.VarAccess a = m.pendingAccess(accessors.get(i));
                Machine.VarAccess b = m.pendingAccess(accessors.get(j));
                if (!a.var().equals(b.var()) || !a.write() && !b.write()) {
                    continue;
                }
                // One order shows the race, unless its first access ends the program in the same
                // step (a failed assert right after it): then the other order does.
                if (!accessBoth(s, m, accessors.get(i), accessors.get(j), x)) {
                    accessBoth(s, m, accessors.get(j), accessors.get(i), x);
                }
            }
        }
    }

    /** Steps g then h from state s and notes what they show; false when g's step ended the program. */
    private boolean accessBoth(int s, Machine m, int g, int h, Expansion x) {
        Machine copy = m.copy();
        Schedule path = pathTo(s);
        for (int actor : new int[] {g, h}) {
            if (copy.crashed() || copy.options(actor).isEmpty()) {
                return false;
            }
            Choice c = copy.options(actor).get(0);
            path = path.append(copy.token(c));
            copy.step(c);
            for (Fault f : copy.drainFaults()) {
                x.events.add(new Found(f.toFinding(path), preemptions.get(s) + 1));
            }
        }
        return true;
    }

    /** Keeps, for each problem, the shortest schedule; among those, the one with fewest preemptions. */
    private void report(Finding f, int preempted) {
        Finding old = findings.get(f.key());
        if (old == null || f.schedule().length() < old.schedule().length()
                || f.schedule().length() == old.schedule().length() && preempted < findingPreemptions.get(f.key())) {
            findings.put(f.key(), f);
            findingPreemptions.put(f.key(), preempted);
        }
    }

    /** The schedule from the search's start (including the prefix) to state s. */
    Schedule pathTo(int s) {
        ArrayDeque<String> rev = new ArrayDeque<>();
        for (int x = s; parent.get(x) >= 0; x = parent.get(x)) {
            rev.push(tokens.token(via.get(x)));
        }
        List<String> tokens = new ArrayList<>(prefix.tokens());
        tokens.addAll(rev);
        return new Schedule(tokens);
    }

    private Machine rebuild(int s) {
        ArrayDeque<String> rev = new ArrayDeque<>();
        for (int x = s; parent.get(x) >= 0; x = parent.get(x)) {
            rev.push(tokens.token(via.get(x)));
        }
        Machine m;
        synchronized (root) {
            // Copying marks the root's clocks shared: one thread at a time.
            m = root.copy();
        }
        for (String t : rev) {
            m.step(m.resolve(t));
            m.drainFaults();
        }
        return m;
    }

    // ------------------------------------------------------------------ liveness

    private void liveness() {
        int n = index.size();
        int[][] preds = predecessors(n);
        // Hang: main has not returned and cannot return, crash, or get stuck, whatever happens.
        boolean[] good = new boolean[n];
        ArrayDeque<Integer> work = new ArrayDeque<>();
        for (int s = 0; s < n; s++) {
            byte f = flags.get(s);
            if ((f & (MAIN_RETURNED | TERMINAL | QUIESCENT | UNEXPANDED)) != 0 || !expanded(s)) {
                good[s] = true;
                work.add(s);
            }
        }
        propagate(good, work, preds);
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
                if (rebuild(s).options(0).isEmpty()) {
                    hangAt = s;
                    break;
                }
            }
        }
        if (hangAt >= 0) {
            Machine m = rebuild(hangAt);
            List<Integer> loopers = new ArrayList<>();
            for (int g = 0; g < m.goroutineCount(); g++) {
                if (!m.options(g).isEmpty() || m.status(g) == GoroutineStatus.SPINNING) {
                    loopers.add(g);
                }
            }
            report(new Blocking(m).hang(loopers).toFinding(pathTo(hangAt)), preemptions.get(hangAt));
        }
        // Leaks that loop: after main returned, a state from which the remaining goroutines can
        // never all finish, without ever getting stuck (a stuck state reports its own leaks).
        // This looks at states, not at goroutine names, so it stays exact under the symmetry
        // reduction of state keys.
        boolean[] fine = new boolean[n];
        work.clear();
        boolean anyReturned = false;
        for (int s = 0; s < n; s++) {
            byte f = flags.get(s);
            anyReturned |= (f & MAIN_RETURNED) != 0;
            if ((f & (TERMINAL | QUIESCENT | UNEXPANDED)) != 0 || !expanded(s)
                    || alive.get(s) == 0) {
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
            if (fine[s] || (flags.get(s) & MAIN_RETURNED) == 0) {
                continue;
            }
            tried++;
            if (first < 0) {
                first = s;
            }
            Machine m = rebuild(s);
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
            Machine m = rebuild(first);
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
            report(b.leak(g, loops).toFinding(pathTo(s)), preemptions.get(s));
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

    private int[][] predecessors(int n) {
        int[] count = new int[n];
        for (int s = 0; s < n; s++) {
            for (int e = succFrom.get(s), end = e + succCount.get(s); e >= 0 && e < end; e++) {
                count[edges.get(e)]++;
            }
        }
        int[][] preds = new int[n][];
        for (int s = 0; s < n; s++) {
            preds[s] = new int[count[s]];
        }
        Arrays.fill(count, 0);
        for (int s = 0; s < n; s++) {
            for (int e = succFrom.get(s), end = e + succCount.get(s); e >= 0 && e < end; e++) {
                int t = edges.get(e);
                preds[t][count[t]++] = s;
            }
        }
        return preds;
    }

    private static void propagate(boolean[] good, ArrayDeque<Integer> work, int[][] preds) {
        while (!work.isEmpty()) {
            int t = work.poll();
            for (int p : preds[t]) {
                if (!good[p]) {
                    good[p] = true;
                    work.add(p);
                }
            }
        }
    }

    /** A growable list of ints. */
    static final class IntList {
        private int[] a;
        private int size;

        IntList() {
            this(1024);
        }

        IntList(int capacity) {
            a = new int[Math.max(1, capacity)];
        }

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int get(int i) {
            return a[i];
        }

        void set(int i, int v) {
            a[i] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(a, size);
        }

        long bytes() {
            return 16 + 4L * a.length;
        }
    }

    /** A growable list of bytes. */
    static final class ByteList {
        private byte[] a = new byte[1024];
        private int size;

        void add(byte v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        byte get(int i) {
            return a[i];
        }

        void or(int i, byte bits) {
            a[i] |= bits;
        }

        long bytes() {
            return 16 + a.length;
        }
    }

    /** Schedule tokens by number: a search takes the same few tokens over and over. */
    static final class Tokens {
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> names = new ArrayList<>();
        private long bytes;

        int number(String token) {
            Integer n = numbers.get(token);
            if (n == null) {
                n = names.size();
                numbers.put(token, n);
                names.add(token);
                bytes += 96 + 2L * token.length();
            }
            return n;
        }

        String token(int n) {
            return names.get(n);
        }

        long bytes() {
            return bytes;
        }
    }
}
