package org.interleave.explore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
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
 * goroutines that can never finish after main returned (leaks that loop). The search loop itself,
 * a depth's batch of states at a time, is {@link DepthBatches}; one state's expansion, {@link Expansion}.
 */
public final class Explorer {
    final Goal goal;
    final SearchBudget budget;
    final BooleanSupplier cancelled;
    final Progress progress;

    // The state graph, indexed by state number in discovery order.
    // Each state's data lives in flat arrays indexed by state number (a few dozen bytes a
    // state besides its packed key), not in objects of its own.
    final StateTable index = new StateTable();
    private final IntList parent = new IntList();
    /** The schedule token that led to each state, as a number in {@link #tokens}. */
    private final IntList via = new IntList();
    private final Tokens tokens = new Tokens();
    /** Each state's depth: states are numbered in breadth-first order (see {@link Depths}). */
    final Depths depth = new Depths();
    final IntList preemptions = new IntList();
    final IntList lastActor = new IntList();
    private final Map<String, Integer> findingPreemptions = new HashMap<>();
    /** Each expanded state's successors. */
    final Successors successors = new Successors();
    final ByteList flags = new ByteList();
    /** The most heap the search held (see {@link #heldBytes}), and what its follow-up search held besides. */
    long peakHeld;
    private long followUpHeld;
    /** Threads that expand states. */
    private int threads = 1;
    private java.util.concurrent.ThreadFactory threadFactory = Explorer::daemon;
    /** Machines of the batch being merged (see {@link DepthBatches}) that came from {@code kept} and are not merged yet. */
    int pendingKept;
    /** The heap the machines in {@code kept} retain, each piece they share counted once. */
    final org.interleave.engine.KeptHeap keptHeap = new org.interleave.engine.KeptHeap();
    /** What the machines of the batch being merged freed as they left {@code kept}, until merged. */
    long pendingKeptBytes;

    private final Map<String, Finding> findings = new LinkedHashMap<>();
    long executions;
    long transitions;
    private int maxDepth;
    private boolean complete = true;
    boolean limitHit;
    private String stopReason;
    private Machine root;
    private Schedule prefix;
    /** Partial-order reduction: explore only a persistent set where one is found (on with the other reductions). */
    boolean partialOrder;
    /** States deeper than this are not expanded (the follow-up search for shortest counterexamples). */
    private int depthCap = Integer.MAX_VALUE;
    private long reducedStates;
    /** Schedules with more preemptions than this are not explored (negative: unbounded). */
    int preemptionBound = -1;
    /** Whether problems found with the partial-order reduction get the follow-up search (tests turn it off). */
    boolean followUp = true;
    /** Whether main can never return from the start state, however the choices fall ({@link HangsAndLeaks}). */
    boolean startDoomed;

    static final byte MAIN_RETURNED = 1;
    static final byte TERMINAL = 2;
    static final byte QUIESCENT = 4;
    static final byte UNEXPANDED = 8;
    /** Every goroutine, main too, has finished. */
    static final byte ALL_DONE = 16;

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

    /**
     * Makes the threads {@link #threads} expands states on (default: daemon threads), so a caller
     * can account for them, such as {@code bench} summing their CPU time.
     */
    public Explorer threadFactory(java.util.concurrent.ThreadFactory f) {
        this.threadFactory = f;
        return this;
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "explorer");
        t.setDaemon(true);
        return t;
    }

    /** Explores every state reachable from {@code start}, which {@code prefix} led to. */
    public SearchResult explore(Machine start, Schedule prefix) {
        start.program().warm();
        this.root = start.copy();
        root.stopUnusedClocks();
        this.prefix = prefix;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        Map<Integer, Machine> kept = new HashMap<>();
        Machine first = start.copy();
        first.stopUnusedClocks();
        add(first, first.key(budget.symmetry()), -1, -1, null, 0, 0, -1, queue, kept);
        try {
            new DepthBatches(this, threads, threadFactory).search(queue, kept);
        } finally {
            // The pieces of state count who keeps them: let go of the machines a stopped search
            // kept, however it stopped (the caller's start machine shares pieces with them).
            for (Machine m : kept.values()) {
                keptHeap.remove(m);
            }
            kept.clear();
        }
        for (int s : queue) {
            flags.or(s, UNEXPANDED);
        }
        progress.update(index.size(), executions, transitions);
        if (depthCap == Integer.MAX_VALUE) {
            new HangsAndLeaks(this).find();
        }
        long states = index.size();
        long stored = heldBytes(false);
        if (followUp && reducedStates > 0 && !findings.isEmpty() && !limitHit && !cancelled.getAsBoolean()) {
            states += shortestByPlainSearch();
        }
        return new SearchResult(new ArrayList<>(findings.values()), complete, stopReason, states,
                executions, transitions, maxDepth, Math.max(peakHeld, stored) + followUpHeld, stored);
    }

    private int[] succScratch = new int[16];

    /** Applies an expansion to the search, in the order it was worked out. */
    void merge(Expansion x, ArrayDeque<Integer> queue, Map<Integer, Machine> kept) {
        // Merges run one at a time: one array serves them all (the edges are packed by setSuccessors).
        if (succScratch.length < x.events.size()) {
            succScratch = new int[Math.max(x.events.size(), 2 * succScratch.length)];
        }
        int[] succ = succScratch;
        int n = 0;
        int k = 0;
        for (Object e : x.events) {
            if (e == Expansion.KNOWN) {
                // What add does for a known state it changes nothing for.
                executions++;
                succ[n++] = x.known[k++];
                continue;
            }
            switch (e) {
                case Expansion.Found f -> report(f.finding(), f.preempted());
                case Expansion.Stopped st -> stop(st.reason());
                case Expansion.Flagged fl -> flags.or(x.state, fl.bits());
                case Expansion.Reached r -> succ[n++] = add(r.machine(), r.key(), r.known(), x.state, r.token(), r.depth(),
                        r.preempted(), r.actor(), queue, kept);
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
                .preemptionBound(preemptionBound).threads(threads).threadFactory(threadFactory);
        plain.depthCap = liveness ? Integer.MAX_VALUE : longest;
        SearchResult r = plain.explore(root, prefix);
        followUpHeld = r.heldBytes();
        executions += r.executions();
        transitions += r.steps();
        if (liveness && r.complete()) {
            findings.clear();
            findingPreemptions.clear();
            startDoomed = plain.startDoomed;
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

    void stop(String reason) {
        complete = false;
        if (stopReason == null) {
            stopReason = reason;
        }
    }

    /**
     * Adds the state m reached from state {@code from} by {@code token}, or finds it known. Among
     * the shortest ways to a state it keeps one with the fewest preemptions, so that schedules
     * are as easy to follow as they can be. {@code found}: the state's number when the expansion
     * found it known already, else -1.
     */
    private int add(Machine m, StateKey key, int found, int from, String token, int d, int preempted, int actor,
                    ArrayDeque<Integer> queue, Map<Integer, Machine> kept) {
        int known = found >= 0 ? found : index.put(key);
        if (known >= 0) {
            executions++;
            if (depth.get(known) == d && preempted < preemptions.get(known) && !expanded(known)) {
                parent.set(known, from);
                via.set(known, tokens.number(token));
                preemptions.set(known, preempted);
                lastActor.set(known, actor);
                Machine old = kept.get(known);
                if (old != null) {
                    keptHeap.remove(old);
                    keptHeap.add(m);
                    kept.put(known, m);
                }
            }
            return known;
        }
        int s = ~known;
        parent.add(from);
        via.add(token == null ? -1 : tokens.number(token));
        depth.add(d);
        preemptions.add(preempted);
        lastActor.add(actor);
        successors.addState();
        byte f = 0;
        if (m.mainReturned()) {
            f |= MAIN_RETURNED;
        }
        if (m.crashed() || m.limitError() != null) {
            f |= TERMINAL;
        }
        if (allDone(m)) {
            f |= ALL_DONE;
        }
        flags.add(f);
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
            // The others are rebuilt by replay when their turn comes, which costs a step per
            // step of their schedule: keep as many as a fifth of the memory budget holds (a fifth,
            // not a quarter: KeptHeap's estimate runs up to ~14 % under the heap a machine really
            // holds, since it charges most resources a flat size without their clocks).
            if (kept.size() + pendingKept < budget.keptMachines()
                    && keptHeap.bytes() + pendingKeptBytes < budget.maxMemoryBytes() / 5) {
                keptHeap.add(m);
                kept.put(s, m);
            }
        }
        return s;
    }

    boolean expanded(int s) {
        return successors.expanded(s);
    }

    private void setSuccessors(int s, int[] succ, int n) {
        successors.set(s, succ, n);
    }

    /**
     * Heap the search holds now: the state table, every per-state array and the edges, and, with
     * {@code withKept}, the machines kept for states waiting to be expanded, the pieces of state
     * they share counted once (see {@link org.interleave.engine.KeptHeap}). This is what the
     * memory budget counts.
     */
    long heldBytes(boolean withKept) {
        return index.bytes() + parent.bytes() + via.bytes() + depth.bytes() + preemptions.bytes()
                + lastActor.bytes() + successors.bytes() + flags.bytes()
                + tokens.bytes() + (withKept ? keptHeap.bytes() + pendingKeptBytes : 0);
    }

    private static boolean allDone(Machine m) {
        for (int g = 0; g < m.goroutineCount(); g++) {
            if (m.status(g) != GoroutineStatus.DONE) {
                return false;
            }
        }
        return true;
    }

    /** Keeps, for each problem, the shortest schedule; among those, the one with fewest preemptions. */
    void report(Finding f, int preempted) {
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

    Machine rebuild(int s) {
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
            // Quietly: only the state reached counts, not the words for each step of the way.
            m.stepQuietly(m.resolve(t));
            m.drainFaults();
        }
        return m;
    }
}
