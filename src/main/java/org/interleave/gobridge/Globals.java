package org.interleave.gobridge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.interleave.engine.expr.ValueType;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;

/**
 * What every function of the exported program shares: the Go names of parts, goroutine functions,
 * cancel functions and helpers; each template's parameters; and the imports used so far.
 */
final class Globals {
    /** A parameter of a goroutine's function: the design's local and its type. */
    record Param(String local, ValueType type) {}

    final GoNames names = GoNames.global();
    final LocalTypes types;
    final boolean manySinks;
    final String work;
    private final Map<String, String> cancels = new HashMap<>();
    private final Map<String, List<Param>> params = new HashMap<>();
    private final TreeSet<String> imports = new TreeSet<>();
    private final Map<Long, String> runtimeInts = new java.util.LinkedHashMap<>();
    private boolean workUsed;

    Globals(Design design) {
        types = LocalTypes.infer(design);
        for (Part p : design.parts()) {
            boolean main = p instanceof Part.Goroutine g && g.start() == Part.Start.MAIN;
            if (!(p instanceof Part.Sink) && !main) {
                names.of(p.id());
            }
        }
        for (Part p : design.parts()) {
            if (p instanceof Part.Context c) {
                String name = names.of(c.id());
                cancels.put(c.id(), names.fresh("cancel" + Character.toUpperCase(name.charAt(0)) + name.substring(1)));
            }
        }
        work = names.fresh("work");
        // The int variables of constant arithmetic are package-level: named now, before any
        // function scope copies the names taken, so that no local is given one of them (a local
        // int0 would shadow the variable that holds 0).
        for (Part.Goroutine g : design.goroutines()) {
            for (Op op : OpWalk.everything(g.ops())) {
                OpWalk.exprs(op).forEach(e -> GoExpr.atRunTime(e, this::runtimeInt));
            }
        }
        manySinks = design.parts().stream().filter(Part.Sink.class::isInstance).count() > 1;
        Map<String, TreeSet<String>> args = new HashMap<>();
        for (Part.Goroutine g : design.goroutines()) {
            OpWalk.forEach(g.ops(), op -> {
                if (op instanceof Op.Go go) {
                    args.computeIfAbsent(go.g(), k -> new TreeSet<>()).addAll(go.args().keySet());
                }
            });
        }
        for (Part.Goroutine g : design.goroutines()) {
            List<Param> list = new ArrayList<>();
            if (g.start() == Part.Start.SPAWN) {
                args.getOrDefault(g.id(), new TreeSet<>()).forEach(a -> list.add(new Param(a, types.of(g, a))));
            }
            params.put(g.id(), list);
        }
    }

    /** The Go name of a part (for a goroutine: its function). */
    String part(String id) {
        return names.of(id);
    }

    /** The cancel function of a context. */
    String cancel(String ctx) {
        return cancels.get(ctx);
    }

    /**
     * The parameters of a spawn template's function: every local some {@code go} op passes it, by
     * name. (An auto goroutine's only parameter, {@code id}, is decided by its function.)
     */
    List<Param> params(String goroutine) {
        return params.getOrDefault(goroutine, List.of());
    }

    /** Records that the program imports {@code path}. */
    void use(String path) {
        imports.add(path);
    }

    /** Records that an op does CPU work, so the program needs the work helper. */
    void useWork() {
        workUsed = true;
        use("time");
    }

    /**
     * The package-level int variable holding {@code value}, for constant arithmetic Go must compute
     * at run time ({@link GoExpr#print(org.interleave.engine.expr.Expr, int, java.util.function.UnaryOperator,
     * java.util.function.LongFunction)}): {@code int7}, {@code intMinus5}.
     */
    String runtimeInt(long value) {
        return runtimeInts.computeIfAbsent(value, v -> names.fresh(
                v < 0 ? "intMinus" + Long.toString(v).substring(1) : "int" + v));
    }

    /**
     * The variables of {@link #runtimeInt}, value by name: those the design's expressions need,
     * in the order the design reads them, named when the globals were made.
     */
    Map<Long, String> runtimeInts() {
        return java.util.Collections.unmodifiableMap(runtimeInts);
    }

    boolean workUsed() {
        return workUsed;
    }

    /** The imports used, sorted as gofmt sorts them. */
    List<String> imports() {
        return List.copyOf(imports);
    }
}
