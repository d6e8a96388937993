package org.interleave.gobridge;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.interleave.engine.expr.BinaryOp;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.ExprException;
import org.interleave.engine.expr.ExprTypes;
import org.interleave.engine.expr.UnaryOp;
import org.interleave.engine.expr.ValueType;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;

/**
 * The Go type ({@code int} or {@code bool}) of every local of every goroutine, inferred as the
 * validator does: ops that assign a fixed type first, then {@code let}s and {@code go} arguments
 * until nothing changes, over every op (reachable or not, so that a type never depends on which
 * ops the exporter leaves out).
 *
 * <p>A local may have lost the op that gave it its value — a player removed the {@code let}, or
 * every {@code go} op that passed it — while ops still read it: the design does not validate
 * ("undefined: n"), but the Go view still shows it as a program, in which such a local is declared
 * with its zero value. Its type then comes from how it is used (a condition or an operand of
 * {@code !}, {@code &&}, {@code ||} is a {@code bool}; an operand of arithmetic or ordering, or a
 * value sent, written or counted, an {@code int}), so that the program still builds. A local whose
 * type cannot be inferred at all is an {@code int}.
 */
final class LocalTypes {
    private final Map<Part.Goroutine, Map<String, ValueType>> types = new IdentityHashMap<>();

    private LocalTypes() {}

    static LocalTypes infer(Design design) {
        LocalTypes t = new LocalTypes();
        for (Part.Goroutine g : design.goroutines()) {
            Map<String, ValueType> m = new HashMap<>();
            if (g.start() == Part.Start.AUTO) {
                m.put("id", ValueType.INT);
            }
            OpWalk.everything(g.ops()).forEach(op -> fixed(op, m));
            t.types.put(g, m);
        }
        Map<String, Part.Goroutine> byId = new HashMap<>();
        design.goroutines().forEach(g -> byId.putIfAbsent(g.id(), g));
        boolean changed = true;
        while (changed) {
            changed = t.fromAssignments(design, byId) | t.fromUses(design, byId);
        }
        return t;
    }

    /** Types from {@code let}s and {@code go} arguments; true if a local got one. */
    private boolean fromAssignments(Design design, Map<String, Part.Goroutine> byId) {
        LocalTypes t = this;
        boolean any = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Part.Goroutine g : design.goroutines()) {
                Map<String, ValueType> own = t.types.get(g);
                for (Op op : OpWalk.everything(g.ops())) {
                    switch (op) {
                        case Op.Let let -> changed |= infer(own, let.to(), own, let.value());
                        case Op.Go go when byId.get(go.g()) != null -> {
                            Map<String, ValueType> target = t.types.get(byId.get(go.g()));
                            for (Map.Entry<String, Expr> a : go.args().entrySet()) {
                                changed |= infer(target, a.getKey(), own, a.getValue());
                            }
                        }
                        default -> { }
                    }
                }
            }
            any |= changed;
        }
        return any;
    }

    /**
     * Types of locals that no assignment typed, from the type their uses need; true if a local got
     * one. Only reached when a local has lost its definer (or is defined only from such a local).
     */
    private boolean fromUses(Design design, Map<String, Part.Goroutine> byId) {
        boolean changed = false;
        for (Part.Goroutine g : design.goroutines()) {
            Map<String, ValueType> own = types.get(g);
            for (Op op : OpWalk.everything(g.ops())) {
                switch (op) {
                    case Op.If i -> changed |= want(own, i.cond(), ValueType.BOOL);
                    case Op.While w -> changed |= want(own, w.cond(), ValueType.BOOL);
                    case Op.Assert a -> changed |= want(own, a.cond(), ValueType.BOOL);
                    case Op.Let let -> changed |= want(own, let.value(), own.get(let.to()));
                    case Op.Go go -> {
                        Part.Goroutine target = byId.get(go.g());
                        for (Map.Entry<String, Expr> a : go.args().entrySet()) {
                            changed |= want(own, a.getValue(), target == null ? null : types.get(target).get(a.getKey()));
                        }
                    }
                    default -> {
                        for (Expr e : OpWalk.exprs(op)) {
                            changed |= want(own, e, ValueType.INT); // every other value is an int
                        }
                    }
                }
            }
        }
        return changed;
    }

    /** Gives the untyped locals of {@code e} the types {@code e} needs to have type {@code wanted} (null: any). */
    private static boolean want(Map<String, ValueType> m, Expr e, ValueType wanted) {
        return switch (e) {
            case null -> false;
            case Expr.IntLit lit -> false;
            case Expr.BoolLit lit -> false;
            case Expr.Local local -> wanted != null && m.putIfAbsent(local.name(), wanted) == null;
            case Expr.Unary u -> want(m, u.operand(), u.op() == UnaryOp.NEG ? ValueType.INT : ValueType.BOOL);
            case Expr.Binary b -> {
                ValueType operands;
                if (b.op().isLogical()) {
                    operands = ValueType.BOOL;
                } else if (b.op() == BinaryOp.EQ || b.op() == BinaryOp.NE) {
                    ValueType left = typeOf(m, b.left());
                    operands = left != null ? left : typeOf(m, b.right());
                } else {
                    operands = ValueType.INT;
                }
                yield want(m, b.left(), operands) | want(m, b.right(), operands);
            }
        };
    }

    /** The type of local {@code name} in {@code g}. */
    ValueType of(Part.Goroutine g, String name) {
        Map<String, ValueType> m = types.get(g);
        return m == null ? ValueType.INT : m.getOrDefault(name, ValueType.INT);
    }

    /** The type of {@code e} in {@code g}, or null if it has none. */
    ValueType of(Part.Goroutine g, Expr e) {
        return typeOf(types.get(g), e);
    }

    private static void fixed(Op op, Map<String, ValueType> m) {
        switch (op) {
            case Op.Recv r -> {
                put(m, r.to(), ValueType.INT);
                put(m, r.ok(), ValueType.BOOL);
            }
            case Op.Range r -> put(m, r.to(), ValueType.INT);
            case Op.Select s -> {
                for (Op.Case c : s.cases()) {
                    if (c instanceof Op.RecvCase rc) {
                        put(m, rc.to(), ValueType.INT);
                        put(m, rc.ok(), ValueType.BOOL);
                    }
                }
            }
            case Op.Read r -> put(m, r.to(), ValueType.INT);
            case Op.AtomicAdd a -> put(m, a.to(), ValueType.INT);
            case Op.AtomicLoad a -> put(m, a.to(), ValueType.INT);
            case Op.AtomicCas a -> put(m, a.to(), ValueType.BOOL);
            case Op.Repeat r -> put(m, r.to(), ValueType.INT);
            default -> { }
        }
    }

    private static void put(Map<String, ValueType> m, String name, ValueType t) {
        if (name != null) {
            m.putIfAbsent(name, t);
        }
    }

    private static boolean infer(Map<String, ValueType> into, String name, Map<String, ValueType> from, Expr value) {
        if (name == null || value == null || into.containsKey(name)) {
            return false;
        }
        ValueType t = typeOf(from, value);
        if (t != null) {
            into.put(name, t);
        }
        return t != null;
    }

    private static ValueType typeOf(Map<String, ValueType> m, Expr e) {
        if (e == null || m == null) {
            return null;
        }
        try {
            return ExprTypes.check(e, m::get);
        } catch (ExprException ex) {
            return null;
        }
    }
}
