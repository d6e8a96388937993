package org.interleave.engine;

import java.util.ArrayList;
import java.util.List;
import org.interleave.engine.expr.DivideByZero;
import org.interleave.engine.expr.Env;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.ExprEval;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;

/**
 * The state of one execution of a program and its step function (DESIGN §4). A step runs one
 * goroutine's next visible op (or fires one context timeout), then runs that goroutine's
 * invisible ops up to its next visible one. The machine is deterministic: the caller picks every
 * step from {@link #enabled()}. It can be copied, and {@link #key()} identifies its state.
 */
public final class Machine {
    final Program program;
    final Timing timing;
    final Limits limits;
    final Object[] res;
    final List<GoroutineState> gs;
    final int[] spawned;
    long clock;
    private int steps;
    boolean mainReturned;
    boolean crashed;
    String limitError;
    /** Why this execution was cut short without a verdict (a step budget), or null. */
    String cutShort;
    List<Fault> faults = new ArrayList<>();
    List<String> effects = new ArrayList<>();
    /** The partner (and its case) the step being taken pairs with in a hand-off; -1: the first possible. */
    int pairWith = -1;
    int pairCase = Choice.NONE;
    /** Whether steps describe their effects in words ({@link #step}); the search does not need them. */
    boolean recording = true;

    public Machine(Program program, Timing timing, Limits limits) {
        this.program = program;
        this.timing = timing;
        this.limits = limits;
        List<Part> parts = program.parts();
        this.res = new Object[parts.size()];
        this.gs = new ArrayList<>();
        this.spawned = new int[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            res[i] = switch (parts.get(i)) {
                case Part.Channel c -> new ChannelState(c.id(), c.cap(), c.nil());
                case Part.Mutex m -> new MutexState(m.id());
                case Part.RwMutex m -> new RwMutexState(m.id());
                case Part.WaitGroup w -> new WaitGroupState(w.id());
                case Part.Once o -> new OnceState(o.id());
                case Part.Var v -> new VarState(v.id(), v.init());
                case Part.Atomic a -> new AtomicState(a.id(), a.init());
                case Part.Context c -> new ContextState(c.id(), i,
                        c.parent() == null ? -1 : program.indexOf(c.parent()), c.timeout());
                case Part.Sink s -> new SinkState(s.id());
                case Part.Goroutine g -> null;
            };
        }
        for (Object o : res) {
            if (o instanceof ContextState c && c.parent >= 0) {
                ((ContextState) res[c.parent]).children.add(c.index);
            }
        }
        Part.Goroutine mainPart = program.main();
        GoroutineState main = create(mainPart, "main", 0);
        main.vc.tick(0);
        // Auto goroutines are started by main before its first op.
        for (Part.Goroutine g : program.design().goroutines()) {
            if (g.start() == Part.Start.AUTO) {
                for (int k = 0; k < g.count(); k++) {
                    GoroutineState child = create(g, g.count() == 1 ? g.id() : g.id() + "#" + k, k);
                    setLocal(child, "id", k);
                    child.vc = main.vc.copy();
                    child.vc.tick(child.index);
                }
            }
        }
        main.vc.tick(0);
        for (GoroutineState g : new ArrayList<>(gs)) {
            Continuation.advance(this, g);
        }
        updateParking();
    }

    /**
     * Marks the goroutines at a select without default that may now have parked (see
     * {@link GoroutineState#parked}); only selects the bit can matter to carry it (an
     * {@code after} case, or a case on an unbuffered channel, where a partner may wait for it).
     */
    void updateParking() {
        if (timing != Timing.VERIFY) {
            return;
        }
        for (GoroutineState g : gs) {
            Op op = g.pending();
            if (op instanceof Op.Select s && !g.atRangeHead() && program.mayPark(s)) {
                if (!g.parked && s.cases().stream().noneMatch(c -> Readiness.readyByState(this, c))) {
                    g.parked = true;
                }
            } else {
                g.parked = false;
            }
        }
    }

    private Machine(Machine o) {
        this.program = o.program;
        this.timing = o.timing;
        this.limits = o.limits;
        this.res = new Object[o.res.length];
        for (int i = 0; i < res.length; i++) {
            res[i] = switch (o.res[i]) {
                case null -> null;
                case ChannelState c -> c.copy();
                case MutexState m -> m.copy();
                case RwMutexState m -> m.copy();
                case WaitGroupState w -> w.copy();
                case OnceState w -> w.copy();
                case VarState v -> v.copy();
                case AtomicState a -> a.copy();
                case ContextState c -> c.copy();
                case SinkState s -> s.copy();
                default -> throw new IllegalStateException("unknown resource " + o.res[i]);
            };
        }
        this.gs = new ArrayList<>(o.gs.size());
        for (GoroutineState g : o.gs) {
            gs.add(g.copy());
        }
        this.spawned = o.spawned.clone();
        this.clock = o.clock;
        this.steps = o.steps;
        this.mainReturned = o.mainReturned;
        this.crashed = o.crashed;
        this.limitError = o.limitError;
        this.cutShort = o.cutShort;
    }

    /**
     * About how much heap this state takes (object headers, arrays, lists, clocks), for memory
     * budgets: searches keep machines for the states they have yet to expand.
     */
    public long heapBytes() {
        long b = 96 + 16 + 4L * res.length + 40 + 16 + 4L * spawned.length;
        for (Object o : res) {
            b += switch (o) {
                case null -> 0;
                case ChannelState c -> 120 + 2 * (40 + 16 + 4L * Math.max(1, c.cap)) + 32L * c.buffer.size();
                case SinkState x -> 64 + 24L * x.values.size();
                default -> 48;
            };
        }
        for (GoroutineState g : gs) {
            b += 96 + 16 + 8L * g.locals.length + 40 + 4L * (g.frames.size() + 2) + 48L * g.frames.size()
                    + 32 + 16 + 8L * g.vc.width();
        }
        return b;
    }

    /** An independent copy of this state (faults and effects of the last step are not copied). */
    public Machine copy() {
        return new Machine(this);
    }

    // ------------------------------------------------------------------ queries

    public Program program() {
        return program;
    }

    public Timing timing() {
        return timing;
    }

    public long clock() {
        return clock;
    }

    public int steps() {
        return steps;
    }

    public boolean mainReturned() {
        return mainReturned;
    }

    /** Whether a panic, fatal error or failed assert ended the program. */
    public boolean crashed() {
        return crashed;
    }

    /**
     * Why the execution was cut short without a verdict, or null: a goroutine ran the step budget
     * of invisible ops without reaching a visible one, in a loop the code does not prove endless.
     */
    public String cutShort() {
        return cutShort;
    }

    /** The resource limit that stopped the execution, or null. */
    public String limitError() {
        return limitError;
    }

    public int goroutineCount() {
        return gs.size();
    }

    public String goroutineName(int g) {
        return gs.get(g).name;
    }

    public GoroutineStatus status(int g) {
        return gs.get(g).status;
    }

    /** The index of the goroutine instance with this name, or -1. */
    public int goroutineIndex(String name) {
        for (GoroutineState g : gs) {
            if (g.name.equals(name)) {
                return g.index;
            }
        }
        return -1;
    }

    /** The visible op goroutine g takes next, or null when it is done or spinning. */
    public Op pendingOp(int g) {
        return gs.get(g).pending();
    }

    /**
     * The shared var goroutine g accesses in its next step, or null: with {@code write} telling
     * whether that access is a write (the second half of an {@code inc} is one).
     */
    public VarAccess pendingAccess(int g) {
        GoroutineState s = gs.get(g);
        Op op = s.pending();
        if (op == null || s.atRangeHead()) {
            return null;
        }
        return switch (op) {
            case Op.Read r -> new VarAccess(r.var(), false);
            case Op.Write w -> new VarAccess(w.var(), true);
            case Op.Inc i -> new VarAccess(i.var(), s.phase == 1);
            case Op.If unused -> null;
            case Op.While unused -> null;
            case Op.Repeat unused -> null;
            case Op.Loop unused -> null;
            case Op.Range unused -> null;
            case Op.OnceDo unused -> null;
            case Op.Select unused -> null;
            case Op.Go unused -> null;
            case Op.Send unused -> null;
            case Op.Recv unused -> null;
            case Op.Close unused -> null;
            case Op.Lock unused -> null;
            case Op.Unlock unused -> null;
            case Op.RLock unused -> null;
            case Op.RUnlock unused -> null;
            case Op.Add unused -> null;
            case Op.Done unused -> null;
            case Op.Wait unused -> null;
            case Op.AtomicAdd unused -> null;
            case Op.AtomicLoad unused -> null;
            case Op.AtomicStore unused -> null;
            case Op.AtomicCas unused -> null;
            case Op.Cancel unused -> null;
            case Op.Sleep unused -> null;
            case Op.Work unused -> null;
            case Op.Emit unused -> null;
            case Op.Let unused -> null;
            case Op.Break unused -> null;
            case Op.Continue unused -> null;
            case Op.Return unused -> null;
            case Op.Assert unused -> null;
        };
    }

    /**
     * A snapshot of goroutine g's vector clock, indexed by goroutine: entry h is how many events
     * of goroutine h happen before g's current point. Read-only data for timelines.
     */
    public long[] vectorClock(int g) {
        VectorClock vc = gs.get(g).vc;
        long[] out = new long[gs.size()];
        for (int h = 0; h < out.length; h++) {
            out[h] = vc.get(h);
        }
        return out;
    }

    /** An upcoming access to a shared var. */
    public record VarAccess(String var, boolean write) {}

    /** Whether goroutine g finished. */
    public boolean done(int g) {
        return gs.get(g).status == GoroutineStatus.DONE;
    }

    /** What the output goal inspects on a sink: the values emitted before main returned. */
    public List<Long> output(String sink) {
        return ((SinkState) res[program.indexOf(sink)]).output();
    }

    /** Every value emitted on a sink so far. */
    public List<Long> emitted(String sink) {
        return List.copyOf(((SinkState) res[program.indexOf(sink)]).values);
    }

    /** Takes the faults raised since the last call. */
    public List<Fault> drainFaults() {
        List<Fault> f = faults;
        faults = new ArrayList<>();
        return f;
    }

    /** Whether some template has more than one instance (only then can instances be swapped). */
    private boolean spawnedTwins() {
        for (int s : spawned) {
            if (s > 1) {
                return true;
            }
        }
        for (Part p : program.parts()) {
            if (p instanceof Part.Goroutine g && g.count() > 1) {
                return true;
            }
        }
        return false;
    }

    /** The canonical key of this state, with symmetry reduction; equal keys mean the states behave alike. */
    public StateWriter.StateKey key() {
        return key(true);
    }

    /**
     * The key of this state. With {@code reduce}, instances of one goroutine template that
     * differ only in which is which share a key, and dead locals are left out; without, every
     * instance keeps its identity and every local its value (plain search, for comparison).
     */
    public StateWriter.StateKey key(boolean reduce) {
        boolean symmetry = reduce;
        Scratch scratch = SCRATCH.get();
        StateWriter w = scratch.key;
        w.reset();
        w.put(mainReturned).put(crashed).put(cutShort != null).put(gs.size());
        if (timing == Timing.TIMED) {
            w.put(clock);
        }
        // Symmetry: goroutines of one template are ordered by their own encoding, and every
        // goroutine index inside a resource is relabelled to that order, so states that differ
        // only by which instance is which share one key.
        int n = gs.size();
        StateWriter gw = scratch.goroutines;
        gw.reset();
        int[] from = scratch.from(n + 1);
        boolean twins = false;
        for (GoroutineState g : gs) {
            from[g.index] = gw.size();
            g.encode(gw, program, symmetry);
            twins |= g.index > 0 && gs.get(g.index - 1).templateIndex == g.templateIndex;
            if (timing == Timing.TIMED) {
                gw.put(g.armedAt).put(g.busyUntil);
            }
            if (!symmetry) {
                gw.put(g.index).put(g.instance);
            }
        }
        from[n] = gw.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (symmetry && (twins || spawnedTwins())) {
            java.util.Arrays.sort(order, (a, b) -> {
                int t = Integer.compare(gs.get(a).templateIndex, gs.get(b).templateIndex);
                return t != 0 ? t : gw.compare(from[a], from[a + 1] - from[a], from[b], from[b + 1] - from[b]);
            });
        }
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            label[order[i]] = i;
            w.put(gw, from[order[i]], from[order[i] + 1]);
        }
        java.util.function.IntUnaryOperator relabel = g -> label[g];
        java.util.BitSet observed = reduce ? observedParts() : null;
        List<VectorClock> knowers = null;
        int live = 0;
        for (int i = 0; i < res.length; i++) {
            Object o = res[i];
            if (o != null && observed != null && !observed.get(i)) {
                // No goroutine alive, nor any it may start, can observe this value again.
                switch (o) {
                    case VarState v -> {
                        w.put(0);
                        if (knowers == null) {
                            knowers = knowers(order);
                            live = liveCount();
                        }
                        v.encodeShadow(w, relabel, knowers, live);
                        continue;
                    }
                    case AtomicState a -> {
                        w.put(0);
                        continue;
                    }
                    case ChannelState c -> {
                        c.encodeCount(w);
                        continue;
                    }
                    default -> { }
                }
            }
            switch (o) {
                case null -> w.put(-1);
                case ChannelState c -> c.encode(w);
                case MutexState m -> m.encode(w, relabel);
                case RwMutexState m -> m.encode(w, relabel);
                case WaitGroupState x -> x.encode(w);
                case OnceState x -> x.encode(w, relabel);
                case VarState v -> {
                    v.encode(w);
                    if (knowers == null) {
                        knowers = knowers(order);
                        live = liveCount();
                    }
                    v.encodeShadow(w, relabel, knowers, live);
                }
                case AtomicState a -> a.encode(w);
                case ContextState c -> c.encode(w);
                case SinkState s -> s.encode(w);
                default -> throw new IllegalStateException();
            }
        }
        for (int s : spawned) {
            w.put(s);
        }
        return w.key();
    }

    /** Buffers a thread reuses for the keys it builds (keys are built on whichever thread searches). */
    private static final class Scratch {
        final StateWriter key = new StateWriter();
        final StateWriter goroutines = new StateWriter();
        private int[] from = new int[16];

        int[] from(int n) {
            if (from.length < n) {
                from = new int[Math.max(n, from.length * 2)];
            }
            return from;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * The clocks that may still pass knowledge of a var access on: the running goroutines' (in
     * the key's order), then each resource's (see {@link VarState#encodeShadow}).
     */
    private List<VectorClock> knowers(Integer[] order) {
        List<VectorClock> out = new ArrayList<>();
        for (int i : order) {
            if (gs.get(i).status != GoroutineStatus.DONE) {
                out.add(gs.get(i).vc);
            }
        }
        for (Object o : res) {
            switch (o) {
                case MutexState m -> m.clocks(out::add);
                case RwMutexState m -> m.clocks(out::add);
                case ChannelState c -> c.clocks(out::add);
                case WaitGroupState x -> x.clocks(out::add);
                case OnceState x -> x.clocks(out::add);
                case AtomicState a -> a.clocks(out::add);
                case ContextState c -> c.clocks(out::add);
                case null, default -> { }
            }
        }
        return out;
    }

    private int liveCount() {
        int n = 0;
        for (GoroutineState g : gs) {
            n += g.status != GoroutineStatus.DONE ? 1 : 0;
        }
        return n;
    }

    /** The parts whose value some goroutine still running may observe (see {@link Program#observes}). */
    private java.util.BitSet observedParts() {
        java.util.BitSet out = new java.util.BitSet();
        for (GoroutineState g : gs) {
            if (g.status != GoroutineStatus.DONE) {
                out.or(program.observes(g.templateIndex));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ choices

    /** Everything that can happen next, goroutines in creation order, then context timeouts. */
    public List<Choice> enabled() {
        if (crashed || limitError != null || cutShort != null) {
            return List.of();
        }
        List<Choice> out = new ArrayList<>();
        for (GoroutineState g : gs) {
            options(g, out);
        }
        if (timing == Timing.VERIFY) {
            for (Object o : res) {
                if (o instanceof ContextState c && c.timerArmed()) {
                    out.add(Choice.timer(c.index));
                }
            }
        }
        return out;
    }

    /** The choices goroutine g has now (empty when it is blocked, done or spinning). */
    public List<Choice> options(int g) {
        List<Choice> out = new ArrayList<>();
        options(gs.get(g), out);
        return out;
    }

    private void options(GoroutineState g, List<Choice> out) {
        Op op = g.pending();
        if (op == null) {
            return;
        }
        if (timing == Timing.TIMED && g.busyUntil > clock) {
            return;
        }
        if (op instanceof Op.Select s && !g.atRangeHead()) {
            List<Integer> ready = Readiness.readyCases(this, g, s);
            boolean byState = false;
            for (int k : ready) {
                Op.Case c = s.cases().get(k);
                byState |= Readiness.readyByState(this, c);
                switch (c) {
                    case Op.RecvCase r -> withPartners(g, k, chan(r.ch()), true, out);
                    case Op.SendCase x -> withPartners(g, k, chan(x.ch()), false, out);
                    case Op.DoneCase unused -> out.add(new Choice(g.index, k));
                    case Op.AfterCase unused -> out.add(new Choice(g.index, k));
                }
            }
            // In verification default is ruled out only by a case ready by the resources' state;
            // a timed run is one fixed interleaving, where a ready partner has parked.
            if (s.hasDefault() && (timing == Timing.VERIFY ? !byState : ready.isEmpty())) {
                out.add(new Choice(g.index, Choice.DEFAULT));
            }
            return;
        }
        if (Readiness.ready(this, g, op)) {
            switch (op) {
                case Op.Send x -> withPartners(g, Choice.NONE, chan(x.ch()), false, out);
                case Op.Recv r -> withPartners(g, Choice.NONE, chan(r.ch()), true, out);
                case Op.Range r when g.atRangeHead() -> withPartners(g, Choice.NONE, chan(r.ch()), true, out);
                case Op.If unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.While unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.Repeat unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.Loop unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.Range unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.OnceDo unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.Select unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.Go unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.Close unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.Lock unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.Unlock unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.RLock unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.RUnlock unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.Add unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.Done unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.Wait unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.Read unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.Write unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.Inc unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.AtomicAdd unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.AtomicLoad unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.AtomicStore unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.AtomicCas unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.Cancel unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.Sleep unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.Work unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.Emit unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.Let unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.Break unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.Continue unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.Return unused -> out.add(new Choice(g.index, Choice.NONE));
                case Op.Assert unused -> out.add(new Choice(g.index, Choice.NONE));
            }
        }
    }

    /** g's step (case {@code branch}), once for each partner it may pair with when it is a hand-off on ch. */
    private void withPartners(GoroutineState g, int branch, ChannelState ch, boolean receiving, List<Choice> out) {
        if (!Readiness.handOff(ch)) {
            out.add(new Choice(g.index, branch));
            return;
        }
        for (int[] p : Readiness.partners(this, ch, g.index, receiving)) {
            out.add(new Choice(g.index, branch, p[0], p[1]));
        }
    }

    /**
     * Goroutines whose choices alone may be explored from this state (a persistent set, for the
     * partial-order reduction), in creation order, or null when every choice must be: nothing
     * other goroutines, goroutines yet to start or context timers can do before one of these
     * takes a step fails to commute with their next steps or enables one of them. The caller
     * must still fall back to every choice when such a step ends the program or returns from
     * main, and apply a cycle proviso (see {@code Explorer}).
     */
    public int[] persistentActors() {
        return program.footprints().persistentActors(this);
    }

    /**
     * The schedule token for a choice made in this state: the goroutine's name, then
     * {@code :case} when it has several select cases to choose from, then {@code >partner} (and
     * {@code :case} of the partner's select) when its hand-off could pair with several partners.
     */
    public String token(Choice c) {
        if (c.isTimer()) {
            return "@" + program.parts().get(c.timerPart()).id();
        }
        GoroutineState g = gs.get(c.actor());
        List<Choice> mine = options(c.actor());
        StringBuilder t = new StringBuilder(g.name);
        if (c.branch() != Choice.NONE && mine.stream().map(Choice::branch).distinct().count() > 1) {
            t.append(':').append(c.branch() == Choice.DEFAULT ? "default" : Integer.toString(c.branch()));
        }
        List<Choice> sameCase = mine.stream().filter(o -> o.branch() == c.branch()).toList();
        if (c.partner() >= 0 && sameCase.size() > 1) {
            t.append('>').append(gs.get(c.partner()).name);
            if (sameCase.stream().filter(o -> o.partner() == c.partner()).count() > 1) {
                t.append(':').append(c.partnerBranch());
            }
        }
        return t.toString();
    }

    /**
     * Resolves a schedule token against the choices enabled now; null if it names none of them.
     * A token without {@code >partner} takes the first pairing, as schedules written before
     * pairings were choices did.
     */
    public Choice resolve(String token) {
        List<Choice> en = enabled();
        if (token.startsWith("@")) {
            String ctx = token.substring(1);
            return en.stream().filter(c -> c.isTimer() && program.parts().get(c.timerPart()).id().equals(ctx))
                    .findFirst().orElse(null);
        }
        String pairing = null;
        int arrow = token.indexOf('>');
        if (arrow >= 0) {
            pairing = token.substring(arrow + 1);
            token = token.substring(0, arrow);
        }
        String[] actor = splitCase(token);
        if (actor == null) {
            return null;
        }
        int g = goroutineIndex(actor[0]);
        if (g < 0) {
            return null;
        }
        List<Choice> mine = en.stream().filter(c -> c.actor() == g).toList();
        if (actor[1] != null) {
            int want = caseNumber(actor[1]);
            mine = mine.stream().filter(c -> c.branch() == want).toList();
        } else if (mine.stream().map(Choice::branch).distinct().count() > 1) {
            return null;
        }
        if (pairing != null) {
            String[] partner = splitCase(pairing);
            if (partner == null) {
                return null;
            }
            int h = goroutineIndex(partner[0]);
            mine = mine.stream().filter(c -> c.partner() == h).toList();
            if (partner[1] != null) {
                int want = caseNumber(partner[1]);
                mine = mine.stream().filter(c -> c.partnerBranch() == want).toList();
            }
        }
        return mine.isEmpty() ? null : mine.get(0);
    }

    /** {name, case} of "name" or "name:case" (case null when absent), or null if malformed. */
    private static String[] splitCase(String token) {
        int colon = token.indexOf(':');
        if (colon < 0) {
            return new String[] {token, null};
        }
        String b = token.substring(colon + 1);
        if (!b.equals("default") && !b.matches("\\d{1,9}")) {
            return null;
        }
        return new String[] {token.substring(0, colon), b};
    }

    private static int caseNumber(String b) {
        return b.equals("default") ? Choice.DEFAULT : Integer.parseInt(b);
    }

    // ------------------------------------------------------------------ stepping

    /**
     * Takes one enabled choice, like {@link #step}, without describing what happened: no step
     * record and no effect texts (the exhaustive search takes millions of steps and reads only
     * the resulting state and its faults).
     */
    public void stepQuietly(Choice c) {
        recording = false;
        try {
            effects = new ArrayList<>();
            steps++;
            if (c.isTimer()) {
                cancelTree((ContextState) res[c.timerPart()], null, true);
                updateParking();
                return;
            }
            GoroutineState g = gs.get(c.actor());
            Op op = g.pending();
            g.vc.tick(g.index);
            g.parked = false;
            pairWith = c.partner();
            pairCase = c.partnerBranch();
            try {
                OpSteps.exec(this, g, op, c.branch());
                Continuation.advance(this, g);
            } catch (DivideByZero e) {
                divideByZero(g, op);
            }
            updateParking();
        } finally {
            recording = true;
            pairWith = -1;
        }
    }

    /** Takes one enabled choice and returns what happened. */
    public StepRecord step(Choice c) {
        String token = token(c);
        effects = new ArrayList<>();
        steps++;
        if (c.isTimer()) {
            ContextState ctx = (ContextState) res[c.timerPart()];
            cancelTree(ctx, null, true);
            updateParking();
            effects.add("timeout of " + ctx.id + " fired");
            return new StepRecord(steps, token, "timer", "", ctx.id + " timeout", String.join("; ", effects),
                    clock, List.copyOf(faults));
        }
        GoroutineState g = gs.get(c.actor());
        Op op = g.pending();
        String text = OpText.of(op);
        String path = op.src().path();
        g.vc.tick(g.index);
        g.parked = false;
        pairWith = c.partner();
        pairCase = c.partnerBranch();
        try {
            OpSteps.exec(this, g, op, c.branch());
            Continuation.advance(this, g);
        } catch (DivideByZero e) {
            divideByZero(g, op);
        } finally {
            pairWith = -1;
        }
        updateParking();
        if (effects.isEmpty()) {
            effects.add("ok");
        }
        return new StepRecord(steps, token, g.name, path, text, String.join("; ", effects), clock,
                List.copyOf(faults));
    }

    GoroutineState create(Part.Goroutine t, String name, int instance) {
        int ti = program.indexOf(t.id());
        GoroutineState g = new GoroutineState(gs.size(), name, t, ti, instance, program.locals(t.id()).size());
        g.frames.add(new Frame(Frame.Kind.BLOCK, program.rootBlock(t.id()), t.ops(), null));
        g.armedAt = clock;
        gs.add(g);
        return g;
    }

    void cancelTree(ContextState ctx, VectorClock by, boolean byTimeout) {
        if (ctx.cancelled) {
            return;
        }
        ctx.cancel(by, byTimeout);
        for (int child : ctx.children) {
            cancelTree((ContextState) res[child], by, byTimeout);
        }
    }

    void divideByZero(GoroutineState g, Op op) {
        crash(Kind.PANIC, "panic: runtime error: integer divide by zero", g, op,
                g.name + " divided by zero at " + op.src().path() + ".");
    }

    void crash(Kind kind, String message, GoroutineState g, Op op, String explanation) {
        crashed = true;
        Site site = new Site(g.name, op.src().path(), op.kind(), null);
        faults.add(new Fault(kind, message, List.of(site), List.of(explanation)));
        if (recording) {
            effects.add(message);
        }
    }

    // ------------------------------------------------------------------ invisible ops

    // ------------------------------------------------------------------ timed runs

    /** Timed runs: moves the virtual clock forward and fires the context timeouts that are due. */
    public void advanceClock(long to) {
        if (to > clock) {
            clock = to;
        }
        for (Object o : res) {
            if (o instanceof ContextState c && c.timerArmed() && c.timeout <= clock) {
                cancelTree(c, null, true);
            }
        }
    }

    /** Timed runs: the next tick at which a sleeping goroutine, a timeout or a busy one changes. */
    public long nextTimerTick() {
        long next = Long.MAX_VALUE;
        for (GoroutineState g : gs) {
            Op op = g.pending();
            if (op == null) {
                continue;
            }
            if (g.busyUntil > clock) {
                next = Math.min(next, g.busyUntil);
            }
            if (op instanceof Op.Sleep s && !g.atRangeHead()) {
                next = Math.min(next, g.armedAt + s.ticks());
            }
            if (op instanceof Op.Select s && !g.atRangeHead()) {
                for (Op.Case c : s.cases()) {
                    if (c instanceof Op.AfterCase a) {
                        next = Math.min(next, g.armedAt + a.ticks());
                    }
                }
            }
        }
        for (Object o : res) {
            if (o instanceof ContextState c && c.timerArmed()) {
                next = Math.min(next, c.timeout);
            }
        }
        return next > clock ? next : Long.MAX_VALUE;
    }

    /** Timed runs: whether goroutine g holds a core with work at the current tick. */
    public boolean busy(int g) {
        GoroutineState s = gs.get(g);
        return s.status == GoroutineStatus.RUNNABLE && s.busyUntil > clock;
    }

    /** Timed runs: how many goroutines are busy with work at the current tick. */
    public int busyCount() {
        int n = 0;
        for (GoroutineState g : gs) {
            if (g.status == GoroutineStatus.RUNNABLE && g.busyUntil > clock) {
                n++;
            }
        }
        return n;
    }

    // ------------------------------------------------------------------ helpers

    GoroutineState goroutine(int i) {
        return gs.get(i);
    }

    List<GoroutineState> goroutines() {
        return gs;
    }

    Object resource(String id) {
        return res[program.indexOf(id)];
    }

    Object resource(int index) {
        return res[index];
    }

    long eval(GoroutineState g, Expr e) {
        return ExprEval.eval(e, env(g));
    }

    boolean truth(GoroutineState g, Expr e) {
        return ExprEval.truth(e, env(g));
    }

    private Env env(GoroutineState g) {
        var slots = program.locals(g.template.id());
        return name -> {
            Integer i = slots.get(name);
            if (i == null) {
                throw new IllegalStateException("undefined local " + name + " in " + g.name);
            }
            return g.locals[i];
        };
    }

    void setLocal(GoroutineState g, String name, long v) {
        Integer i = program.locals(g.template.id()).get(name);
        if (i != null) {
            g.locals[i] = v;
        }
    }

    ChannelState chan(String id) {
        return (ChannelState) res[program.indexOf(id)];
    }

    RwMutexState rw(String id) {
        return (RwMutexState) res[program.indexOf(id)];
    }

    WaitGroupState wg(String id) {
        return (WaitGroupState) res[program.indexOf(id)];
    }

    OnceState once(String id) {
        return (OnceState) res[program.indexOf(id)];
    }

    VarState var(String id) {
        return (VarState) res[program.indexOf(id)];
    }

    AtomicState atomic(String id) {
        return (AtomicState) res[program.indexOf(id)];
    }

    ContextState ctx(String id) {
        return (ContextState) res[program.indexOf(id)];
    }
}
