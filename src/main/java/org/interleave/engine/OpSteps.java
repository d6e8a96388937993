package org.interleave.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.interleave.engine.expr.DivideByZero;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;

/**
 * What each visible op does when its goroutine takes its step: the effects on channels, locks,
 * wait groups, once, vars, atomics and contexts, the happens-before edges they carry (vector
 * clocks), and the panics Go raises for misuse.
 */
final class OpSteps {
    private OpSteps() {}

    static void exec(Machine vm, GoroutineState g, Op op, int branch) {
        if (op == GoroutineState.EXIT) {
            Continuation.finish(vm, g);
            return;
        }
        Frame f = g.topToChange();
        if (g.atRangeHead()) {
            Op.Range r = (Op.Range) op;
            ChannelState ch = vm.chan(r.ch());
            long[] got = receive(vm, g, ch, op);
            if (got[1] == 1) {
                if (r.to() != null) {
                    vm.setLocal(g, r.to(), got[0]);
                }
                f.pc = 0;
            } else {
                g.pop();
                if (vm.recording) vm.effects.add("range over " + ch.id + " ends: closed");
            }
            return;
        }
        switch (op) {
            case Op.Go o -> {
                spawn(vm, g, o);
                f.pc++;
            }
            case Op.Send s -> {
                send(vm, g, vm.chan(s.ch()), vm.eval(g, s.value()), op);
                f.pc++;
            }
            case Op.Recv r -> {
                long[] got = receive(vm, g, vm.chan(r.ch()), op);
                assignRecv(vm, g, r.to(), r.ok(), got);
                f.pc++;
            }
            case Op.Close cl -> {
                ChannelState ch = vm.chanToClose(cl.ch());
                if (ch.nil) {
                    Panics.raise(vm, Kind.PANIC, "panic: close of nil channel", g, op, g.name + " closed the nil channel " + ch.id + ".");
                } else if (ch.closed) {
                    Panics.raise(vm, Kind.PANIC, "panic: close of closed channel", g, op,
                            g.name + " closed " + ch.id + ", which was already closed.");
                } else {
                    ch.close(g.vc);
                    if (vm.recording) vm.effects.add("closed " + ch.id);
                }
                f.pc++;
            }
            case Op.Select s -> select(vm, g, s, branch, f);
            case Op.Lock l -> SyncSteps.lock(vm, g, l, op, f);
            case Op.Unlock u -> SyncSteps.unlock(vm, g, u, op, f, branch);
            case Op.RLock l -> SyncSteps.rlock(vm, g, l, op, f);
            case Op.RUnlock u -> SyncSteps.runlock(vm, g, u, op, f);
            case Op.Add a -> SyncSteps.add(vm, g, a, op, f);
            case Op.Done d -> SyncSteps.done(vm, g, d, op, f);
            case Op.Wait w -> SyncSteps.await(vm, g, w, op, f, branch);
            case Op.OnceDo o -> SyncSteps.once(vm, g, o, op, f);
            case Op.Read r -> MemorySteps.read(vm, g, r, op, f);
            case Op.Write w -> MemorySteps.write(vm, g, w, op, f);
            case Op.Inc i -> MemorySteps.inc(vm, g, i, op, f);
            case Op.AtomicAdd a -> MemorySteps.atomicAdd(vm, g, a, op, f);
            case Op.AtomicLoad a -> MemorySteps.atomicLoad(vm, g, a, op, f);
            case Op.AtomicStore a -> MemorySteps.atomicStore(vm, g, a, op, f);
            case Op.AtomicCas a -> MemorySteps.atomicCas(vm, g, a, op, f);
            case Op.Cancel c -> SyncSteps.cancel(vm, g, c, op, f);
            case Op.Sleep s -> {
                if (vm.recording) vm.effects.add("woke up");
                f.pc++;
            }
            case Op.Work w -> {
                // Work of n ticks: this step and n-2 busy ticks, then the step that finishes it.
                if (g.phase == 0 && w.ticks() > 1) {
                    g.busyUntil = vm.clock + w.ticks() - 1;
                    g.phase = 1;
                    if (vm.recording) vm.effects.add("works for " + w.ticks() + " ticks");
                } else {
                    g.phase = 0;
                    if (vm.recording) vm.effects.add("finished " + w.ticks() + " ticks of work");
                    f.pc++;
                }
            }
            case Op.Emit e -> {
                SinkState s = (SinkState) vm.resource(e.sink());
                long v = vm.eval(g, e.value());
                s.values.add(v);
                if (vm.recording) vm.effects.add("printed " + v + " to " + s.id);
                f.pc++;
            }
            // A range's receive is taken at its head, above; the invisible ops run inside
            // Continuation.advance, never as a step of their own.
            case Op.Range unused -> throw notVisible(op);
            case Op.Let unused -> throw notVisible(op);
            case Op.If unused -> throw notVisible(op);
            case Op.While unused -> throw notVisible(op);
            case Op.Repeat unused -> throw notVisible(op);
            case Op.Loop unused -> throw notVisible(op);
            case Op.Break unused -> throw notVisible(op);
            case Op.Continue unused -> throw notVisible(op);
            case Op.Return unused -> throw notVisible(op);
            case Op.Assert unused -> throw notVisible(op);
        }
    }

    private static IllegalStateException notVisible(Op op) {
        return new IllegalStateException("not a visible op: " + op.kind());
    }

    static void select(Machine vm, GoroutineState g, Op.Select s, int branch, Frame f) {
        f.pc++;
        if (branch == Choice.DEFAULT) {
            if (vm.recording) vm.effects.add("no case ready: default");
            g.frames.add(f.body(vm.program, Frame.Kind.CASE, s.otherwise(), s));
            return;
        }
        Op.Case c = s.cases().get(branch);
        switch (c) {
            case Op.RecvCase r -> assignRecv(vm, g, r.to(), r.ok(), receive(vm, g, vm.chan(r.ch()), s));
            case Op.SendCase sc -> send(vm, g, vm.chan(sc.ch()), vm.eval(g, sc.value()), s);
            case Op.AfterCase a -> {
                if (vm.recording) {
                    vm.effects.add("timer of " + a.ticks() + " ticks fired");
                }
            }
            case Op.DoneCase d -> {
                ContextState ctx = vm.ctx(d.ctx());
                ctx.observe(g.vc);
                if (vm.recording) vm.effects.add(ctx.id + " is done" + (ctx.timedOut ? " (deadline exceeded)" : " (cancelled)"));
            }
        }
        if (vm.recording) vm.effects.add("took " + OpText.caseHead(c));
        g.frames.add(f.body(vm.program, Frame.Kind.CASE, c.body(), s));
    }

    static void send(Machine vm, GoroutineState g, ChannelState ch, long value, Op op) {
        if (ch.closed) {
            Panics.raise(vm, Kind.PANIC, "panic: send on closed channel", g, op,
                    g.name + " sent on " + ch.id + " after it was closed.");
            return;
        }
        if (ch.buffered()) {
            ch.enqueue(value, g.vc);
            if (vm.recording) vm.effects.add("sent " + value + " to " + ch.id + " (" + ch.buffer.size() + " of " + ch.cap + " slots full)");
            return;
        }
        int[] pair = partner(vm, ch, g, false);
        GoroutineState h = vm.own(pair[0]);
        int how = pair[1];
        h.vc.tick(h.index);
        VectorClock sender = g.vc.copy();
        g.vc.join(h.vc);
        h.vc.join(sender);
        completeReceive(vm, h, how, value, true);
        if (vm.recording) vm.effects.add("handed " + value + " to " + h.name + " over " + ch.id);
    }

    /**
     * The waiting goroutine (and its select case) a hand-off on ch by g pairs with: the one the
     * step's choice names, or else (a schedule without {@code >partner}) the first possible one.
     */
    private static int[] partner(Machine vm, ChannelState ch, GoroutineState g, boolean senders) {
        if (vm.pairWith >= 0) {
            return new int[] {vm.pairWith, vm.pairCase};
        }
        long first = Readiness.partners(vm, ch, g.index, senders)[0];
        return new int[] {Readiness.goroutineOf(first), Readiness.caseOf(first)};
    }

    /** Receives on ch for g; returns {value, ok}. */
    static long[] receive(Machine vm, GoroutineState g, ChannelState ch, Op op) {
        if (!ch.buffer.isEmpty()) {
            long v = ch.dequeue(g.vc);
            if (vm.recording) vm.effects.add("received " + v + " from " + ch.id);
            return new long[] {v, 1};
        }
        if (ch.closed) {
            ch.observeClose(g.vc);
            if (vm.recording) vm.effects.add("received 0, ok=false: " + ch.id + " is closed");
            return new long[] {0, 0};
        }
        int[] pair = partner(vm, ch, g, true);
        GoroutineState h = vm.own(pair[0]);
        int how = pair[1];
        Op hop = h.pending();
        Expr valueExpr = how == Choice.NONE ? ((Op.Send) hop).value()
                : ((Op.SendCase) ((Op.Select) hop).cases().get(how)).value();
        long v = vm.eval(h, valueExpr);
        h.vc.tick(h.index);
        VectorClock receiver = g.vc.copy();
        g.vc.join(h.vc);
        h.vc.join(receiver);
        completeSend(vm, h, how);
        if (vm.recording) vm.effects.add("received " + v + " from " + h.name + " over " + ch.id);
        return new long[] {v, 1};
    }

    /** Finishes the receive that h was blocked in, as its partner's step. */
    static void completeReceive(Machine vm, GoroutineState h, int how, long value, boolean ok) {
        h.parked = false;
        Op op = h.pending();
        Frame f = h.topToChange();
        try {
            if (h.atRangeHead()) {
                Op.Range r = (Op.Range) op;
                if (r.to() != null) {
                    vm.setLocal(h, r.to(), value);
                }
                f.pc = 0;
            } else if (how == Choice.NONE) {
                Op.Recv r = (Op.Recv) op;
                assignRecv(vm, h, r.to(), r.ok(), new long[] {value, ok ? 1 : 0});
                f.pc++;
            } else {
                Op.RecvCase c = (Op.RecvCase) ((Op.Select) op).cases().get(how);
                assignRecv(vm, h, c.to(), c.ok(), new long[] {value, ok ? 1 : 0});
                f.pc++;
                h.frames.add(f.body(vm.program, Frame.Kind.CASE, c.body(), op));
            }
            Continuation.advance(vm, h);
        } catch (DivideByZero e) {
            Panics.divideByZero(vm, h, op);
        }
    }

    static void completeSend(Machine vm, GoroutineState h, int how) {
        h.parked = false;
        Op op = h.pending();
        Frame f = h.topToChange();
        f.pc++;
        if (how != Choice.NONE) {
            h.frames.add(f.body(vm.program, Frame.Kind.CASE, ((Op.Select) op).cases().get(how).body(), op));
        }
        try {
            Continuation.advance(vm, h);
        } catch (DivideByZero e) {
            Panics.divideByZero(vm, h, op);
        }
    }

    static void assignRecv(Machine vm, GoroutineState g, String to, String ok, long[] got) {
        if (to != null) {
            vm.setLocal(g, to, got[0]);
        }
        if (ok != null) {
            vm.setLocal(g, ok, got[1]);
        }
    }

    static void addToGroup(Machine vm, GoroutineState g, WaitGroupState w, long n, Op op) {
        if (!w.add(n, g.vc)) {
            Panics.raise(vm, Kind.PANIC, "panic: sync: negative WaitGroup counter", g, op,
                    g.name + " made the counter of " + w.id + " negative (" + w.counter + ").");
        } else {
            if (vm.recording) vm.effects.add(w.id + " counter = " + w.counter);
            if (w.counter == 0 && n != 0) {
                wakeWaiters(vm, g, w);
            }
        }
    }

    /**
     * The counter of w just reached zero: Go wakes every Wait parked on it, and one that had
     * reached its Wait while the counter was above zero may have parked. A woken Wait that runs
     * only after a later Add has taken the counter up again panics ("WaitGroup is reused before
     * previous Wait has returned"). The mark ({@link GoroutineState#parked}) is kept only when
     * some goroutine may still add to w: otherwise the counter stays at zero and it cannot matter.
     */
    private static void wakeWaiters(Machine vm, GoroutineState g, WaitGroupState w) {
        int part = vm.program.indexOf(w.id);
        Boolean reusable = null;
        for (int i = 0; i < vm.gs.size(); i++) {
            GoroutineState h = vm.gs.get(i);
            if (h != g && !h.parked && h.atWaitOn(w.id)) {
                if (reusable == null) {
                    reusable = vm.program.footprints().mayAdd(vm, part);
                }
                if (!reusable) {
                    return;
                }
                vm.own(i).parked = true;
            }
        }
    }

    static void spawn(Machine vm, GoroutineState parent, Op.Go o) {
        long live = vm.gs.stream().filter(x -> x.status != GoroutineStatus.DONE).count();
        if (live >= vm.limits.maxGoroutines()) {
            vm.limitError = "resource limit: more than " + vm.limits.maxGoroutines()
                    + " live goroutines (at " + parent.name + " " + o.src().path() + ")";
            return;
        }
        Part.Goroutine t = (Part.Goroutine) vm.program.part(o.g());
        int ti = vm.program.indexOf(o.g());
        int k = vm.countSpawn(ti);
        long[] args = new long[o.args().size()];
        List<String> names = new ArrayList<>(o.args().keySet());
        Collections.sort(names);
        for (int i = 0; i < names.size(); i++) {
            args[i] = vm.eval(parent, o.args().get(names.get(i)));
        }
        GoroutineState child = vm.create(t, t.id() + "#" + k, k);
        for (int i = 0; i < names.size(); i++) {
            vm.setLocal(child, names.get(i), args[i]);
        }
        child.vc = parent.vc.copy();
        child.vc.tick(child.index);
        if (vm.recording) vm.effects.add("started " + child.name);
        Continuation.advance(vm, child);
    }

    static void access(Machine vm, GoroutineState g, VarState v, boolean write, Op op) {
        Site site = new Site(g.name, op.src().path(), write ? "write" : "read", v.id);
        Site other = write ? v.write(g.index, g.vc, site) : v.read(g.index, g.vc, site);
        if (other != null) {
            Panics.note(vm, new Fault(Kind.RACE, "WARNING: DATA RACE: " + site + " and " + other,
                    List.of(other, site), List.of(
                            other.goroutine() + " " + verb(vm, other.action()) + " " + v.id + " at " + other.path()
                                    + ", and " + site.goroutine() + " " + verb(vm, site.action()) + " it at "
                                    + site.path() + ".",
                            "Nothing orders these two accesses: no lock, channel, wait group or atomic "
                                    + "makes one happen before the other.")));
        }
    }

    static String verb(Machine vm, String action) {
        return action.equals("write") ? "writes" : "reads";
    }
}
