package org.interleave.gobridge;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.ExprException;
import org.interleave.engine.expr.ExprTypes;
import org.interleave.engine.expr.ValueType;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;

/**
 * The Go type ({@code int} or {@code bool}) of every local of every goroutine, inferred as the
 * validator does: ops that assign a fixed type first, then {@code let}s and {@code go} arguments
 * until nothing changes, over every op (reachable or not, so that a type never depends on which
 * ops the exporter leaves out). A local whose type cannot be inferred is an {@code int}.
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
        }
        return t;
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
