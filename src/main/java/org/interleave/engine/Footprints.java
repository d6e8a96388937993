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
 * start. {@link #persistentActors(Machine)} uses it to find a few goroutines whose next steps
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

    private final Program program;
    private final List<Part> parts;
    private final int width;
    /** Footprint of ops[i..] of a list (nested bodies and spawned goroutines included). */
    private final IdentityHashMap<List<Op>, long[][]> suffix = new IdentityHashMap<>();
    /** Footprint of the whole of a goroutine template, and of everything it may start. */
    private final long[][] template;
    private final boolean[] inProgress;
    /** The channel parts (channel ops always touch them as GEN). */
    private final int[] channels;
    /** Futures by where a goroutine stands (see {@link #future(GoroutineState)}). */
    private final java.util.Map<Where, long[]> futures = new java.util.concurrent.ConcurrentHashMap<>();
    /** The future of a goroutine that cannot move. */
    private final long[] none;

    Footprints(Program program) {
        this.program = program;
        this.parts = program.parts();
        this.width = parts.size() * CLASSES;
        this.none = new long[width];
        this.template = new long[parts.size()][];
        this.inProgress = new boolean[parts.size()];
        this.channels = java.util.stream.IntStream.range(0, parts.size())
                .filter(i -> parts.get(i) instanceof Part.Channel).toArray();
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
        for (List<Op> ops : blocks) {
            suffix(ops, 0);
            for (Op op : ops) {
                touchedParts(op);
            }
        }
        touchedParts(GoroutineState.EXIT);
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
    private int[] touchedParts(Op op) {
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
                // A decrement of unknown size counts as any number of decrements.
                boolean up = x.n() instanceof org.interleave.engine.expr.Expr.IntLit l && l.value() > 0;
                a[index(x.wg(), up ? WG_ADD : WG_DEC)] = up ? 1 : INF;
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
    private void contextTree(long[] a, int ctx) {
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

    private static void add(long[] a, long[] b) {
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
    private long[] future(GoroutineState g) {
        if (g.status != GoroutineStatus.RUNNABLE) {
            return none;
        }
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
                    case WHILE, REPEAT, LOOP -> addScaled(into, suffix(f.ops, 0), INF);
                    case RANGE -> {
                        addScaled(into, suffix(f.ops, 0), INF);
                        into[index(((Op.Range) f.owner).ch(), GEN)] = INF;
                    }
                    case ONCE -> {
                        add(into, suffix(f.ops, f.pc));
                        into[(int) f.counter * CLASSES + GEN] = INF;
                    }
                    case BLOCK, CASE -> add(into, suffix(f.ops, f.pc));
                }
            }
            return into;
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

    /**
     * Goroutines whose enabled choices together form a persistent set in m (a stubborn set closed
     * under "may interfere"), as few choices as can be found; null when no proper subset of the
     * enabled choices qualifies. Nothing a goroutine outside the set (nor one it may start, nor a
     * context timer) can do before the set's first step fails to commute with the set's pending
     * steps or enables one of them. A step may still end the program (a panic, a failed assert)
     * or return from main; the caller checks that after taking it.
     */
    int[] persistentActors(Machine m) {
        if (m.timing != Timing.VERIFY || m.crashed || m.limitError != null) {
            return null;
        }
        List<GoroutineState> gs = m.gs;
        int n = gs.size();
        long[][] fut = new long[n][];
        int[] choices = new int[n];
        long[] total = new long[width];
        long spawns = 0;
        int live = 0;
        int enabled = 0;
        for (GoroutineState g : gs) {
            if (g.status == GoroutineStatus.DONE) {
                continue;
            }
            live++;
            long[] f = future(g);
            fut[g.index] = f;
            add(total, f);
            choices[g.index] = m.options(g.index).size();
            enabled += choices[g.index];
        }
        for (int t = 0; t < parts.size(); t++) {
            spawns = Math.min(INF, spawns + total[t * CLASSES + SPAWN]);
        }
        // Near the goroutine limit, which goroutine starts or finishes first matters.
        if (live + spawns >= m.limits.maxGoroutines()) {
            return null;
        }
        // Armed timers may cancel their context (and its children) at any moment.
        long[] env = new long[width];
        for (Object o : m.res) {
            if (o instanceof ContextState c && c.timerArmed()) {
                contextTree(env, c.index);
            }
        }
        boolean[] best = null;
        int bestChoices = enabled;
        boolean[] in = new boolean[n];
        int[] queue = new int[n];
        candidates:
        for (int start = 0; start < n; start++) {
            if (choices[start] == 0) {
                continue;
            }
            java.util.Arrays.fill(in, false);
            in[start] = true;
            queue[0] = start;
            int head = 0;
            int tail = 1;
            int count = choices[start];
            while (head < tail) {
                int h = queue[head++];
                GoroutineState g = gs.get(h);
                if (count >= bestChoices || !independent(m, g, env, null) || sharesChannel(fut[h], env, null)) {
                    continue candidates;
                }
                // Everybody else: the total less h's own future (read through, never built).
                if (independent(m, g, total, fut[h]) && !sharesChannel(fut[h], total, fut[h])) {
                    continue;
                }
                for (int k = 0; k < n; k++) {
                    if (!in[k] && fut[k] != null && interferes(m, g, fut[h], fut[k])) {
                        in[k] = true;
                        queue[tail++] = k;
                        count += choices[k];
                    }
                }
            }
            if (count < bestChoices) {
                bestChoices = count;
                best = in.clone();
            }
        }
        if (best == null) {
            return null;
        }
        int size = 0;
        for (boolean b : best) {
            size += b ? 1 : 0;
        }
        int[] out = new int[size];
        for (int g = 0, j = 0; g < n; g++) {
            if (best[g]) {
                out[j++] = g;
            }
        }
        return out;
    }

    /** Whether goroutine k (which may still do {@code futK}) can interfere with g's next step. */
    private boolean interferes(Machine m, GoroutineState g, long[] futG, long[] futK) {
        if (sharesChannel(futG, futK, null)) {
            return true;
        }
        if (g.pending() instanceof Op.Done d && !g.atRangeHead()) {
            // Decrements interfere only in sum (the counter reaching zero): every decrementer counts.
            return touched(futK, null, program.indexOf(d.wg()));
        }
        return !independent(m, g, futK, null);
    }

    /**
     * Entry i of a footprint given as {@code a} less {@code minus} (null: a itself); "any number"
     * less anything stays "any number".
     */
    private static long at(long[] a, long[] minus, int i) {
        return minus == null ? a[i] : a[i] >= INF ? INF : a[i] - minus[i];
    }

    /**
     * Whether g's next step commutes with everything {@code others} less {@code minus} (see
     * {@link #at}) may do before it.
     */
    private boolean independent(Machine m, GoroutineState g, long[] others, long[] minus) {
        // Leaving a once body finishes the once: nobody else may be waiting on it.
        for (Frame f : g.frames) {
            if (f.kind == Frame.Kind.ONCE && touched(others, minus, (int) f.counter)) {
                return false;
            }
        }
        Op op = g.pending();
        if (g.atRangeHead()) {
            return !touched(others, minus, program.indexOf(((Op.Range) op).ch()));
        }
        return switch (op) {
            case Op.Sleep x -> true;
            case Op.Emit x -> false;
            case Op.Go x -> {
                for (int t = 0; t < parts.size(); t++) {
                    if (at(others, minus, t * CLASSES + SPAWN) != 0) {
                        yield false;
                    }
                }
                yield true;
            }
            case Op.Lock x when parts.get(program.indexOf(x.mu())) instanceof Part.Mutex -> {
                int p = program.indexOf(x.mu());
                yield at(others, minus, p * CLASSES + GEN) == 0 && at(others, minus, p * CLASSES + LOCK) == 0
                        && at(others, minus, p * CLASSES + UNLOCK) == 0;
            }
            case Op.Unlock x when m.res[program.indexOf(x.mu())] instanceof MutexState mu -> {
                // While the mutex is held, nobody else's Lock can run before this Unlock.
                int p = program.indexOf(x.mu());
                yield at(others, minus, p * CLASSES + GEN) == 0 && at(others, minus, p * CLASSES + UNLOCK) == 0
                        && (mu.holder >= 0 || at(others, minus, p * CLASSES + LOCK) == 0);
            }
            case Op.Done x -> {
                // Decrements commute while the counter cannot reach zero before this one: no
                // Wait can return and no decrement can go negative first.
                int p = program.indexOf(x.wg());
                long counter = ((WaitGroupState) m.res[p]).counter;
                long decrements = at(others, minus, p * CLASSES + WG_DEC);
                yield at(others, minus, p * CLASSES + GEN) == 0 && decrements < INF && counter - decrements >= 1;
            }
            case Op.If unused -> touchesNothingOf(op, others, minus);
            case Op.While unused -> touchesNothingOf(op, others, minus);
            case Op.Repeat unused -> touchesNothingOf(op, others, minus);
            case Op.Loop unused -> touchesNothingOf(op, others, minus);
            case Op.Range unused -> touchesNothingOf(op, others, minus);
            case Op.OnceDo unused -> touchesNothingOf(op, others, minus);
            case Op.Select unused -> touchesNothingOf(op, others, minus);
            case Op.Send unused -> touchesNothingOf(op, others, minus);
            case Op.Recv unused -> touchesNothingOf(op, others, minus);
            case Op.Close unused -> touchesNothingOf(op, others, minus);
            case Op.Lock unused -> touchesNothingOf(op, others, minus);
            case Op.Unlock unused -> touchesNothingOf(op, others, minus);
            case Op.RLock unused -> touchesNothingOf(op, others, minus);
            case Op.RUnlock unused -> touchesNothingOf(op, others, minus);
            case Op.Add unused -> touchesNothingOf(op, others, minus);
            case Op.Wait unused -> touchesNothingOf(op, others, minus);
            case Op.Read unused -> touchesNothingOf(op, others, minus);
            case Op.Write unused -> touchesNothingOf(op, others, minus);
            case Op.Inc unused -> touchesNothingOf(op, others, minus);
            case Op.AtomicAdd unused -> touchesNothingOf(op, others, minus);
            case Op.AtomicLoad unused -> touchesNothingOf(op, others, minus);
            case Op.AtomicStore unused -> touchesNothingOf(op, others, minus);
            case Op.AtomicCas unused -> touchesNothingOf(op, others, minus);
            case Op.Cancel unused -> touchesNothingOf(op, others, minus);
            case Op.Work unused -> touchesNothingOf(op, others, minus);
            case Op.Let unused -> touchesNothingOf(op, others, minus);
            case Op.Break unused -> touchesNothingOf(op, others, minus);
            case Op.Continue unused -> touchesNothingOf(op, others, minus);
            case Op.Return unused -> touchesNothingOf(op, others, minus);
            case Op.Assert unused -> touchesNothingOf(op, others, minus);
        };
    }

    /** Whether none of the parts op touches is touched by {@code others} less {@code minus}. */
    private boolean touchesNothingOf(Op op, long[] others, long[] minus) {
        for (int p : touchedParts(op)) {
            if (touched(others, minus, p)) {
                return false;
            }
        }
        return true;
    }

    private boolean sharesChannel(long[] mine, long[] others, long[] minus) {
        for (int p : channels) {
            if (mine[p * CLASSES + GEN] != 0 && at(others, minus, p * CLASSES + GEN) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean touched(long[] others, long[] minus, int part) {
        for (int c = 0; c < CLASSES; c++) {
            if (at(others, minus, part * CLASSES + c) != 0) {
                return true;
            }
        }
        return false;
    }
}
