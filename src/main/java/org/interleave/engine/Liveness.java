package org.interleave.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.ExprTypes;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;

/**
 * Which locals of a goroutine template may still be read from each position of its ops: a
 * classic backward live-variable analysis over the template's control flow. A state key leaves
 * dead locals out, so two states that differ only in a value nobody will read again share a key
 * (a worker back at the head of its {@code range} no longer remembers its previous job).
 *
 * <p>Positions are (op list, index); index {@code size} is the end of the list, and index -1 of a
 * range body is the range's head (its receive). Every op list belongs to exactly one op, so
 * where control goes at the end of a list is static and the analysis is exact for the whole
 * continuation of a goroutine.
 */
final class Liveness {
    private final Map<String, Integer> slots;
    private final IdentityHashMap<List<Op>, BitSet[]> live = new IdentityHashMap<>();
    private final IdentityHashMap<List<Op>, BitSet> rangeHead = new IdentityHashMap<>();
    private final IdentityHashMap<List<Op>, Context> context = new IdentityHashMap<>();
    private final List<List<Op>> lists = new ArrayList<>();

    /** Where control goes at the end of a list, and the targets of break, continue and return. */
    private record Context(Position end, Position breakTo, Position continueTo, Position returnTo) {}

    /** A position: index in a list (-1: the head of a range whose body is the list); null list = exit. */
    private record Position(List<Op> list, int index) {
        static final Position EXIT = new Position(null, 0);
    }

    Liveness(Part.Goroutine template, Map<String, Integer> slots) {
        this.slots = slots;
        build(template.ops(), new Context(Position.EXIT, null, null, Position.EXIT));
        solve();
    }

    /** The locals that may be read from position (list, index) on. */
    BitSet at(List<Op> list, int index) {
        if (index < 0) {
            return rangeHead.get(list);
        }
        BitSet[] l = live.get(list);
        return l == null ? null : l[Math.min(index, l.length - 1)];
    }

    private void build(List<Op> ops, Context ctx) {
        context.put(ops, ctx);
        lists.add(ops);
        BitSet[] sets = new BitSet[ops.size() + 1];
        for (int i = 0; i < sets.length; i++) {
            sets[i] = new BitSet();
        }
        live.put(ops, sets);
        for (int i = 0; i < ops.size(); i++) {
            Position after = new Position(ops, i + 1);
            Op op = ops.get(i);
            switch (op) {
                case Op.If x -> {
                    build(x.then(), new Context(after, ctx.breakTo, ctx.continueTo, ctx.returnTo));
                    build(x.otherwise(), new Context(after, ctx.breakTo, ctx.continueTo, ctx.returnTo));
                }
                case Op.While x -> build(x.body(), new Context(new Position(ops, i), after, new Position(ops, i), ctx.returnTo));
                case Op.Repeat x -> build(x.body(), new Context(new Position(ops, i), after, new Position(ops, i), ctx.returnTo));
                case Op.Loop x -> build(x.body(), new Context(new Position(x.body(), 0), after, new Position(x.body(), 0), ctx.returnTo));
                case Op.Range x -> {
                    rangeHead.put(x.body(), new BitSet());
                    Position head = new Position(x.body(), -1);
                    build(x.body(), new Context(head, after, head, ctx.returnTo));
                }
                case Op.Select x -> {
                    for (Op.Case c : x.cases()) {
                        build(c.body(), new Context(after, after, ctx.continueTo, ctx.returnTo));
                    }
                    if (x.otherwise() != null) {
                        build(x.otherwise(), new Context(after, after, ctx.continueTo, ctx.returnTo));
                    }
                }
                case Op.OnceDo x -> build(x.body(), new Context(after, null, null, after));
                default -> { }
            }
        }
    }

    private BitSet get(Position p) {
        if (p == null || p.list() == null) {
            return new BitSet();
        }
        return p.index() < 0 ? rangeHead.get(p.list()) : live.get(p.list())[p.index()];
    }

    private void solve() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int li = lists.size() - 1; li >= 0; li--) {
                List<Op> ops = lists.get(li);
                Context ctx = context.get(ops);
                BitSet[] sets = live.get(ops);
                changed |= update(sets[ops.size()], get(ctx.end()));
                for (int i = ops.size() - 1; i >= 0; i--) {
                    changed |= update(sets[i], transfer(ops.get(i), get(new Position(ops, i + 1)), ctx));
                }
                BitSet head = rangeHead.get(ops);
                if (head != null) {
                    // The range's head: receive into `to` and run the body, or leave the loop.
                    Op.Range owner = rangeOwner(ops);
                    BitSet in = (BitSet) sets[0].clone();
                    clear(in, owner.to());
                    in.or(get(context.get(ops).breakTo()));
                    changed |= update(head, in);
                }
            }
        }
    }

    private Op.Range rangeOwner(List<Op> body) {
        for (List<Op> l : lists) {
            for (Op op : l) {
                if (op instanceof Op.Range r && r.body() == body) {
                    return r;
                }
            }
        }
        throw new IllegalStateException("range body without its range");
    }

    private BitSet transfer(Op op, BitSet out, Context ctx) {
        BitSet in = (BitSet) out.clone();
        switch (op) {
            case Op.Let x -> { clear(in, x.to()); use(in, x.value()); }
            case Op.If x -> { in = first(x.then()); in.or(first(x.otherwise())); use(in, x.cond()); }
            case Op.While x -> { in.or(first(x.body())); use(in, x.cond()); }
            case Op.Repeat x -> {
                BitSet body = first(x.body());
                clear(body, x.to());
                in.or(body);
                use(in, x.times());
            }
            case Op.Loop x -> in = first(x.body());
            case Op.Range x -> in = (BitSet) rangeHead.get(x.body()).clone();
            case Op.Select x -> {
                in = new BitSet();
                for (Op.Case c : x.cases()) {
                    BitSet b = first(c.body());
                    switch (c) {
                        case Op.RecvCase r -> { clear(b, r.to()); clear(b, r.ok()); }
                        case Op.SendCase s -> use(b, s.value());
                        default -> { }
                    }
                    in.or(b);
                }
                if (x.otherwise() != null) {
                    in.or(first(x.otherwise()));
                }
            }
            case Op.OnceDo x -> in.or(first(x.body()));
            case Op.Break x -> in = get(ctx.breakTo());
            case Op.Continue x -> in = get(ctx.continueTo());
            case Op.Return x -> in = get(ctx.returnTo());
            case Op.Go x -> {
                for (Expr e : x.args().values()) {
                    use(in, e);
                }
            }
            case Op.Send x -> use(in, x.value());
            case Op.Recv x -> { clear(in, x.to()); clear(in, x.ok()); }
            case Op.Write x -> use(in, x.value());
            case Op.Read x -> clear(in, x.to());
            case Op.Inc x -> use(in, x.n());
            case Op.Add x -> use(in, x.n());
            case Op.AtomicAdd x -> { clear(in, x.to()); use(in, x.n()); }
            case Op.AtomicLoad x -> clear(in, x.to());
            case Op.AtomicStore x -> use(in, x.value());
            case Op.AtomicCas x -> { clear(in, x.to()); use(in, x.old()); use(in, x.replacement()); }
            case Op.Emit x -> use(in, x.value());
            case Op.Assert x -> use(in, x.cond());
            default -> { }
        }
        return in;
    }

    private BitSet first(List<Op> ops) {
        return (BitSet) live.get(ops)[0].clone();
    }

    private void use(BitSet s, Expr e) {
        if (e != null) {
            for (String local : ExprTypes.locals(e)) {
                Integer i = slots.get(local);
                if (i != null) {
                    s.set(i);
                }
            }
        }
    }

    private void clear(BitSet s, String local) {
        if (local != null) {
            Integer i = slots.get(local);
            if (i != null) {
                s.clear(i);
            }
        }
    }

    private static boolean update(BitSet target, BitSet value) {
        if (target.equals(value)) {
            return false;
        }
        target.clear();
        target.or(value);
        return true;
    }
}
