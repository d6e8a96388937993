package org.interleave.gobridge;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.ExprTypes;
import org.interleave.engine.expr.ValueType;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;

/**
 * The locals of one goroutine's Go function: their Go names and types, which are read at all, and
 * where each is declared.
 *
 * <p>A local that is never read is not declared: its assignments write to {@code _} or drop the
 * result ({@code <-ch}), so Go's "declared and not used" cannot arise. A local assigned by one op
 * only, and read only where Go's scope of that op reaches, is declared by it: {@code v := <-ch},
 * {@code for v := range ch}, {@code case v := <-ch:}. Every other local is declared once at the
 * top of the function ({@code var v int}) and assigned with {@code =}, which keeps the engine's
 * meaning: a local lives as long as its goroutine.
 */
final class GoLocals {
    private final Part.Goroutine g;
    private final LocalTypes types;
    private final GoNames names;
    private final Set<String> params;
    private final Map<String, Integer> reads = new HashMap<>();
    private final Map<String, Integer> assigns = new HashMap<>();
    private final Set<String> order = new LinkedHashSet<>();
    private final Set<Object> scoped = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> scopedLocals = new LinkedHashSet<>();

    /** Analyses {@code g}; {@code params} are its function's parameters, in order. */
    GoLocals(Part.Goroutine g, List<String> params, LocalTypes types, GoNames functionScope) {
        this.g = g;
        this.types = types;
        this.names = functionScope;
        this.params = new LinkedHashSet<>(params);
        params.forEach(names::of);
        OpWalk.forEach(g.ops(), op -> {
            for (String t : OpWalk.targets(op)) {
                assigns.merge(t, 1, Integer::sum);
                order.add(t);
            }
            for (Expr e : OpWalk.exprs(op)) {
                for (String local : ExprTypes.locals(e)) {
                    reads.merge(local, 1, Integer::sum);
                    order.add(local);
                }
            }
        });
        decideScopes(g.ops());
        for (String local : order) {
            if (isRead(local)) {
                names.of(local);
            }
        }
    }

    /** The Go name of a local that is read somewhere. */
    String name(String local) {
        return names.of(local);
    }

    ValueType type(String local) {
        return types.of(g, local);
    }

    /** The type of an expression over this goroutine's locals (int when unknown). */
    ValueType type(Expr e) {
        ValueType t = types.of(g, e);
        return t == null ? ValueType.INT : t;
    }

    /** True if some op reads {@code local}: only then is it declared and assigned. */
    boolean isRead(String local) {
        return local != null && reads.getOrDefault(local, 0) > 0;
    }

    /** True if the op or select case {@code site} declares its targets ({@code :=}). */
    boolean declares(Object site) {
        return scoped.contains(site);
    }

    /** The locals declared at the top of the function, in the order they first appear. */
    List<String> declaredAtTop() {
        return order.stream().filter(this::isRead)
                .filter(l -> !params.contains(l) && !scopedLocals.contains(l)).toList();
    }

    /** A fresh name for a helper local, such as a loop counter. */
    String fresh(String base) {
        return names.fresh(base);
    }

    /** True if an op in {@code ops} assigns one of {@code locals}. */
    boolean assignsAny(List<Op> ops, Set<String> locals) {
        return OpWalk.all(ops).stream().flatMap(op -> OpWalk.targets(op).stream()).anyMatch(locals::contains);
    }

    private void decideScopes(List<Op> ops) {
        List<Op> reachable = OpWalk.reachable(ops);
        for (int i = 0; i < reachable.size(); i++) {
            Op op = reachable.get(i);
            switch (op) {
                case Op.Recv r -> scopeIf(op, reachable.subList(i + 1, reachable.size()), r.to(), r.ok());
                case Op.Read r -> scopeIf(op, reachable.subList(i + 1, reachable.size()), r.to());
                case Op.Let l -> scopeIf(op, reachable.subList(i + 1, reachable.size()), l.to());
                case Op.AtomicAdd a -> scopeIf(op, reachable.subList(i + 1, reachable.size()), a.to());
                case Op.AtomicLoad a -> scopeIf(op, reachable.subList(i + 1, reachable.size()), a.to());
                case Op.AtomicCas a -> scopeIf(op, reachable.subList(i + 1, reachable.size()), a.to());
                case Op.Range r -> scopeIf(op, r.body(), r.to());
                case Op.Repeat r -> scopeIf(op, r.body(), r.to());
                case Op.Select s -> s.cases().forEach(c -> {
                    if (c instanceof Op.RecvCase rc) {
                        scopeIf(rc, rc.body(), rc.to(), rc.ok());
                    }
                });
                default -> { }
            }
            OpWalk.bodies(op).forEach(this::decideScopes);
        }
    }

    /**
     * Declares the read targets at {@code site} if it is the only op that assigns them and all their
     * reads are in {@code scope}.
     */
    private void scopeIf(Object site, List<Op> scope, String... targets) {
        boolean any = false;
        for (String t : targets) {
            if (!isRead(t)) {
                continue;
            }
            any = true;
            if (params.contains(t) || assigns.getOrDefault(t, 0) != 1 || readsIn(scope, t) != reads.get(t)) {
                return;
            }
        }
        if (any) {
            scoped.add(site);
            for (String t : targets) {
                if (isRead(t)) {
                    scopedLocals.add(t);
                }
            }
        }
    }

    private static int readsIn(List<Op> ops, String local) {
        int[] n = new int[1];
        OpWalk.forEach(ops, op -> {
            for (Expr e : OpWalk.exprs(op)) {
                if (ExprTypes.locals(e).contains(local)) {
                    n[0]++;
                }
            }
        });
        return n[0];
    }
}
