package org.interleave.engine.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.ExprException;
import org.interleave.engine.expr.ExprParser;
import org.interleave.engine.expr.ExprTypes;
import org.interleave.engine.expr.ValueType;
import org.interleave.engine.model.DesignValidator.Gaps;
import org.interleave.engine.model.DesignValidator.Locus;
import org.interleave.engine.model.DesignValidator.Problem;

/**
 * The locals half of {@link DesignValidator}: where each goroutine template assigns and uses its
 * locals, their inferred types, and the problems with them. Locals are per template and not
 * flow-sensitive: a local used anywhere must be assigned somewhere in the same template.
 */
final class DesignLocals {
    private final Design design;
    private final Gaps gaps;
    private final List<Problem> problems;
    private final Map<Part.Goroutine, Locals> locals = new IdentityHashMap<>();
    private final List<Arg> args = new ArrayList<>();

    DesignLocals(Design design, Gaps gaps, List<Problem> problems) {
        this.design = design;
        this.gaps = gaps;
        this.problems = problems;
        for (Part.Goroutine g : design.goroutines()) {
            locals.put(g, new Locals(g));
        }
    }

    Locals of(Part.Goroutine g) {
        return locals.get(g);
    }

    /** A local that a {@code go} op in {@code caller} passes to the template {@code target}. */
    void arg(Part.Goroutine caller, Part.Goroutine target, String name, Expr value, String path) {
        args.add(new Arg(caller, target, name, value, path));
        locals.get(target).assigned.add(name);
    }

    private record Arg(Part.Goroutine caller, Part.Goroutine target, String name, Expr value, String path) {}

    /** An assignment of a fixed type, or a {@code let} whose type is its value's. */
    private record Assign(String name, ValueType type, Expr let, String path, String field) {}

    /** An expression and the type it must have (null: any). */
    private record Use(Expr expr, ValueType expected, String path, String field) {}

    /** The locals of one goroutine template. */
    final class Locals {
        private final Part.Goroutine g;
        private final List<Assign> assigns = new ArrayList<>();
        private final List<Use> uses = new ArrayList<>();
        private final Set<String> assigned = new HashSet<>();
        private final Map<String, ValueType> types = new HashMap<>();

        private Locals(Part.Goroutine g) {
            this.g = g;
            if (g.start() == Part.Start.AUTO) {
                assigned.add("id");
                types.put("id", ValueType.INT);
            }
        }

        /** {@code name} (null: absent) gets a value of {@code type} at the op's {@code field}. */
        void assign(String name, ValueType type, String path, String field) {
            if (name != null) {
                assigned.add(name);
                assigns.add(new Assign(name, type, null, path, field));
            }
        }

        void let(String name, Expr value, String path) {
            if (name != null) {
                assigned.add(name);
                assigns.add(new Assign(name, null, value, path, "to"));
            }
        }

        /** {@code e} (null: already reported) must type-check, and have {@code expected} if not null. */
        void use(Expr e, ValueType expected, String path, String field) {
            if (e != null) {
                uses.add(new Use(e, expected, path, field));
            }
        }

        /** The type of e with the types known so far, or null if it has none (yet). */
        private ValueType typeOf(Expr e) {
            if (e == null) {
                return null;
            }
            try {
                return ExprTypes.check(e, types::get);
            } catch (ExprException ex) {
                return null;
            }
        }
    }

    /**
     * Infers each local's type from its assignments (fixed types first, in op order, then
     * {@code let}s and {@code go} arguments until nothing changes), then checks every assignment
     * and use against them.
     */
    void check() {
        for (Locals l : locals.values()) {
            for (Assign a : l.assigns) {
                if (a.type() != null) {
                    l.types.putIfAbsent(a.name(), a.type());
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Locals l : locals.values()) {
                for (Assign a : l.assigns) {
                    changed |= infer(l, a.name(), l, a.let());
                }
            }
            for (Arg a : args) {
                changed |= infer(locals.get(a.target()), a.name(), locals.get(a.caller()), a.value());
            }
        }
        for (Part.Goroutine g : design.goroutines()) {
            Locals l = locals.get(g);
            for (Assign a : l.assigns) {
                conflict(g, l, a.name(), a.type() != null ? a.type() : l.typeOf(a.let()), a.path(), a.field());
            }
            for (Use u : l.uses) {
                check(l, u);
            }
        }
        for (Arg a : args) {
            conflict(a.caller(), locals.get(a.target()), a.name(), locals.get(a.caller()).typeOf(a.value()),
                    a.path(), "args." + a.name());
        }
    }

    /** Gives {@code name} in {@code l} the type of {@code value} in {@code from}, if it has none yet. */
    private static boolean infer(Locals l, String name, Locals from, Expr value) {
        if (value == null || l.types.containsKey(name)) {
            return false;
        }
        ValueType t = from.typeOf(value);
        if (t != null) {
            l.types.put(name, t);
        }
        return t != null;
    }

    private void conflict(Part.Goroutine at, Locals l, String name, ValueType t, String path, String field) {
        ValueType known = l.types.get(name);
        if (t != null && known != null && t != known) {
            report(at, path, field, -1, "local '" + name + "' is assigned " + withArticle(t)
                    + " here and " + withArticle(known) + " elsewhere");
        }
    }

    private static String withArticle(ValueType t) {
        return (t == ValueType.INT ? "an " : "a ") + t.goName();
    }

    private void check(Locals l, Use u) {
        boolean incomplete = gaps.incompleteGoroutines().contains(l.g.id());
        for (String name : ExprTypes.locals(u.expr())) {
            if (l.assigned.contains(name) && !l.types.containsKey(name)) {
                return; // its assignment is wrong and was reported there
            }
            if (incomplete && !l.assigned.contains(name)) {
                return; // may be assigned by an op that did not load
            }
        }
        try {
            ValueType t = ExprTypes.check(u.expr(), l.types::get);
            if (u.expected() != null && t != u.expected()) {
                report(l.g, u.path(), u.field(), offset(u.expr(), 0),
                        "'" + u.field() + "' must be " + u.expected().goName() + ", not " + t.goName());
            }
        } catch (ExprException e) {
            report(l.g, u.path(), u.field(), offset(u.expr(), e.offset()), e.getMessage() + suggestion(l, e));
        }
    }

    /** For an undefined local, the closest local this goroutine does assign, as a suggestion. */
    private static String suggestion(Locals l, ExprException e) {
        String prefix = "undefined: ";
        if (!e.getMessage().startsWith(prefix)) {
            return "";
        }
        String close = DesignValidator.closest(e.getMessage().substring(prefix.length()), new TreeSet<>(l.types.keySet()));
        return close == null ? "" : " — did you mean '" + close + "'?";
    }

    /** The offset to report, or -1 for an expression that was not parsed from a string. */
    private static int offset(Expr e, int offset) {
        return ExprParser.offsetOf(e).isPresent() ? offset : -1;
    }

    private void report(Part part, String path, String field, int offset, String message) {
        problems.add(new Problem(new Locus(part, path, field, offset), message));
    }
}
