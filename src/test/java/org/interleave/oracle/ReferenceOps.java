package org.interleave.oracle;

import java.util.Map;
import org.interleave.engine.model.Op;
import org.interleave.oracle.ReferenceGoroutine.Body;
import org.interleave.oracle.ReferenceGoroutine.Frame;
import org.interleave.oracle.ReferenceResources.Chan;

/**
 * What each visible op does to a state of the reference explorer (DESIGN §4): blocking has been
 * decided by {@link ReferenceSteps#moves}; here are the effects, the panics, the happens-before
 * edges (as knowledge sets) and the race check.
 */
final class ReferenceOps {
    private final ReferenceSteps steps;
    private final ReferenceState t;

    ReferenceOps(ReferenceSteps steps, ReferenceState t) {
        this.steps = steps;
        this.t = t;
    }

    private static long eval(ReferenceGoroutine g, org.interleave.engine.expr.Expr e) {
        return ReferenceEval.eval(e, g.locals);
    }

    private static String at(ReferenceGoroutine g, Op op) {
        return " (" + g.name + " " + op.src().path() + ")";
    }

    /** Runs g's pending visible op; {@code branch} is the select case, -2 for its default. */
    void exec(ReferenceGoroutine g, int branch) {
        Op op = g.pending();
        try {
            run(g, op, branch);
        } catch (ReferenceEval.DivisionByZero e) {
            t.crash("panic", "panic: runtime error: integer divide by zero" + at(g, op));
        }
    }

    private void run(ReferenceGoroutine g, Op op, int branch) {
        switch (op) {
            case Op.Send x -> {
                Chan c = t.res(x.ch());
                if (c.closed) {
                    t.crash("panic", "panic: send on closed channel" + at(g, op));
                    return;
                }
                bufferedSend(g, c, eval(g, x.value()));
                g.next();
            }
            case Op.Recv x -> {
                long[] v = recv(g, t.res(x.ch()));
                setRecv(g, x.to(), x.ok(), v);
                g.next();
            }
            case Op.Range x -> {
                long[] v = recv(g, t.res(x.ch()));
                if (v[1] == 0) {
                    g.next();
                } else {
                    enterRange(g, x, v[0]);
                }
            }
            case Op.Close x -> {
                Chan c = t.res(x.ch());
                if (c.nil) {
                    t.crash("panic", "panic: close of nil channel" + at(g, op));
                    return;
                }
                if (c.closed) {
                    t.crash("panic", "panic: close of closed channel" + at(g, op));
                    return;
                }
                c.closed = true;
                c.closeKnows = g.knows;
                g.next();
            }
            case Op.Select x -> select(g, x, branch);
            case Op.Lock x -> {
                if (t.res.get(x.mu()) instanceof ReferenceRwMutex m) {
                    if (m.lock(g)) {
                        g.next();
                    }
                    return;
                }
                ReferenceResources.Mutex m = t.res(x.mu());
                m.locked = true;
                g.knows |= (m.released);
                g.next();
            }
            case Op.Unlock x -> {
                if (t.res.get(x.mu()) instanceof ReferenceRwMutex m) {
                    String fatal = m.unlock(g);
                    if (fatal != null) {
                        t.crash("panic", fatal + at(g, op));
                        return;
                    }
                } else {
                    ReferenceResources.Mutex m = t.res(x.mu());
                    if (!m.locked) {
                        t.crash("panic", "fatal error: sync: unlock of unlocked mutex" + at(g, op));
                        return;
                    }
                    m.locked = false;
                    m.released = g.knows;
                }
                g.next();
            }
            case Op.RLock x -> {
                ReferenceRwMutex m = t.res(x.mu());
                if (m.rlock(g)) {
                    g.next();
                }
            }
            case Op.RUnlock x -> {
                ReferenceRwMutex m = t.res(x.mu());
                String fatal = m.runlock(g);
                if (fatal != null) {
                    t.crash("panic", fatal + at(g, op));
                    return;
                }
                g.next();
            }
            case Op.Add x -> add(g, op, x.wg(), eval(g, x.n()));
            case Op.Done x -> add(g, op, x.wg(), -1);
            case Op.Wait x -> {
                ReferenceResources.WaitGroup w = t.res(x.wg());
                if (w.counter == 0) {
                    g.knows |= (w.released);
                    g.woken = false;
                    g.next();
                } else if (branch == 0) {
                    t.crash("panic", "panic: sync: WaitGroup is reused before previous Wait has returned" + at(g, op));
                } else {
                    g.woken = false;
                }
            }
            case Op.OnceDo x -> {
                ReferenceResources.Once o = t.res(x.once());
                if (o.done) {
                    g.knows |= (o.released);
                    g.next();
                } else {
                    o.runner = g.index;
                    g.frames.add(new Frame(x.body(), x.src().path() + ".do", 0, Body.ONCE, 0, 0));
                }
            }
            case Op.Read x -> {
                long v = read(g, x.var(), op);
                if (x.to() != null) {
                    g.locals.put(x.to(), v);
                }
                g.next();
            }
            case Op.Write x -> {
                write(g, x.var(), op, eval(g, x.value()));
                g.next();
            }
            case Op.Inc x -> {
                if (g.incPhase == 0) {
                    g.incRead = read(g, x.var(), op);
                    g.incPhase = 1;
                } else {
                    write(g, x.var(), op, g.incRead + eval(g, x.n()));
                    g.incPhase = 0;
                    g.incRead = 0;
                    g.next();
                }
            }
            case Op.AtomicAdd x -> {
                ReferenceResources.Atomic a = atomic(g, x.var());
                a.value += eval(g, x.n());
                setLocal(g, x.to(), a.value);
                g.next();
            }
            case Op.AtomicLoad x -> {
                setLocal(g, x.to(), atomic(g, x.var()).value);
                g.next();
            }
            case Op.AtomicStore x -> {
                atomic(g, x.var()).value = eval(g, x.value());
                g.next();
            }
            case Op.AtomicCas x -> {
                ReferenceResources.Atomic a = atomic(g, x.var());
                boolean swapped = a.value == eval(g, x.old());
                if (swapped) {
                    a.value = eval(g, x.replacement());
                }
                setLocal(g, x.to(), swapped ? 1 : 0);
                g.next();
            }
            case Op.Cancel x -> {
                cancelTree(x.ctx(), g.knows);
                g.next();
            }
            case Op.Sleep x -> g.next(); // in verify a timer may fire at any moment after it starts
            case Op.Go x -> {
                g.next();
                ReferenceGoroutine child = steps.spawn(t, g, x);
                steps.advance(t, child);
            }
            case Op.Emit x -> {
                ((ReferenceResources.Sink) t.res(x.sink())).values.add(eval(g, x.value()));
                g.next();
            }
            default -> throw new IllegalStateException("not a visible op: " + op);
        }
    }

    private static void setLocal(ReferenceGoroutine g, String local, long v) {
        if (local != null) {
            g.locals.put(local, v);
        }
    }

    /** An atomic op synchronizes both ways: it acquires what earlier ones released, and releases. */
    private ReferenceResources.Atomic atomic(ReferenceGoroutine g, String id) {
        ReferenceResources.Atomic a = t.res(id);
        g.knows |= (a.released);
        a.released = g.knows;
        return a;
    }

    private void add(ReferenceGoroutine g, Op op, String wg, long n) {
        ReferenceResources.WaitGroup w = t.res(wg);
        w.counter += n;
        if (n < 0) {
            w.released |= g.knows;
        }
        if (w.counter < 0) {
            t.crash("panic", "panic: sync: negative WaitGroup counter" + at(g, op));
            return;
        }
        if (w.counter == 0 && n != 0) {
            // Every goroutine standing at a Wait on it may have parked, and is woken.
            for (ReferenceGoroutine h : t.gs) {
                if (h.pending() instanceof Op.Wait x && x.wg().equals(wg)) {
                    h.woken = true;
                }
            }
        }
        g.next();
    }

    // ------------------------------------------------------------------ channels

    /** A send into a free buffer slot; it completes after the receive that freed that slot. */
    private void bufferedSend(ReferenceGoroutine g, Chan c, long value) {
        g.knows |= (c.slotFreed.pollFirst());
        c.buffer.addLast(new ReferenceResources.Item(value, g.knows));
    }

    /** A receive that needs no partner: a buffered value, else the zero value of a closed channel. {value, ok}. */
    private long[] recv(ReferenceGoroutine g, Chan c) {
        if (!c.buffer.isEmpty()) {
            ReferenceResources.Item i = c.buffer.pollFirst();
            g.knows |= (i.knows());
            c.slotFreed.addLast(g.knows);
            return new long[] {i.value(), 1};
        }
        g.knows |= (c.closeKnows);
        return new long[] {0, 0};
    }

    private static void setRecv(ReferenceGoroutine g, String to, String ok, long[] v) {
        setLocal(g, to, v[0]);
        setLocal(g, ok, v[1]);
    }

    private static void enterRange(ReferenceGoroutine g, Op.Range x, long v) {
        setLocal(g, x.to(), v);
        g.frames.add(new Frame(x.body(), x.src().path() + ".do", 0, Body.RANGE, 0, 0));
    }

    private void select(ReferenceGoroutine g, Op.Select x, int branch) {
        if (branch == -2) {
            g.frames.add(new Frame(x.otherwise(), x.src().path() + ".default", 0, Body.CASE, 0, 0));
            return;
        }
        Op.Case c = x.cases().get(branch);
        switch (c) {
            case Op.RecvCase r -> setRecv(g, r.to(), r.ok(), recv(g, t.res(r.ch())));
            case Op.SendCase s -> {
                Chan ch = t.res(s.ch());
                if (ch.closed) {
                    t.crash("panic", "panic: send on closed channel" + at(g, x));
                    return;
                }
                bufferedSend(g, ch, eval(g, s.value()));
            }
            case Op.DoneCase d -> g.knows |= (((ReferenceResources.Context) t.res(d.ctx())).cancelKnows);
            case Op.AfterCase a -> { }
        }
        enterCase(g, x, branch);
    }

    private static void enterCase(ReferenceGoroutine g, Op.Select x, int k) {
        g.frames.add(new Frame(x.cases().get(k).body(), x.src().path() + ".cases[" + k + "].do", 0, Body.CASE, 0, 0));
    }

    /**
     * An unbuffered hand-off: the send and the receive complete together, each ordered after
     * what the other did before (send → receive completes, receive → send completes).
     */
    void handOff(ReferenceGoroutine a, int aBranch, ReferenceGoroutine b, int bBranch) {
        Op aOp = a.pending();
        Op bOp = b.pending();
        long value;
        try {
            value = eval(a, aBranch < 0 ? ((Op.Send) aOp).value() : ((Op.SendCase) ((Op.Select) aOp).cases().get(aBranch)).value());
        } catch (ReferenceEval.DivisionByZero e) {
            t.crash("panic", "panic: runtime error: integer divide by zero" + at(a, aOp));
            return;
        }
        long both = a.knows | b.knows;
        a.knows = both;
        b.knows = both;
        if (aBranch < 0) {
            a.next();
        } else {
            enterCase(a, (Op.Select) aOp, aBranch);
        }
        switch (bOp) {
            case Op.Recv r -> {
                setRecv(b, r.to(), r.ok(), new long[] {value, 1});
                b.next();
            }
            case Op.Range r -> enterRange(b, r, value);
            case Op.Select s -> {
                Op.RecvCase r = (Op.RecvCase) s.cases().get(bBranch);
                setRecv(b, r.to(), r.ok(), new long[] {value, 1});
                enterCase(b, s, bBranch);
            }
            default -> throw new IllegalStateException("not a receive: " + bOp);
        }
    }

    // ------------------------------------------------------------------ contexts

    /** Cancels a context and, transitively, its children (already cancelled ones keep their first cancel). */
    void cancelTree(String id, long by) {
        ReferenceResources.Context c = t.res(id);
        if (c.cancelled) {
            return;
        }
        c.cancelled = true;
        c.cancelKnows = by;
        for (Map.Entry<String, ReferenceResources.Resource> e : t.res.entrySet()) {
            if (e.getValue() instanceof ReferenceResources.Context child && id.equals(child.parent)) {
                cancelTree(e.getKey(), by);
            }
        }
    }

    // ------------------------------------------------------------------ the race check

    /**
     * A plain load: it races with the last write unless it knows it (happens after it). Then it
     * becomes this goroutine's last read: its label is forgotten everywhere and known only here.
     */
    private long read(ReferenceGoroutine g, String id, Op op) {
        ReferenceResources.Var v = t.res(id);
        if (v.lastWriter >= 0 && v.lastWriter != g.index && (g.knows & steps.label(id, -1)) == 0) {
            race(g, op, id, v.lastWriteSite);
        }
        long label = steps.label(id, g.index);
        t.forget(label);
        g.knows |= label;
        v.readers.put(g.index, g.name + " " + op.src().path() + " " + op.kind());
        return v.value;
    }

    /** A plain store: it races with the last write and every read since that it does not know. */
    private void write(ReferenceGoroutine g, String id, Op op, long value) {
        ReferenceResources.Var v = t.res(id);
        long w = steps.label(id, -1);
        if (v.lastWriter >= 0 && v.lastWriter != g.index && (g.knows & w) == 0) {
            race(g, op, id, v.lastWriteSite);
        }
        long all = w;
        for (Map.Entry<Integer, String> r : v.readers.entrySet()) {
            long read = steps.label(id, r.getKey());
            all |= read;
            if (r.getKey() != g.index && (g.knows & read) == 0) {
                race(g, op, id, r.getValue());
            }
        }
        t.forget(all);
        g.knows |= w;
        v.value = value;
        v.lastWriter = g.index;
        v.lastWriteSite = g.name + " " + op.src().path() + " " + op.kind();
        v.readers.clear();
    }

    private void race(ReferenceGoroutine g, Op op, String var, String other) {
        t.fault("race", "WARNING: DATA RACE on " + var + ": " + g.name + " " + op.src().path() + " " + op.kind()
                + " and " + other);
    }
}
