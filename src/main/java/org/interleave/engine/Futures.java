package org.interleave.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;

/**
 * What goroutines can still do, read from their code: the ops each may run from where it stands
 * (including those of goroutines it may start), and whether it can ever finish. An
 * over-approximation, so a "can never" drawn from it is a proof: it decides hangs and leaks in
 * states whose future is too large to search (a spinner counting forever).
 */
final class Futures {
    private final Machine m;

    Futures(Machine m) {
        this.m = m;
    }

    /** Every op goroutine g may still run, and those of the templates it may start. */
    List<Op> ops(int g) {
        GoroutineState s = m.goroutine(g);
        List<Op> out = new ArrayList<>();
        if (s.status != GoroutineStatus.RUNNABLE) {
            return out;
        }
        Set<String> templates = new HashSet<>();
        for (int i = s.frames.size() - 1; i >= 0; i--) {
            Frame f = s.frames.get(i);
            if (f.isLoop() || f.pc < 0) {
                collect(f.ops(m.program), 0, out, templates);
                if (f.kind == Frame.Kind.RANGE) {
                    out.add(f.owner);
                }
            } else {
                collect(f.ops(m.program), f.pc, out, templates);
            }
        }
        return out;
    }

    private void collect(List<Op> ops, int from, List<Op> out, Set<String> templates) {
        for (int i = Math.max(0, from); i < ops.size(); i++) {
            Op op = ops.get(i);
            out.add(op);
            switch (op) {
                case Op.Go g -> {
                    if (templates.add(g.g())) {
                        collect(((Part.Goroutine) m.program().part(g.g())).ops(), 0, out, templates);
                    }
                }
                case Op.Range r -> collect(r.body(), 0, out, templates);
                case Op.Select s -> {
                    s.cases().forEach(c -> collect(c.body(), 0, out, templates));
                    if (s.otherwise() != null) {
                        collect(s.otherwise(), 0, out, templates);
                    }
                }
                case Op.OnceDo o -> collect(o.body(), 0, out, templates);
                case Op.If x -> {
                    collect(x.then(), 0, out, templates);
                    collect(x.otherwise(), 0, out, templates);
                }
                case Op.While w -> collect(w.body(), 0, out, templates);
                case Op.Repeat r -> collect(r.body(), 0, out, templates);
                case Op.Loop l -> collect(l.body(), 0, out, templates);
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
        }
    }

    /**
     * Whether goroutine g may ever finish: false when it spins, or stands inside a {@code for {}}
     * loop whose body has neither a {@code return} nor a {@code break} that leaves it.
     */
    boolean mayFinish(int g) {
        GoroutineState s = m.goroutine(g);
        if (s.status == GoroutineStatus.DONE) {
            return true;
        }
        if (s.status == GoroutineStatus.SPINNING) {
            return false;
        }
        for (Frame f : s.frames) {
            if (f.kind == Frame.Kind.LOOP && !exits(f.ops(m.program), true)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the code proves that g, running invisible ops, never reaches a visible op again:
     * it stands inside a {@code for {}} (or {@code for true}) loop that has no {@code break}
     * leaving it and no {@code return}, and whose body holds no visible op at all.
     */
    static boolean provenEndless(Program p, GoroutineState g) {
        for (int i = g.frames.size() - 1; i >= 0; i--) {
            Frame f = g.frames.get(i);
            boolean endless = f.kind == Frame.Kind.LOOP
                    || f.kind == Frame.Kind.WHILE && ((Op.While) f.owner).cond() instanceof Expr.BoolLit b && b.value();
            if (endless && !exits(f.ops(p), true) && invisibleOnly(f.ops(p))) {
                return true;
            }
        }
        return false;
    }

    /** Whether ops, nested bodies included, hold only ops a step runs without showing them. */
    private static boolean invisibleOnly(List<Op> ops) {
        for (Op op : ops) {
            boolean ok = switch (op) {
                case Op.Let x -> true;
                case Op.Assert x -> true;
                case Op.Work x -> true;
                case Op.Break x -> true;
                case Op.Continue x -> true;
                case Op.Return x -> true;
                case Op.If x -> invisibleOnly(x.then()) && invisibleOnly(x.otherwise());
                case Op.While x -> invisibleOnly(x.body());
                case Op.Repeat x -> invisibleOnly(x.body());
                case Op.Loop x -> invisibleOnly(x.body());
                case Op.Range unused -> false;
                case Op.OnceDo unused -> false;
                case Op.Select unused -> false;
                case Op.Go unused -> false;
                case Op.Send unused -> false;
                case Op.Recv unused -> false;
                case Op.Close unused -> false;
                case Op.Lock unused -> false;
                case Op.Unlock unused -> false;
                case Op.RLock unused -> false;
                case Op.RUnlock unused -> false;
                case Op.Add unused -> false;
                case Op.Done unused -> false;
                case Op.Wait unused -> false;
                case Op.Read unused -> false;
                case Op.Write unused -> false;
                case Op.Inc unused -> false;
                case Op.AtomicAdd unused -> false;
                case Op.AtomicLoad unused -> false;
                case Op.AtomicStore unused -> false;
                case Op.AtomicCas unused -> false;
                case Op.Cancel unused -> false;
                case Op.Sleep unused -> false;
                case Op.Emit unused -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Whether ops contain a return, or (when {@code direct}) a break that leaves their loop. */
    private static boolean exits(List<Op> ops, boolean direct) {
        for (Op op : ops) {
            boolean found = switch (op) {
                case Op.Return r -> true;
                case Op.Break b -> direct;
                case Op.If x -> exits(x.then(), direct) || exits(x.otherwise(), direct);
                case Op.Select s -> s.cases().stream().anyMatch(c -> exits(c.body(), false))
                        || s.otherwise() != null && exits(s.otherwise(), false);
                case Op.While w -> exits(w.body(), false);
                case Op.Repeat r -> exits(r.body(), false);
                case Op.Loop l -> exits(l.body(), false);
                case Op.Range r -> exits(r.body(), false);
                case Op.OnceDo unused -> false;
                case Op.Go unused -> false;
                case Op.Send unused -> false;
                case Op.Recv unused -> false;
                case Op.Close unused -> false;
                case Op.Lock unused -> false;
                case Op.Unlock unused -> false;
                case Op.RLock unused -> false;
                case Op.RUnlock unused -> false;
                case Op.Add unused -> false;
                case Op.Done unused -> false;
                case Op.Wait unused -> false;
                case Op.Read unused -> false;
                case Op.Write unused -> false;
                case Op.Inc unused -> false;
                case Op.AtomicAdd unused -> false;
                case Op.AtomicLoad unused -> false;
                case Op.AtomicStore unused -> false;
                case Op.AtomicCas unused -> false;
                case Op.Cancel unused -> false;
                case Op.Sleep unused -> false;
                case Op.Work unused -> false;
                case Op.Emit unused -> false;
                case Op.Let unused -> false;
                case Op.Continue unused -> false;
                case Op.Assert unused -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some goroutine other than g may still do what g's pending op waits for (or a timer
     * may fire for it). False is a proof that g stays blocked forever.
     */
    boolean mayBeWoken(int g) {
        Op op = m.pendingOp(g);
        if (op == null) {
            return false;
        }
        GoroutineState s = m.goroutine(g);
        if (s.atRangeHead()) {
            return anyOther(g, x -> wakesReceiver(x, ((Op.Range) op).ch()));
        }
        return switch (op) {
            case Op.Send x -> anyOther(g, y -> wakesSender(y, x.ch()));
            case Op.Recv x -> anyOther(g, y -> wakesReceiver(y, x.ch()));
            case Op.Lock x -> anyOther(g, y -> y instanceof Op.Unlock u && u.mu().equals(x.mu())
                    || y instanceof Op.RUnlock ru && ru.mu().equals(x.mu()));
            case Op.RLock x -> anyOther(g, y -> y instanceof Op.Unlock u && u.mu().equals(x.mu()));
            case Op.Wait x -> anyOther(g, y -> y instanceof Op.Done d && d.wg().equals(x.wg())
                    || y instanceof Op.Add a && a.wg().equals(x.wg()));
            case Op.OnceDo x -> ((OnceState) m.resource(x.once())).runner != g;
            case Op.Select x -> x.cases().stream().anyMatch(c -> switch (c) {
                case Op.AfterCase a -> true;
                case Op.RecvCase r -> anyOther(g, y -> wakesReceiver(y, r.ch()));
                case Op.SendCase sc -> anyOther(g, y -> wakesSender(y, sc.ch()));
                case Op.DoneCase d -> mayBeCancelled(g, d.ctx());
            });
            case Op.If unused -> true;
            case Op.While unused -> true;
            case Op.Repeat unused -> true;
            case Op.Loop unused -> true;
            case Op.Range unused -> true;
            case Op.Go unused -> true;
            case Op.Close unused -> true;
            case Op.Unlock unused -> true;
            case Op.RUnlock unused -> true;
            case Op.Add unused -> true;
            case Op.Done unused -> true;
            case Op.Read unused -> true;
            case Op.Write unused -> true;
            case Op.Inc unused -> true;
            case Op.AtomicAdd unused -> true;
            case Op.AtomicLoad unused -> true;
            case Op.AtomicStore unused -> true;
            case Op.AtomicCas unused -> true;
            case Op.Cancel unused -> true;
            case Op.Sleep unused -> true;
            case Op.Work unused -> true;
            case Op.Emit unused -> true;
            case Op.Let unused -> true;
            case Op.Break unused -> true;
            case Op.Continue unused -> true;
            case Op.Return unused -> true;
            case Op.Assert unused -> true;
        };
    }

    private boolean mayBeCancelled(int g, String ctx) {
        Set<String> lineage = new HashSet<>();
        for (String c = ctx; c != null; c = ((Part.Context) m.program().part(c)).parent()) {
            if (!lineage.add(c)) {
                break;
            }
            ContextState state = (ContextState) m.resource(c);
            if (state.cancelled || state.timerArmed()) {
                return true;
            }
        }
        return anyOther(g, y -> y instanceof Op.Cancel k && lineage.contains(k.ctx()));
    }

    private static boolean wakesReceiver(Op y, String ch) {
        return wakes(y, ch, false);
    }

    private static boolean wakesSender(Op y, String ch) {
        return wakes(y, ch, true);
    }

    /**
     * Whether op y can wake a goroutine blocked on ch: one that waits to send ({@code sender}),
     * by receiving (a recv, a range, a select's receive case); one that waits to receive, by
     * sending (a send, a select's send case); either, by closing ch.
     */
    private static boolean wakes(Op y, String ch, boolean sender) {
        return switch (y) {
            case Op.Close c -> c.ch().equals(ch);
            case Op.Send s -> !sender && s.ch().equals(ch);
            case Op.Recv r -> sender && r.ch().equals(ch);
            case Op.Range r -> sender && r.ch().equals(ch);
            case Op.Select s -> s.cases().stream().anyMatch(c -> sender
                    ? c instanceof Op.RecvCase rc && rc.ch().equals(ch)
                    : c instanceof Op.SendCase sc && sc.ch().equals(ch));
            case Op.If unused -> false;
            case Op.While unused -> false;
            case Op.Repeat unused -> false;
            case Op.Loop unused -> false;
            case Op.OnceDo unused -> false;
            case Op.Go unused -> false;
            case Op.Lock unused -> false;
            case Op.Unlock unused -> false;
            case Op.RLock unused -> false;
            case Op.RUnlock unused -> false;
            case Op.Add unused -> false;
            case Op.Done unused -> false;
            case Op.Wait unused -> false;
            case Op.Read unused -> false;
            case Op.Write unused -> false;
            case Op.Inc unused -> false;
            case Op.AtomicAdd unused -> false;
            case Op.AtomicLoad unused -> false;
            case Op.AtomicStore unused -> false;
            case Op.AtomicCas unused -> false;
            case Op.Cancel unused -> false;
            case Op.Sleep unused -> false;
            case Op.Work unused -> false;
            case Op.Emit unused -> false;
            case Op.Let unused -> false;
            case Op.Break unused -> false;
            case Op.Continue unused -> false;
            case Op.Return unused -> false;
            case Op.Assert unused -> false;
        };
    }

    private boolean anyOther(int g, java.util.function.Predicate<Op> wakes) {
        for (int h = 0; h < m.goroutineCount(); h++) {
            if (h != g && ops(h).stream().anyMatch(wakes)) {
                return true;
            }
        }
        return false;
    }
}
