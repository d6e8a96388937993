package org.interleave.engine;

import org.interleave.engine.expr.DivideByZero;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;

/**
 * The invisible part of a step: a goroutine's local ops and control flow (lets, ifs, loops,
 * break, continue, return, asserts) up to its next visible op, its end, or its local budget.
 */
final class Continuation {
    private Continuation() {}

    /**
     * The program's start: main, then the auto goroutines main starts before its first op (each
     * knowing of main's start), each run up to its first visible op.
     */
    static void start(Machine m) {
        Part.Goroutine mainPart = m.program.main();
        GoroutineState main = m.create(mainPart, "main", 0);
        main.vc.tick(0);
        // Auto goroutines are started by main before its first op.
        for (Part.Goroutine g : m.program.design().goroutines()) {
            if (g.start() == Part.Start.AUTO) {
                for (int k = 0; k < g.count(); k++) {
                    GoroutineState child = m.create(g, g.count() == 1 ? g.id() : g.id() + "#" + k, k);
                    m.setLocal(child, "id", k);
                    child.vc = main.vc.copy();
                    child.vc.tick(child.index);
                }
            }
        }
        main.vc.tick(0);
        for (GoroutineState g : new java.util.ArrayList<>(m.gs)) {
            advance(m, g);
        }
        m.updateParking();
    }

    /** Runs g's invisible ops until its next visible op, its end, or its local budget. */
    static void advance(Machine m, GoroutineState g) {
        if (g.status != GoroutineStatus.RUNNABLE) {
            return;
        }
        int budget = m.limits.localBudget();
        g.armedAt = m.clock;
        // Brent's cycle detection over loop back-edges: invisible ops read only locals, so
        // coming back to the same continuation with the same locals proves an endless spin.
        long backEdges = 0;
        long[] mark = null;
        while (true) {
            if (m.crashed) {
                return;
            }
            if (g.frames.isEmpty()) {
                if (g.index == 0 && m.timing == Timing.VERIFY) {
                    // Main's return is a step of its own (DESIGN §4): others may move, and print,
                    // between main's last visible op and the program's exit.
                    return;
                }
                finish(m, g);
                return;
            }
            Frame f = g.topToChange();
            if (f.kind == Frame.Kind.RANGE && f.pc < 0) {
                return;
            }
            if (--budget < 0) {
                if (Futures.provenEndless(m.program, g)) {
                    g.status = GoroutineStatus.SPINNING;
                    if (m.recording) m.effects.add(g.name + " spins forever without synchronizing");
                } else {
                    // DESIGN §4: a step budget is not a hang. The loop may still end; this
                    // execution is cut short and the verdict can only be inconclusive.
                    m.cutShort = "step budget: " + g.name + " ran " + m.limits.localBudget()
                            + " invisible ops without reaching a visible one";
                    if (m.recording) m.effects.add(m.cutShort);
                }
                return;
            }
            if (f.pc >= f.code.length) {
                boolean loops = f.kind == Frame.Kind.WHILE || f.kind == Frame.Kind.LOOP || f.kind == Frame.Kind.REPEAT;
                endOfFrame(m, g, f);
                if (loops) {
                    backEdges++;
                    long[] now = snapshot(g);
                    if (mark != null && java.util.Arrays.equals(mark, now)) {
                        g.status = GoroutineStatus.SPINNING;
                        if (m.recording) m.effects.add(g.name + " spins forever without synchronizing");
                        return;
                    }
                    if (Long.bitCount(backEdges) == 1) {
                        mark = now;
                    }
                }
                continue;
            }
            Op op = f.code[f.pc];
            try {
                if (!invisible(m, g, f, op)) {
                    return;
                }
            } catch (DivideByZero e) {
                Panics.divideByZero(m, g, op);
                return;
            }
        }
    }

    /** A goroutine's whole continuation and locals, to tell whether an invisible loop came back to where it was. */
    private static long[] snapshot(GoroutineState g) {
        long[] out = new long[g.locals.length + 5 * g.frames.size()];
        System.arraycopy(g.locals, 0, out, 0, g.locals.length);
        int i = g.locals.length;
        for (Frame f : g.frames) {
            out[i++] = f.block;
            out[i++] = f.kind.ordinal();
            out[i++] = f.pc;
            out[i++] = f.counter;
            out[i++] = f.limit;
        }
        return out;
    }

    /** Runs one invisible op; returns false when op is visible (or ends the step). */
    static boolean invisible(Machine m, GoroutineState g, Frame f, Op op) {
        switch (op) {
            case Op.Let l -> {
                m.setLocal(g, l.to(), m.eval(g, l.value()));
                f.pc++;
            }
            case Op.If i -> {
                f.pc++;
                g.frames.add(f.body(m.program, Frame.Kind.BLOCK, m.truth(g, i.cond()) ? i.then() : i.otherwise(), i));
            }
            case Op.While w -> {
                f.pc++;
                if (m.truth(g, w.cond())) {
                    g.frames.add(f.body(m.program, Frame.Kind.WHILE, w.body(), w));
                }
            }
            case Op.Repeat r -> {
                f.pc++;
                long n = m.eval(g, r.times());
                if (n > 0) {
                    Frame loop = f.body(m.program, Frame.Kind.REPEAT, r.body(), r);
                    loop.limit = n;
                    if (r.to() != null) {
                        m.setLocal(g, r.to(), 0);
                    }
                    g.frames.add(loop);
                }
            }
            case Op.Loop l -> {
                f.pc++;
                g.frames.add(f.body(m.program, Frame.Kind.LOOP, l.body(), l));
            }
            case Op.Range r -> {
                f.pc++;
                Frame loop = f.body(m.program, Frame.Kind.RANGE, r.body(), r);
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
                    Frame loop = g.topToChange();
                    loop.pc = loop.code.length;
                }
            }
            case Op.Return r -> {
                while (!g.frames.isEmpty() && g.top().kind != Frame.Kind.ONCE) {
                    g.pop();
                }
                if (!g.frames.isEmpty()) {
                    Frame loop = g.topToChange();
                    loop.pc = loop.code.length;
                }
            }
            case Op.Assert a -> {
                f.pc++;
                if (!m.truth(g, a.cond())) {
                    String msg = a.message() == null || a.message().isBlank()
                            ? "assertion failed: " + OpText.expr(a.cond()) : a.message();
                    Panics.raise(m, Kind.ASSERT, msg, g, op, "At " + op.src().path() + ", " + g.name
                            + " asserted " + OpText.expr(a.cond()) + ", which does not hold.");
                    return false;
                }
            }
            case Op.Work w -> {
                if (m.timing == Timing.TIMED && w.ticks() > 0) {
                    return false;
                }
                f.pc++;
            }
            case Op.OnceDo unused -> {
                return false;
            }
            case Op.Select unused -> {
                return false;
            }
            case Op.Go unused -> {
                return false;
            }
            case Op.Send unused -> {
                return false;
            }
            case Op.Recv unused -> {
                return false;
            }
            case Op.Close unused -> {
                return false;
            }
            case Op.Lock unused -> {
                return false;
            }
            case Op.Unlock unused -> {
                return false;
            }
            case Op.RLock unused -> {
                return false;
            }
            case Op.RUnlock unused -> {
                return false;
            }
            case Op.Add unused -> {
                return false;
            }
            case Op.Done unused -> {
                return false;
            }
            case Op.Wait unused -> {
                return false;
            }
            case Op.Read unused -> {
                return false;
            }
            case Op.Write unused -> {
                return false;
            }
            case Op.Inc unused -> {
                return false;
            }
            case Op.AtomicAdd unused -> {
                return false;
            }
            case Op.AtomicLoad unused -> {
                return false;
            }
            case Op.AtomicStore unused -> {
                return false;
            }
            case Op.AtomicCas unused -> {
                return false;
            }
            case Op.Cancel unused -> {
                return false;
            }
            case Op.Sleep unused -> {
                return false;
            }
            case Op.Emit unused -> {
                return false;
            }
        }
        return true;
    }

    static void endOfFrame(Machine m, GoroutineState g, Frame f) {
        switch (f.kind) {
            case BLOCK, CASE -> g.pop();
            case WHILE -> {
                if (m.truth(g, ((Op.While) f.owner).cond())) {
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
                        m.setLocal(g, to, f.counter);
                    }
                    f.pc = 0;
                } else {
                    g.pop();
                }
            }
            case LOOP -> f.pc = 0;
            case RANGE -> f.pc = -1;
            case ONCE -> {
                OnceState once = (OnceState) m.resource((int) f.counter);
                once.finish(g.vc);
                g.pop();
            }
        }
    }

    static void finish(Machine m, GoroutineState g) {
        g.status = GoroutineStatus.DONE;
        if (g.index == 0 && !m.mainReturned) {
            m.mainReturned = true;
            for (int i = 0; i < m.res.length; i++) {
                if (m.res[i] instanceof SinkState) {
                    SinkState s = (SinkState) m.resource(i);
                    s.beforeMainReturned = s.values.size();
                }
            }
            if (m.recording) m.effects.add("main returned");
        } else {
            if (m.recording) m.effects.add(g.name + " finished");
        }
    }
}
