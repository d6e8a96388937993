package org.interleave.engine;

import java.util.IdentityHashMap;
import java.util.List;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;

/**
 * What a goroutine may still do to shared parts, for the partial-order reduction of the
 * exhaustive search: a static over-approximation of the parts (and how: lock, unlock, wait-group
 * decrement, spawn, ...) that the ops reachable from a position may touch, counted (a count of
 * {@link #INF} stands for "any number", e.g. inside a loop), including the goroutines it may still
 * start. {@link PersistentSets} uses it to find a few goroutines whose next steps
 * nobody else can interfere with before one of them is taken: exploring only their choices from
 * the state is then enough (they form a persistent set).
 */
final class Footprints {
    /** "Any number of times". */
    static final long INF = 1L << 32;

    // How an op touches a part. GEN conflicts with every other op on the part.
    static final int GEN = 0;
    static final int LOCK = 1;
    static final int UNLOCK = 2;
    static final int WG_DEC = 3;
    static final int WG_ADD = 4;
    static final int WAIT = 5;
    static final int SPAWN = 6;
    static final int CLASSES = 7;

    final Program program;
    final List<Part> parts;
    final int width;
    /** Footprint of ops[i..] of a list (nested bodies and spawned goroutines included). */
    private final IdentityHashMap<List<Op>, long[][]> suffix = new IdentityHashMap<>();
    /** Footprint of the whole of a goroutine template, and of everything it may start. */
    private final long[][] template;
    private final boolean[] inProgress;
    /** The channel parts (channel ops always touch them as GEN). */
    final int[] channels;
    /** Futures by where a goroutine stands (see {@link #future(GoroutineState)}). */
    private final java.util.Map<Where, Future> futures = new java.util.concurrent.ConcurrentHashMap<>();
    /** The future of a goroutine that cannot move. */
    final Future none;

    Footprints(Program program) {
        this.program = program;
        this.parts = program.parts();
        this.width = parts.size() * CLASSES;
        this.template = new long[parts.size()][];
        this.inProgress = new boolean[parts.size()];
        this.channels = java.util.stream.IntStream.range(0, parts.size())
                .filter(i -> parts.get(i) instanceof Part.Channel).toArray();
        this.none = future(new long[width]);
        this.resourcesNameNoGoroutine = parts.stream().allMatch(p -> p instanceof Part.Channel || p instanceof Part.WaitGroup
                || p instanceof Part.Atomic || p instanceof Part.Context || p instanceof Part.Sink || p instanceof Part.Goroutine);
    }

    /**
     * Whether every resource's part of a state key is its own state alone (see
     * {@code StateKeys}): channels, wait groups, atomics, contexts and sinks; not a mutex,
     * rwmutex or once (whose holder or runner it relabels) nor a var (whose shadow reads the
     * goroutines' clocks).
     */
    final boolean resourcesNameNoGoroutine;

    /**
     * What a goroutine may still do: how often it may touch each part in each class
     * ({@code counts}, by part times {@link #CLASSES} plus class), and, worked out once from
     * those, which parts it touches at all and which channels (bit sets over parts), whether it
     * may start goroutines and how many in all (up to "any number"). Its fields are final, so a
     * future is safe to share between search threads however it reaches them; nobody writes to
     * its arrays.
     */
    record Future(long[] counts, long[] parts, long[] channels, boolean spawns, long spawnCount) {
        /** Whether this future touches part p in some class. */
        boolean touches(int p) {
            return (parts[p >>> 6] & 1L << p) != 0;
        }

        /** Whether this future and {@code other} both touch some channel. */
        boolean sharesChannel(Future other) {
            for (int i = 0; i < channels.length; i++) {
                if ((channels[i] & other.channels[i]) != 0) {
                    return true;
                }
            }
            return false;
        }
    }

    private Future future(long[] counts) {
        long[] touched = new long[(parts.size() + 63) >>> 6];
        long[] chans = new long[touched.length];
        boolean spawns = false;
        long spawnCount = 0;
        for (int p = 0; p < parts.size(); p++) {
            for (int c = 0; c < CLASSES; c++) {
                if (counts[p * CLASSES + c] != 0) {
                    touched[p >>> 6] |= 1L << p;
                    spawns |= c == SPAWN;
                }
            }
            spawnCount = Math.min(INF, spawnCount + counts[p * CLASSES + SPAWN]);
        }
        for (int p : channels) {
            if (counts[p * CLASSES + GEN] != 0) {
                chans[p >>> 6] |= 1L << p;
            }
        }
        return new Future(counts, touched, chans, spawns, spawnCount);
    }

    /**
     * Computes the footprint of every template, every op list and every op now, templates in
     * part order, so that later calls only read (see {@link Program#warm}).
     */
    void warm(List<List<Op>> blocks) {
        for (int t = 0; t < parts.size(); t++) {
            if (parts.get(t) instanceof Part.Goroutine) {
                templateFootprint(t);
            }
        }
        long[] selects = new long[(parts.size() + 63) >>> 6];
        int[][][] at = new int[blocks.size()][][];
        int[][] heads = new int[blocks.size()][];
        for (int b = 0; b < blocks.size(); b++) {
            List<Op> ops = blocks.get(b);
            suffix(ops, 0);
            at[b] = new int[ops.size()][];
            for (int i = 0; i < ops.size(); i++) {
                Op op = ops.get(i);
                at[b][i] = touchedParts(op);
                for (int p : at[b][i]) {
                    selects[p >>> 6] |= op instanceof Op.Select ? 1L << p : 0;
                }
                if (op instanceof Op.Range) {
                    for (int body : program.bodyBlocks(b, i)) {
                        heads[body] = at[b][i];
                    }
                }
            }
        }
        exitParts = touchedParts(GoroutineState.EXIT);
        touchedAt = at;
        headParts = heads;
        selectParts = selects;
    }

    /**
     * The parts some select touches (bits by part), once {@link #warm} has worked out every op's
     * parts (null before: then {@link #touchedParts} may still write its table).
     */
    volatile long[] selectParts;
    /** After {@link #warm}: {@link #touchedParts} of each op by block and position, and of the range whose body a block is (null: none). */
    private int[][][] touchedAt;
    private int[][] headParts;
    private int[] exitParts;
    private static final int[] NO_PARTS = new int[0];

    /**
     * {@link #touchedParts} of g's pending op, read off tables by where g stands once
     * {@link #warm} has made them (looking the op up by identity was a twentieth of a search).
     */
    int[] pendingParts(GoroutineState g) {
        int[][][] at = touchedAt;
        if (at == null) {
            Op op = g.pending();
            return op == null ? NO_PARTS : touchedParts(op);
        }
        if (g.status != GoroutineStatus.RUNNABLE) {
            return NO_PARTS;
        }
        if (g.frames.isEmpty()) {
            return g.index == 0 ? exitParts : NO_PARTS;
        }
        Frame f = g.top();
        if (f.kind == Frame.Kind.RANGE && f.pc < 0) {
            return headParts[f.block];
        }
        return f.pc < f.code.length ? at[f.block][f.pc] : NO_PARTS;
    }

    // ------------------------------------------------------------------ static footprints

    private long[] templateFootprint(int t) {
        if (template[t] != null) {
            return template[t];
        }
        long[] out = new long[width];
        if (inProgress[t]) {
            // A goroutine that (indirectly) starts its own template: any number of anything it does.
            out[t * CLASSES + SPAWN] = INF;
            for (Op op : ((Part.Goroutine) parts.get(t)).ops()) {
                addScaled(out, direct(op), INF);
            }
            return out;
        }
        inProgress[t] = true;
        out = suffix(((Part.Goroutine) parts.get(t)).ops(), 0);
        inProgress[t] = false;
        template[t] = out;
        return out;
    }

    /** The footprint of ops[from..] of a list, the ops nested in them and the goroutines they start. */
    long[] suffix(List<Op> ops, int from) {
        long[][] s = suffix.get(ops);
        if (s == null) {
            s = new long[ops.size() + 1][];
            s[ops.size()] = new long[width];
            for (int i = ops.size() - 1; i >= 0; i--) {
                long[] a = s[i + 1].clone();
                add(a, whole(ops.get(i)));
                s[i] = a;
            }
            suffix.put(ops, s);
        }
        return s[Math.max(0, Math.min(from, ops.size()))];
    }

    /** Everything one op may do, its nested bodies included. */
    private long[] whole(Op op) {
        long[] a = direct(op);
        switch (op) {
            case Op.If x -> {
                add(a, suffix(x.then(), 0));
                add(a, suffix(x.otherwise(), 0));
            }
            case Op.While x -> addScaled(a, suffix(x.body(), 0), INF);
            case Op.Repeat x -> addScaled(a, suffix(x.body(), 0), INF);
            case Op.Loop x -> addScaled(a, suffix(x.body(), 0), INF);
            case Op.Range x -> {
                addScaled(a, suffix(x.body(), 0), INF);
                a[index(x.ch(), GEN)] = INF;
            }
            case Op.Select x -> {
                for (Op.Case c : x.cases()) {
                    add(a, suffix(c.body(), 0));
                }
                if (x.otherwise() != null) {
                    add(a, suffix(x.otherwise(), 0));
                }
            }
            case Op.OnceDo x -> add(a, suffix(x.body(), 0));
            case Op.Go x -> add(a, templateFootprint(program.indexOf(x.g())));
            case Op.Send unused -> { }
            case Op.Recv unused -> { }
            case Op.Close unused -> { }
            case Op.Lock unused -> { }
            case Op.Unlock unused -> { }
            case Op.RLock unused -> { }
            case Op.RUnlock unused -> { }
            case Op.Add unused -> { }
            case Op.Done unused -> { }
            case Op.Wait unused -> { }
            case Op.Read unused -> { }
            case Op.Write unused -> { }
            case Op.Inc unused -> { }
            case Op.AtomicAdd unused -> { }
            case Op.AtomicLoad unused -> { }
            case Op.AtomicStore unused -> { }
            case Op.AtomicCas unused -> { }
            case Op.Cancel unused -> { }
            case Op.Sleep unused -> { }
            case Op.Work unused -> { }
            case Op.Emit unused -> { }
            case Op.Let unused -> { }
            case Op.Break unused -> { }
            case Op.Continue unused -> { }
            case Op.Return unused -> { }
            case Op.Assert unused -> { }
        }
        return a;
    }

    private final IdentityHashMap<Op, int[]> touchedParts = new IdentityHashMap<>();

    /** The parts an op itself touches when it is the step taken. */
    int[] touchedParts(Op op) {
        int[] t = touchedParts.get(op);
        if (t == null) {
            long[] d = direct(op);
            int[] buf = new int[parts.size()];
            int n = 0;
            for (int p = 0; p < parts.size(); p++) {
                for (int c = 0; c < CLASSES; c++) {
                    if (d[p * CLASSES + c] != 0) {
                        buf[n++] = p;
                        break;
                    }
                }
            }
            t = java.util.Arrays.copyOf(buf, n);
            touchedParts.put(op, t);
        }
        return t;
    }

    /** What an op itself does when it is the step taken (not its nested bodies). */
    private long[] direct(Op op) {
        long[] a = new long[width];
        switch (op) {
            case Op.Go x -> a[program.indexOf(x.g()) * CLASSES + SPAWN] = 1;
            case Op.Send x -> a[index(x.ch(), GEN)] = 1;
            case Op.Recv x -> a[index(x.ch(), GEN)] = 1;
            case Op.Close x -> a[index(x.ch(), GEN)] = 1;
            case Op.Range x -> a[index(x.ch(), GEN)] = 1;
            case Op.Select x -> {
                for (Op.Case c : x.cases()) {
                    switch (c) {
                        case Op.RecvCase r -> a[index(r.ch(), GEN)] = 1;
                        case Op.SendCase r -> a[index(r.ch(), GEN)] = 1;
                        case Op.DoneCase r -> contextTree(a, program.indexOf(r.ctx()));
                        case Op.AfterCase r -> { }
                    }
                }
            }
            case Op.Lock x -> a[index(x.mu(), parts.get(program.indexOf(x.mu())) instanceof Part.Mutex ? LOCK : GEN)] = 1;
            case Op.Unlock x -> a[index(x.mu(), parts.get(program.indexOf(x.mu())) instanceof Part.Mutex ? UNLOCK : GEN)] = 1;
            case Op.RLock x -> a[index(x.mu(), GEN)] = 1;
            case Op.RUnlock x -> a[index(x.mu(), GEN)] = 1;
            case Op.Add x -> {
                // A change of unknown size counts as any number of decrements, and as an increment.
                if (x.n() instanceof org.interleave.engine.expr.Expr.IntLit l) {
                    a[index(x.wg(), l.value() > 0 ? WG_ADD : WG_DEC)] = l.value() > 0 ? 1 : INF;
                } else {
                    a[index(x.wg(), WG_DEC)] = INF;
                    a[index(x.wg(), WG_ADD)] = 1;
                }
            }
            case Op.Done x -> a[index(x.wg(), WG_DEC)] = 1;
            case Op.Wait x -> a[index(x.wg(), WAIT)] = 1;
            case Op.OnceDo x -> a[index(x.once(), GEN)] = 1;
            case Op.Read x -> a[index(x.var(), GEN)] = 1;
            case Op.Write x -> a[index(x.var(), GEN)] = 1;
            case Op.Inc x -> a[index(x.var(), GEN)] = 2;
            case Op.AtomicAdd x -> a[index(x.var(), GEN)] = 1;
            case Op.AtomicLoad x -> a[index(x.var(), GEN)] = 1;
            case Op.AtomicStore x -> a[index(x.var(), GEN)] = 1;
            case Op.AtomicCas x -> a[index(x.var(), GEN)] = 1;
            case Op.Cancel x -> contextTree(a, program.indexOf(x.ctx()));
            case Op.Emit x -> a[index(x.sink(), GEN)] = 1;
            case Op.If unused -> { }
            case Op.While unused -> { }
            case Op.Repeat unused -> { }
            case Op.Loop unused -> { }
            case Op.Sleep unused -> { }
            case Op.Work unused -> { }
            case Op.Let unused -> { }
            case Op.Break unused -> { }
            case Op.Continue unused -> { }
            case Op.Return unused -> { }
            case Op.Assert unused -> { }
        }
        return a;
    }

    /** A context and every context below it (cancelling one cancels its children). */
    void contextTree(long[] a, int ctx) {
        a[ctx * CLASSES + GEN] = INF;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof Part.Context c && c.parent() != null && program.indexOf(c.parent()) == ctx) {
                contextTree(a, i);
            }
        }
    }

    private int index(String part, int how) {
        return program.indexOf(part) * CLASSES + how;
    }

    static void add(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            if (b[i] != 0) {
                a[i] = Math.min(INF, a[i] + b[i]);
            }
        }
    }

    private static void addScaled(long[] a, long[] b, long factor) {
        for (int i = 0; i < a.length; i++) {
            if (b[i] != 0) {
                long scaled = b[i] >= INF / factor ? INF : b[i] * factor;
                a[i] = Math.min(INF, a[i] + scaled);
            }
        }
    }

    // ------------------------------------------------------------------ dynamic footprints

    /**
     * What goroutine g may still do, from where it stands: shared by every goroutine standing
     * in the same frames, so the caller must not write to it. It depends on the frames alone
     * (their op lists, positions, and the once a once body finishes), never on locals.
     */
    Future future(GoroutineState g) {
        if (g.status != GoroutineStatus.RUNNABLE) {
            return none;
        }
        Future out = g.futureCache;
        if (out == null) {
            // A shared state never changes, so it may keep its future too; two threads that
            // both work it out write the same object, whose final fields make that safe.
            out = futureOf(g);
            g.futureCache = out;
        }
        return out;
    }

    /**
     * Whether some goroutine may still add to wait group {@code part} (a proof that nobody can
     * when false). Reads the goroutines' cached futures but records none: the stepping goroutine
     * is in the middle of its step.
     */
    boolean mayAdd(Machine m, int part) {
        for (GoroutineState g : m.gs) {
            if (g.status == GoroutineStatus.RUNNABLE) {
                Future f = g.futureCache != null ? g.futureCache : futureOf(g);
                if (f.counts()[part * CLASSES + WG_ADD] != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private Future futureOf(GoroutineState g) {
        long[] where = new long[1 + 3 * g.frames.size()];
        where[0] = g.templateIndex;
        int i = 1;
        for (Frame f : g.frames) {
            where[i++] = f.block;
            where[i++] = f.kind.ordinal() | (long) f.pc << 8;
            where[i++] = f.kind == Frame.Kind.ONCE ? f.counter : 0;
        }
        return futures.computeIfAbsent(new Where(where), w -> {
            long[] into = new long[width];
            for (Frame f : g.frames) {
                switch (f.kind) {
                    case WHILE, REPEAT, LOOP -> addScaled(into, suffix(f.ops(program), 0), INF);
                    case RANGE -> {
                        addScaled(into, suffix(f.ops(program), 0), INF);
                        into[index(((Op.Range) f.owner).ch(), GEN)] = INF;
                    }
                    case ONCE -> {
                        add(into, suffix(f.ops(program), f.pc));
                        into[(int) f.counter * CLASSES + GEN] = INF;
                    }
                    case BLOCK, CASE -> add(into, suffix(f.ops(program), f.pc));
                }
            }
            return future(into);
        });
    }

    /** Where a goroutine stands, for {@link #futures}: its template, then each frame's block, kind, pc and once. */
    private record Where(long[] frames) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Where w && java.util.Arrays.equals(w.frames, frames);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(frames);
        }
    }
}
