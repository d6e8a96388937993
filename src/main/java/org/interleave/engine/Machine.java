package org.interleave.engine;

import java.util.ArrayList;
import java.util.Collections;
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
    private final Program program;
    private final Timing timing;
    private final Limits limits;
    private final Object[] res;
    private final List<GoroutineState> gs;
    private final int[] spawned;
    private long clock;
    private int steps;
    private boolean mainReturned;
    private boolean crashed;
    private String limitError;
    private List<Fault> faults = new ArrayList<>();
    private List<String> effects = new ArrayList<>();

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
            advance(g);
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
            default -> null;
        };
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
        StateWriter w = new StateWriter();
        w.put(mainReturned).put(crashed).put(gs.size());
        if (timing == Timing.TIMED) {
            w.put(clock);
        }
        // Symmetry: goroutines of one template are ordered by their own encoding, and every
        // goroutine index inside a resource is relabelled to that order, so states that differ
        // only by which instance is which share one key.
        long[][] enc = new long[gs.size()][];
        Integer[] order = new Integer[gs.size()];
        StateWriter gw = new StateWriter();
        boolean twins = false;
        for (GoroutineState g : gs) {
            gw.reset();
            g.encode(gw, program, symmetry);
            twins |= g.index > 0 && gs.get(g.index - 1).templateIndex == g.templateIndex;
            if (timing == Timing.TIMED) {
                gw.put(g.armedAt).put(g.busyUntil);
            }
            if (!symmetry) {
                gw.put(g.index).put(g.instance);
            }
            enc[g.index] = gw.toArray();
            order[g.index] = g.index;
        }
        if (symmetry && (twins || spawnedTwins())) {
            java.util.Arrays.sort(order, (a, b) -> {
                int t = Integer.compare(gs.get(a).templateIndex, gs.get(b).templateIndex);
                return t != 0 ? t : java.util.Arrays.compare(enc[a], enc[b]);
            });
        }
        int[] label = new int[gs.size()];
        for (int i = 0; i < order.length; i++) {
            label[order[i]] = i;
            for (long v : enc[order[i]]) {
                w.put(v);
            }
        }
        java.util.function.IntUnaryOperator relabel = g -> label[g];
        for (Object o : res) {
            switch (o) {
                case null -> w.put(-1);
                case ChannelState c -> c.encode(w);
                case MutexState m -> m.encode(w, relabel);
                case RwMutexState m -> m.encode(w, relabel);
                case WaitGroupState x -> x.encode(w);
                case OnceState x -> x.encode(w, relabel);
                case VarState v -> v.encode(w);
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

    // ------------------------------------------------------------------ choices

    /** Everything that can happen next, goroutines in creation order, then context timeouts. */
    public List<Choice> enabled() {
        if (crashed || limitError != null) {
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
            List<Integer> ready = readyCases(g, s);
            if (ready.isEmpty()) {
                if (s.hasDefault()) {
                    out.add(new Choice(g.index, Choice.DEFAULT));
                }
                return;
            }
            if (ready.size() == 1) {
                out.add(new Choice(g.index, ready.get(0)));
                return;
            }
            for (int k : ready) {
                out.add(new Choice(g.index, k));
            }
            return;
        }
        if (ready(g, op)) {
            out.add(new Choice(g.index, Choice.NONE));
        }
    }

    /** The schedule token for a choice made in this state. */
    public String token(Choice c) {
        if (c.isTimer()) {
            return "@" + program.parts().get(c.timerPart()).id();
        }
        GoroutineState g = gs.get(c.actor());
        if (c.branch() == Choice.NONE) {
            return g.name;
        }
        if (options(c.actor()).size() > 1) {
            return g.name + ":" + (c.branch() == Choice.DEFAULT ? "default" : Integer.toString(c.branch()));
        }
        return g.name;
    }

    /** Resolves a schedule token against the choices enabled now; null if it names none of them. */
    public Choice resolve(String token) {
        List<Choice> en = enabled();
        if (token.startsWith("@")) {
            String ctx = token.substring(1);
            return en.stream().filter(c -> c.isTimer() && program.parts().get(c.timerPart()).id().equals(ctx))
                    .findFirst().orElse(null);
        }
        String name = token;
        Integer branch = null;
        int colon = token.indexOf(':');
        if (colon >= 0) {
            name = token.substring(0, colon);
            String b = token.substring(colon + 1);
            if (b.equals("default")) {
                branch = Choice.DEFAULT;
            } else {
                try {
                    branch = Integer.parseInt(b);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        int g = goroutineIndex(name);
        if (g < 0) {
            return null;
        }
        Integer want = branch;
        List<Choice> mine = en.stream().filter(c -> c.actor() == g).toList();
        if (want == null) {
            return mine.size() == 1 ? mine.get(0) : null;
        }
        return mine.stream().filter(c -> c.branch() == want).findFirst().orElse(null);
    }

    private boolean ready(GoroutineState g, Op op) {
        return switch (op) {
            case Op.Send s -> sendReady(chan(s.ch()), g.index);
            case Op.Recv r -> recvReady(chan(r.ch()), g.index);
            case Op.Range r -> recvReady(chan(r.ch()), g.index);
            case Op.Lock l -> switch (res[program.indexOf(l.mu())]) {
                case MutexState m -> m.free();
                case RwMutexState m -> m.lockCanStep(g.index);
                default -> false;
            };
            case Op.RLock l -> rw(l.mu()).rlockReady();
            case Op.Wait w -> wg(w.wg()).counter == 0;
            case Op.OnceDo o -> once(o.once()).ready();
            case Op.Sleep s -> timing == Timing.VERIFY || clock >= g.armedAt + s.ticks();
            default -> true;
        };
    }

    private List<Integer> readyCases(GoroutineState g, Op.Select s) {
        List<Integer> ready = new ArrayList<>();
        for (int k = 0; k < s.cases().size(); k++) {
            boolean r = switch (s.cases().get(k)) {
                case Op.RecvCase c -> recvReady(chan(c.ch()), g.index);
                case Op.SendCase c -> sendReady(chan(c.ch()), g.index);
                case Op.AfterCase c -> timing == Timing.VERIFY ? !s.hasDefault() : clock >= g.armedAt + c.ticks();
                case Op.DoneCase c -> ctx(c.ctx()).cancelled;
            };
            if (r) {
                ready.add(k);
            }
        }
        return ready;
    }

    private boolean sendReady(ChannelState ch, int self) {
        if (ch.nil) {
            return false;
        }
        if (ch.closed) {
            return true;
        }
        return ch.buffered() ? ch.hasRoom() : waitingReceiver(ch, self) >= 0;
    }

    private boolean recvReady(ChannelState ch, int self) {
        if (ch.nil) {
            return false;
        }
        if (!ch.buffer.isEmpty() || ch.closed) {
            return true;
        }
        return !ch.buffered() && waitingSender(ch, self) >= 0;
    }

    /** The first goroutine other than self blocked in a receive on ch (plain, range, or select). */
    private int waitingReceiver(ChannelState ch, int self) {
        for (GoroutineState h : gs) {
            if (h.index != self && recvCaseOn(h, ch) != Integer.MIN_VALUE) {
                return h.index;
            }
        }
        return -1;
    }

    private int waitingSender(ChannelState ch, int self) {
        for (GoroutineState h : gs) {
            if (h.index != self && sendCaseOn(h, ch) != Integer.MIN_VALUE) {
                return h.index;
            }
        }
        return -1;
    }

    /** How h waits to receive on ch: NONE for a plain receive or range, a case index in a select. */
    private int recvCaseOn(GoroutineState h, ChannelState ch) {
        Op op = h.pending();
        if (op == null || timing == Timing.TIMED && h.busyUntil > clock) {
            return Integer.MIN_VALUE;
        }
        if (h.atRangeHead()) {
            return chan(((Op.Range) op).ch()) == ch ? Choice.NONE : Integer.MIN_VALUE;
        }
        return switch (op) {
            case Op.Recv r -> chan(r.ch()) == ch ? Choice.NONE : Integer.MIN_VALUE;
            case Op.Select s when !s.hasDefault() -> {
                for (int k = 0; k < s.cases().size(); k++) {
                    if (s.cases().get(k) instanceof Op.RecvCase c && chan(c.ch()) == ch) {
                        yield k;
                    }
                }
                yield Integer.MIN_VALUE;
            }
            default -> Integer.MIN_VALUE;
        };
    }

    private int sendCaseOn(GoroutineState h, ChannelState ch) {
        Op op = h.pending();
        if (op == null || h.atRangeHead() || timing == Timing.TIMED && h.busyUntil > clock) {
            return Integer.MIN_VALUE;
        }
        return switch (op) {
            case Op.Send s -> chan(s.ch()) == ch ? Choice.NONE : Integer.MIN_VALUE;
            case Op.Select s when !s.hasDefault() -> {
                for (int k = 0; k < s.cases().size(); k++) {
                    if (s.cases().get(k) instanceof Op.SendCase c && chan(c.ch()) == ch) {
                        yield k;
                    }
                }
                yield Integer.MIN_VALUE;
            }
            default -> Integer.MIN_VALUE;
        };
    }

    // ------------------------------------------------------------------ stepping

    /** Takes one enabled choice and returns what happened. */
    public StepRecord step(Choice c) {
        String token = token(c);
        effects = new ArrayList<>();
        steps++;
        if (c.isTimer()) {
            ContextState ctx = (ContextState) res[c.timerPart()];
            cancelTree(ctx, null, true);
            effects.add("timeout of " + ctx.id + " fired");
            return new StepRecord(steps, token, "timer", "", ctx.id + " timeout", String.join("; ", effects),
                    clock, List.copyOf(faults));
        }
        GoroutineState g = gs.get(c.actor());
        Op op = g.pending();
        String text = OpText.of(op);
        String path = op.src().path();
        g.vc.tick(g.index);
        try {
            exec(g, op, c.branch());
            advance(g);
        } catch (DivideByZero e) {
            divideByZero(g, op);
        }
        if (effects.isEmpty()) {
            effects.add("ok");
        }
        return new StepRecord(steps, token, g.name, path, text, String.join("; ", effects), clock,
                List.copyOf(faults));
    }

    private void exec(GoroutineState g, Op op, int branch) {
        Frame f = g.top();
        if (g.atRangeHead()) {
            Op.Range r = (Op.Range) op;
            ChannelState ch = chan(r.ch());
            long[] got = receive(g, ch, op);
            if (got[1] == 1) {
                if (r.to() != null) {
                    setLocal(g, r.to(), got[0]);
                }
                f.pc = 0;
            } else {
                g.pop();
                effects.add("range over " + ch.id + " ends: closed");
            }
            return;
        }
        switch (op) {
            case Op.Go o -> {
                spawn(g, o);
                f.pc++;
            }
            case Op.Send s -> {
                send(g, chan(s.ch()), eval(g, s.value()), op);
                f.pc++;
            }
            case Op.Recv r -> {
                long[] got = receive(g, chan(r.ch()), op);
                assignRecv(g, r.to(), r.ok(), got);
                f.pc++;
            }
            case Op.Close cl -> {
                ChannelState ch = chan(cl.ch());
                if (ch.nil) {
                    crash(Kind.PANIC, "panic: close of nil channel", g, op, g.name + " closed the nil channel " + ch.id + ".");
                } else if (ch.closed) {
                    crash(Kind.PANIC, "panic: close of closed channel", g, op,
                            g.name + " closed " + ch.id + ", which was already closed.");
                } else {
                    ch.close(g.vc);
                    effects.add("closed " + ch.id);
                }
                f.pc++;
            }
            case Op.Select s -> select(g, s, branch, f);
            case Op.Lock l -> {
                switch (res[program.indexOf(l.mu())]) {
                    case MutexState m -> {
                        m.lock(g.index, g.vc);
                        effects.add("acquired " + m.id);
                        f.pc++;
                    }
                    case RwMutexState m -> {
                        if (m.lockStep(g.index, g.vc)) {
                            effects.add("acquired " + m.id + " for writing");
                            f.pc++;
                        } else {
                            effects.add("waits for " + m.readers.size() + " reader(s) of " + m.id
                                    + " to leave; new readers now wait");
                        }
                    }
                    default -> throw new IllegalStateException();
                }
            }
            case Op.Unlock u -> {
                switch (res[program.indexOf(u.mu())]) {
                    case MutexState m -> {
                        if (!m.unlock(g.vc)) {
                            crash(Kind.PANIC, "fatal error: sync: unlock of unlocked mutex", g, op,
                                    g.name + " unlocked " + m.id + ", which was not locked.");
                        } else {
                            effects.add("released " + m.id);
                        }
                    }
                    case RwMutexState m -> {
                        if (!m.unlock(g.vc)) {
                            crash(Kind.PANIC, "fatal error: sync: Unlock of unlocked RWMutex", g, op,
                                    g.name + " called Unlock on " + m.id + ", which was not locked for writing.");
                        } else {
                            effects.add("released " + m.id);
                        }
                    }
                    default -> throw new IllegalStateException();
                }
                f.pc++;
            }
            case Op.RLock l -> {
                RwMutexState m = rw(l.mu());
                m.rlock(g.index, g.vc);
                effects.add("acquired " + m.id + " for reading (" + m.readers.size() + " reader(s))");
                f.pc++;
            }
            case Op.RUnlock u -> {
                RwMutexState m = rw(u.mu());
                if (!m.runlock(g.index, g.vc)) {
                    crash(Kind.PANIC, "fatal error: sync: RUnlock of unlocked RWMutex", g, op,
                            g.name + " called RUnlock on " + m.id + ", which had no readers.");
                } else {
                    effects.add("released a read lock of " + m.id);
                }
                f.pc++;
            }
            case Op.Add a -> {
                addToGroup(g, wg(a.wg()), eval(g, a.n()), op);
                f.pc++;
            }
            case Op.Done d -> {
                addToGroup(g, wg(d.wg()), -1, op);
                f.pc++;
            }
            case Op.Wait w -> {
                wg(w.wg()).waitReturns(g.vc);
                effects.add(w.wg() + " is at zero: Wait returns");
                f.pc++;
            }
            case Op.OnceDo o -> {
                OnceState once = once(o.once());
                f.pc++;
                if (once.done) {
                    once.observe(g.vc);
                    effects.add(once.id + " already done");
                } else {
                    once.runner = g.index;
                    Frame body = new Frame(Frame.Kind.ONCE, o.body(), o);
                    body.counter = program.indexOf(o.once());
                    g.frames.add(body);
                    effects.add("runs the body of " + once.id);
                }
            }
            case Op.Read r -> {
                VarState v = var(r.var());
                access(g, v, false, op);
                setLocal(g, r.to(), v.value);
                effects.add("read " + v.id + " = " + v.value);
                f.pc++;
            }
            case Op.Write w -> {
                VarState v = var(w.var());
                long value = eval(g, w.value());
                access(g, v, true, op);
                v.value = value;
                effects.add("wrote " + v.id + " = " + value);
                f.pc++;
            }
            case Op.Inc i -> {
                VarState v = var(i.var());
                if (g.phase == 0) {
                    access(g, v, false, op);
                    g.temp = v.value;
                    g.phase = 1;
                    effects.add("read " + v.id + " = " + v.value + " (first half of " + OpText.of(op) + ")");
                } else {
                    long n = i.n() == null ? 1 : eval(g, i.n());
                    access(g, v, true, op);
                    v.value = g.temp + n;
                    g.phase = 0;
                    effects.add("wrote " + v.id + " = " + v.value);
                    f.pc++;
                }
            }
            case Op.AtomicAdd a -> {
                AtomicState v = atomic(a.var());
                v.synchronize(g.vc);
                v.value += eval(g, a.n());
                if (a.to() != null) {
                    setLocal(g, a.to(), v.value);
                }
                effects.add(v.id + " = " + v.value);
                f.pc++;
            }
            case Op.AtomicLoad a -> {
                AtomicState v = atomic(a.var());
                v.synchronize(g.vc);
                setLocal(g, a.to(), v.value);
                effects.add("loaded " + v.id + " = " + v.value);
                f.pc++;
            }
            case Op.AtomicStore a -> {
                AtomicState v = atomic(a.var());
                v.synchronize(g.vc);
                v.value = eval(g, a.value());
                effects.add("stored " + v.id + " = " + v.value);
                f.pc++;
            }
            case Op.AtomicCas a -> {
                AtomicState v = atomic(a.var());
                v.synchronize(g.vc);
                long old = eval(g, a.old());
                boolean swapped = v.value == old;
                if (swapped) {
                    v.value = eval(g, a.replacement());
                }
                if (a.to() != null) {
                    setLocal(g, a.to(), swapped ? 1 : 0);
                }
                effects.add(swapped ? "swapped: " + v.id + " = " + v.value : "not swapped: " + v.id + " = " + v.value);
                f.pc++;
            }
            case Op.Cancel c -> {
                ContextState ctx = ctx(c.ctx());
                if (ctx.cancelled) {
                    effects.add(ctx.id + " was already cancelled");
                } else {
                    cancelTree(ctx, g.vc, false);
                    effects.add("cancelled " + ctx.id);
                }
                f.pc++;
            }
            case Op.Sleep s -> {
                effects.add("woke up");
                f.pc++;
            }
            case Op.Work w -> {
                // Work of n ticks: this step and n-2 busy ticks, then the step that finishes it.
                if (g.phase == 0 && w.ticks() > 1) {
                    g.busyUntil = clock + w.ticks() - 1;
                    g.phase = 1;
                    effects.add("works for " + w.ticks() + " ticks");
                } else {
                    g.phase = 0;
                    effects.add("finished " + w.ticks() + " ticks of work");
                    f.pc++;
                }
            }
            case Op.Emit e -> {
                SinkState s = (SinkState) res[program.indexOf(e.sink())];
                long v = eval(g, e.value());
                s.values.add(v);
                effects.add("printed " + v + " to " + s.id);
                f.pc++;
            }
            default -> throw new IllegalStateException("not a visible op: " + op.kind());
        }
    }

    private void select(GoroutineState g, Op.Select s, int branch, Frame f) {
        f.pc++;
        if (branch == Choice.DEFAULT) {
            effects.add("no case ready: default");
            g.frames.add(new Frame(Frame.Kind.CASE, s.otherwise(), s));
            return;
        }
        Op.Case c = s.cases().get(branch);
        switch (c) {
            case Op.RecvCase r -> assignRecv(g, r.to(), r.ok(), receive(g, chan(r.ch()), s));
            case Op.SendCase sc -> send(g, chan(sc.ch()), eval(g, sc.value()), s);
            case Op.AfterCase a -> effects.add("timer of " + a.ticks() + " ticks fired");
            case Op.DoneCase d -> {
                ContextState ctx = ctx(d.ctx());
                ctx.observe(g.vc);
                effects.add(ctx.id + " is done" + (ctx.timedOut ? " (deadline exceeded)" : " (cancelled)"));
            }
        }
        effects.add("took " + OpText.caseHead(c));
        g.frames.add(new Frame(Frame.Kind.CASE, c.body(), s));
    }

    private void send(GoroutineState g, ChannelState ch, long value, Op op) {
        if (ch.closed) {
            crash(Kind.PANIC, "panic: send on closed channel", g, op,
                    g.name + " sent on " + ch.id + " after it was closed.");
            return;
        }
        if (ch.buffered()) {
            ch.enqueue(value, g.vc);
            effects.add("sent " + value + " to " + ch.id + " (" + ch.buffer.size() + " of " + ch.cap + " slots full)");
            return;
        }
        GoroutineState h = gs.get(waitingReceiver(ch, g.index));
        int how = recvCaseOn(h, ch);
        ch.handOff();
        h.vc.tick(h.index);
        VectorClock sender = g.vc.copy();
        g.vc.join(h.vc);
        h.vc.join(sender);
        completeReceive(h, how, value, true);
        effects.add("handed " + value + " to " + h.name + " over " + ch.id);
    }

    /** Receives on ch for g; returns {value, ok}. */
    private long[] receive(GoroutineState g, ChannelState ch, Op op) {
        if (!ch.buffer.isEmpty()) {
            long v = ch.dequeue(g.vc);
            effects.add("received " + v + " from " + ch.id);
            return new long[] {v, 1};
        }
        if (ch.closed) {
            ch.observeClose(g.vc);
            effects.add("received 0, ok=false: " + ch.id + " is closed");
            return new long[] {0, 0};
        }
        GoroutineState h = gs.get(waitingSender(ch, g.index));
        int how = sendCaseOn(h, ch);
        Op hop = h.pending();
        Expr valueExpr = how == Choice.NONE ? ((Op.Send) hop).value()
                : ((Op.SendCase) ((Op.Select) hop).cases().get(how)).value();
        long v = eval(h, valueExpr);
        ch.handOff();
        h.vc.tick(h.index);
        VectorClock receiver = g.vc.copy();
        g.vc.join(h.vc);
        h.vc.join(receiver);
        completeSend(h, how);
        effects.add("received " + v + " from " + h.name + " over " + ch.id);
        return new long[] {v, 1};
    }

    /** Finishes the receive that h was blocked in, as its partner's step. */
    private void completeReceive(GoroutineState h, int how, long value, boolean ok) {
        Op op = h.pending();
        Frame f = h.top();
        try {
            if (h.atRangeHead()) {
                Op.Range r = (Op.Range) op;
                if (r.to() != null) {
                    setLocal(h, r.to(), value);
                }
                f.pc = 0;
            } else if (how == Choice.NONE) {
                Op.Recv r = (Op.Recv) op;
                assignRecv(h, r.to(), r.ok(), new long[] {value, ok ? 1 : 0});
                f.pc++;
            } else {
                Op.RecvCase c = (Op.RecvCase) ((Op.Select) op).cases().get(how);
                assignRecv(h, c.to(), c.ok(), new long[] {value, ok ? 1 : 0});
                f.pc++;
                h.frames.add(new Frame(Frame.Kind.CASE, c.body(), op));
            }
            advance(h);
        } catch (DivideByZero e) {
            divideByZero(h, op);
        }
    }

    private void completeSend(GoroutineState h, int how) {
        Op op = h.pending();
        Frame f = h.top();
        f.pc++;
        if (how != Choice.NONE) {
            h.frames.add(new Frame(Frame.Kind.CASE, ((Op.Select) op).cases().get(how).body(), op));
        }
        try {
            advance(h);
        } catch (DivideByZero e) {
            divideByZero(h, op);
        }
    }

    private void assignRecv(GoroutineState g, String to, String ok, long[] got) {
        if (to != null) {
            setLocal(g, to, got[0]);
        }
        if (ok != null) {
            setLocal(g, ok, got[1]);
        }
    }

    private void addToGroup(GoroutineState g, WaitGroupState w, long n, Op op) {
        if (!w.add(n, g.vc)) {
            crash(Kind.PANIC, "panic: sync: negative WaitGroup counter", g, op,
                    g.name + " made the counter of " + w.id + " negative (" + w.counter + ").");
        } else {
            effects.add(w.id + " counter = " + w.counter);
        }
    }

    private void spawn(GoroutineState parent, Op.Go o) {
        long live = gs.stream().filter(x -> x.status != GoroutineStatus.DONE).count();
        if (live >= limits.maxGoroutines()) {
            limitError = "resource limit: more than " + limits.maxGoroutines()
                    + " live goroutines (at " + parent.name + " " + o.src().path() + ")";
            return;
        }
        Part.Goroutine t = (Part.Goroutine) program.part(o.g());
        int ti = program.indexOf(o.g());
        int k = spawned[ti]++;
        long[] args = new long[o.args().size()];
        List<String> names = new ArrayList<>(o.args().keySet());
        Collections.sort(names);
        for (int i = 0; i < names.size(); i++) {
            args[i] = eval(parent, o.args().get(names.get(i)));
        }
        GoroutineState child = create(t, t.id() + "#" + k, k);
        for (int i = 0; i < names.size(); i++) {
            setLocal(child, names.get(i), args[i]);
        }
        child.vc = parent.vc.copy();
        child.vc.tick(child.index);
        effects.add("started " + child.name);
        advance(child);
    }

    private GoroutineState create(Part.Goroutine t, String name, int instance) {
        int ti = program.indexOf(t.id());
        GoroutineState g = new GoroutineState(gs.size(), name, t, ti, instance, program.locals(t.id()).size());
        g.frames.add(new Frame(Frame.Kind.BLOCK, t.ops(), null));
        g.armedAt = clock;
        gs.add(g);
        return g;
    }

    private void cancelTree(ContextState ctx, VectorClock by, boolean byTimeout) {
        if (ctx.cancelled) {
            return;
        }
        ctx.cancel(by, byTimeout);
        for (int child : ctx.children) {
            cancelTree((ContextState) res[child], by, byTimeout);
        }
    }

    private void access(GoroutineState g, VarState v, boolean write, Op op) {
        Site site = new Site(g.name, op.src().path(), write ? "write" : "read", v.id);
        Site other = write ? v.write(g.index, g.vc, site) : v.read(g.index, g.vc, site);
        if (other != null) {
            faults.add(new Fault(Kind.RACE, "WARNING: DATA RACE: " + site + " and " + other,
                    List.of(other, site), List.of(
                            other.goroutine() + " " + verb(other.action()) + " " + v.id + " at " + other.path()
                                    + ", and " + site.goroutine() + " " + verb(site.action()) + " it at "
                                    + site.path() + ".",
                            "Nothing orders these two accesses: no lock, channel, wait group or atomic "
                                    + "makes one happen before the other.")));
        }
    }

    private static String verb(String action) {
        return action.equals("write") ? "writes" : "reads";
    }

    private void divideByZero(GoroutineState g, Op op) {
        crash(Kind.PANIC, "panic: runtime error: integer divide by zero", g, op,
                g.name + " divided by zero at " + op.src().path() + ".");
    }

    private void crash(Kind kind, String message, GoroutineState g, Op op, String explanation) {
        crashed = true;
        Site site = new Site(g.name, op.src().path(), op.kind(), null);
        faults.add(new Fault(kind, message, List.of(site), List.of(explanation)));
        effects.add(message);
    }

    // ------------------------------------------------------------------ invisible ops

    /** Runs g's invisible ops until its next visible op, its end, or its local budget. */
    private void advance(GoroutineState g) {
        if (g.status != GoroutineStatus.RUNNABLE) {
            return;
        }
        int budget = limits.localBudget();
        g.armedAt = clock;
        while (true) {
            if (crashed) {
                return;
            }
            if (g.frames.isEmpty()) {
                finish(g);
                return;
            }
            Frame f = g.top();
            if (f.kind == Frame.Kind.RANGE && f.pc < 0) {
                return;
            }
            if (--budget < 0) {
                g.status = GoroutineStatus.SPINNING;
                effects.add(g.name + " spins forever without synchronizing");
                return;
            }
            if (f.pc >= f.ops.size()) {
                endOfFrame(g, f);
                continue;
            }
            Op op = f.ops.get(f.pc);
            try {
                if (!invisible(g, f, op)) {
                    return;
                }
            } catch (DivideByZero e) {
                divideByZero(g, op);
                return;
            }
        }
    }

    /** Runs one invisible op; returns false when op is visible (or ends the step). */
    private boolean invisible(GoroutineState g, Frame f, Op op) {
        switch (op) {
            case Op.Let l -> {
                setLocal(g, l.to(), eval(g, l.value()));
                f.pc++;
            }
            case Op.If i -> {
                f.pc++;
                g.frames.add(new Frame(Frame.Kind.BLOCK, truth(g, i.cond()) ? i.then() : i.otherwise(), i));
            }
            case Op.While w -> {
                f.pc++;
                if (truth(g, w.cond())) {
                    g.frames.add(new Frame(Frame.Kind.WHILE, w.body(), w));
                }
            }
            case Op.Repeat r -> {
                f.pc++;
                long n = eval(g, r.times());
                if (n > 0) {
                    Frame loop = new Frame(Frame.Kind.REPEAT, r.body(), r);
                    loop.limit = n;
                    if (r.to() != null) {
                        setLocal(g, r.to(), 0);
                    }
                    g.frames.add(loop);
                }
            }
            case Op.Loop l -> {
                f.pc++;
                g.frames.add(new Frame(Frame.Kind.LOOP, l.body(), l));
            }
            case Op.Range r -> {
                f.pc++;
                Frame loop = new Frame(Frame.Kind.RANGE, r.body(), r);
                loop.pc = -1;
                g.frames.add(loop);
                return false;
            }
            case Op.Break b -> {
                while (!g.frames.isEmpty() && !g.top().isBreakTarget() && g.top().kind != Frame.Kind.ONCE) {
                    g.pop();
                }
                if (!g.frames.isEmpty() && g.top().kind != Frame.Kind.ONCE) {
                    g.pop();
                }
            }
            case Op.Continue c -> {
                while (!g.frames.isEmpty() && !g.top().isLoop() && g.top().kind != Frame.Kind.ONCE) {
                    g.pop();
                }
                if (!g.frames.isEmpty()) {
                    g.top().pc = g.top().ops.size();
                }
            }
            case Op.Return r -> {
                while (!g.frames.isEmpty() && g.top().kind != Frame.Kind.ONCE) {
                    g.pop();
                }
                if (!g.frames.isEmpty()) {
                    g.top().pc = g.top().ops.size();
                }
            }
            case Op.Assert a -> {
                f.pc++;
                if (!truth(g, a.cond())) {
                    String msg = a.message() == null || a.message().isBlank()
                            ? "assertion failed: " + OpText.expr(a.cond()) : a.message();
                    crash(Kind.ASSERT, msg, g, op, "At " + op.src().path() + ", " + g.name
                            + " asserted " + OpText.expr(a.cond()) + ", which does not hold.");
                    return false;
                }
            }
            case Op.Work w -> {
                if (timing == Timing.TIMED && w.ticks() > 0) {
                    return false;
                }
                f.pc++;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void endOfFrame(GoroutineState g, Frame f) {
        switch (f.kind) {
            case BLOCK, CASE -> g.pop();
            case WHILE -> {
                if (truth(g, ((Op.While) f.owner).cond())) {
                    f.pc = 0;
                } else {
                    g.pop();
                }
            }
            case REPEAT -> {
                f.counter++;
                if (f.counter < f.limit) {
                    String to = ((Op.Repeat) f.owner).to();
                    if (to != null) {
                        setLocal(g, to, f.counter);
                    }
                    f.pc = 0;
                } else {
                    g.pop();
                }
            }
            case LOOP -> f.pc = 0;
            case RANGE -> f.pc = -1;
            case ONCE -> {
                OnceState once = (OnceState) res[(int) f.counter];
                once.finish(g.vc);
                g.pop();
            }
        }
    }

    private void finish(GoroutineState g) {
        g.status = GoroutineStatus.DONE;
        if (g.index == 0 && !mainReturned) {
            mainReturned = true;
            for (Object o : res) {
                if (o instanceof SinkState s) {
                    s.beforeMainReturned = s.values.size();
                }
            }
            effects.add("main returned");
        } else {
            effects.add(g.name + " finished");
        }
    }

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

    private long eval(GoroutineState g, Expr e) {
        return ExprEval.eval(e, env(g));
    }

    private boolean truth(GoroutineState g, Expr e) {
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

    private void setLocal(GoroutineState g, String name, long v) {
        Integer i = program.locals(g.template.id()).get(name);
        if (i != null) {
            g.locals[i] = v;
        }
    }

    private ChannelState chan(String id) {
        return (ChannelState) res[program.indexOf(id)];
    }

    private RwMutexState rw(String id) {
        return (RwMutexState) res[program.indexOf(id)];
    }

    private WaitGroupState wg(String id) {
        return (WaitGroupState) res[program.indexOf(id)];
    }

    private OnceState once(String id) {
        return (OnceState) res[program.indexOf(id)];
    }

    private VarState var(String id) {
        return (VarState) res[program.indexOf(id)];
    }

    private AtomicState atomic(String id) {
        return (AtomicState) res[program.indexOf(id)];
    }

    private ContextState ctx(String id) {
        return (ContextState) res[program.indexOf(id)];
    }
}
