package org.interleave.gobridge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.model.Op;

/**
 * Walks op trees: the op lists nested in an op, the expressions an op itself reads, the locals it
 * assigns, and which ops of a list can run at all.
 *
 * <p>Ops after a {@code return}, {@code break} or {@code continue}, after an endless loop that
 * nothing breaks, or after an {@code if}/{@code select} none of whose branches carries on can never
 * run. {@code go vet} reports such code as unreachable, so the exporter leaves it out; these rules
 * are vet's (its {@code unreachable} pass), which for these statements agree with the engine.
 */
final class OpWalk {
    private OpWalk() {}

    /** Every reachable op of {@code ops} and of the lists nested in them, outer ops first. */
    static List<Op> all(List<Op> ops) {
        List<Op> out = new ArrayList<>();
        forEach(ops, out::add);
        return out;
    }

    static void forEach(List<Op> ops, Consumer<Op> visit) {
        for (Op op : reachable(ops)) {
            visit.accept(op);
            for (List<Op> body : bodies(op)) {
                forEach(body, visit);
            }
        }
    }

    /** Every op of {@code ops} and of the lists nested in them, reachable or not. */
    static List<Op> everything(List<Op> ops) {
        List<Op> out = new ArrayList<>();
        for (Op op : ops) {
            out.add(op);
            for (List<Op> body : bodies(op)) {
                out.addAll(everything(body));
            }
        }
        return out;
    }

    /** The ops of {@code ops} that can run: those up to the first one after which nothing can. */
    static List<Op> reachable(List<Op> ops) {
        for (int i = 0; i < ops.size(); i++) {
            if (!carriesOn(ops.get(i))) {
                return ops.subList(0, i + 1);
            }
        }
        return ops;
    }

    /** True if the statement after {@code list} can run: its last reachable op carries on. */
    static boolean carriesOnAfter(List<Op> list) {
        return flow(list).carriesOn();
    }

    /** True if the op after {@code op} in its list can run. */
    static boolean carriesOn(Op op) {
        return flow(op).carriesOn();
    }

    /** True for {@code for true}, which the exporter writes {@code for {}}. */
    static boolean isTrue(Op.While w) {
        return w.cond() instanceof Expr.BoolLit b && b.value();
    }

    /**
     * Whether what follows can run, and whether a reachable {@code break} leaves the statement that
     * holds the ops (a nested loop, range or select is the target of its own breaks).
     */
    private record Flow(boolean carriesOn, boolean breaks) {}

    /**
     * The flow of a list, from one pass over its reachable ops: each op's flow is worked out once,
     * so a walk costs time linear in the ops nested in the list (working out a select's breaks and
     * its bodies' ends in two passes made nested selects cost 2^depth).
     */
    private static Flow flow(List<Op> ops) {
        boolean breaks = false;
        for (Op op : ops) {
            Flow f = flow(op);
            breaks |= f.breaks();
            if (!f.carriesOn()) {
                return new Flow(false, breaks);
            }
        }
        return new Flow(true, breaks);
    }

    private static Flow flow(Op op) {
        return switch (op) {
            case Op.Return r -> new Flow(false, false);
            case Op.Break b -> new Flow(false, true);
            case Op.Continue c -> new Flow(false, false);
            case Op.If i -> {
                Flow then = flow(i.then());
                Flow otherwise = flow(i.otherwise());
                yield new Flow(then.carriesOn() || otherwise.carriesOn(), then.breaks() || otherwise.breaks());
            }
            case Op.Loop l -> new Flow(flow(l.body()).breaks(), false);
            case Op.While w -> new Flow(!isTrue(w) || flow(w.body()).breaks(), false);
            case Op.Select s -> {
                boolean carriesOn = false;
                for (List<Op> body : bodies(s)) {
                    Flow f = flow(body);
                    carriesOn |= f.carriesOn() || f.breaks();
                }
                yield new Flow(carriesOn, false);
            }
            default -> new Flow(true, false);
        };
    }

    /**
     * The cases of {@code s} that the Go program offers: all, but for a select with {@code default}
     * those that are not {@code after}. DESIGN §4: an {@code after} case's timer starts when its select
     * is reached, so it is never ready then and such a select takes {@code default}; the exporter
     * leaves these cases out, and their bodies, which can never run, count for nothing.
     */
    static List<Op.Case> offered(Op.Select s) {
        return s.otherwise() == null ? s.cases() : s.cases().stream().filter(c -> !(c instanceof Op.AfterCase)).toList();
    }

    /** The op lists directly inside {@code op}: loop bodies, branches, case bodies, a once body. */
    static List<List<Op>> bodies(Op op) {
        return switch (op) {
            case Op.Range r -> List.of(r.body());
            case Op.Select s -> {
                List<List<Op>> b = new ArrayList<>();
                offered(s).forEach(c -> b.add(c.body()));
                if (s.otherwise() != null) {
                    b.add(s.otherwise());
                }
                yield b;
            }
            case Op.OnceDo o -> List.of(o.body());
            case Op.If i -> List.of(i.then(), i.otherwise());
            case Op.While w -> List.of(w.body());
            case Op.Repeat r -> List.of(r.body());
            case Op.Loop l -> List.of(l.body());
            default -> List.of();
        };
    }

    /** True for {@code x = x}: it does nothing, and vet rejects it, so it is not written at all. */
    static boolean isSelfAssignment(Op op) {
        return op instanceof Op.Let l && l.value() instanceof Expr.Local v && v.name().equals(l.to());
    }

    /** The expressions {@code op} itself evaluates (not those of nested ops). */
    static List<Expr> exprs(Op op) {
        List<Expr> e = new ArrayList<>();
        if (isSelfAssignment(op)) {
            return e;
        }
        switch (op) {
            case Op.Go g -> e.addAll(g.args().values());
            case Op.Send s -> e.add(s.value());
            case Op.Select s -> s.cases().forEach(c -> {
                if (c instanceof Op.SendCase sc) {
                    e.add(sc.value());
                }
            });
            case Op.Add a -> e.add(a.n());
            case Op.Write w -> e.add(w.value());
            case Op.Inc i -> e.add(i.n());
            case Op.AtomicAdd a -> e.add(a.n());
            case Op.AtomicStore a -> e.add(a.value());
            case Op.AtomicCas a -> {
                e.add(a.old());
                e.add(a.replacement());
            }
            case Op.Emit em -> e.add(em.value());
            case Op.Let l -> e.add(l.value());
            case Op.If i -> e.add(i.cond());
            case Op.While w -> e.add(w.cond());
            case Op.Repeat r -> e.add(r.times());
            case Op.Assert a -> e.add(a.cond());
            default -> { }
        }
        e.removeIf(x -> x == null);
        return e;
    }

    /** The locals {@code op} itself assigns (a select's are those of its receive cases). */
    static List<String> targets(Op op) {
        List<String> t = new ArrayList<>();
        if (isSelfAssignment(op)) {
            return t;
        }
        switch (op) {
            case Op.Recv r -> {
                t.add(r.to());
                t.add(r.ok());
            }
            case Op.Range r -> t.add(r.to());
            case Op.Select s -> s.cases().forEach(c -> {
                if (c instanceof Op.RecvCase rc) {
                    t.add(rc.to());
                    t.add(rc.ok());
                }
            });
            case Op.Read r -> t.add(r.to());
            case Op.AtomicAdd a -> t.add(a.to());
            case Op.AtomicLoad a -> t.add(a.to());
            case Op.AtomicCas a -> t.add(a.to());
            case Op.Let l -> t.add(l.to());
            case Op.Repeat r -> t.add(r.to());
            default -> { }
        }
        t.removeIf(x -> x == null);
        return t;
    }
}
