package org.interleave.gobridge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.ExprTypes;
import org.interleave.engine.expr.ValueType;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.DesignValidator;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.engine.model.Src;

/**
 * Why a design cannot be written as a Go program that builds, if it cannot. The Go view shows the
 * design being edited, which need not validate: a player may have removed the op that gave a local
 * its value (every {@code go gen} op that passed {@code n}, say). Such a local the exporter declares
 * with its zero value, as Go would need to build the program; every other mistake the validator
 * finds — a part an op names that the design lacks or that is of another kind, a {@code go} of a
 * goroutine that is not a spawn template, a {@code break} outside a loop, a type error, two mains —
 * has no Go program to show, so the export is refused with the validator's words.
 */
final class BuildCheck {
    private BuildCheck() {}

    /** The first reason the design cannot be exported as a program that builds, or empty if it can. */
    static Optional<String> whyNot(Design design, LocalTypes types) {
        List<DesignValidator.Problem> problems = DesignValidator.validate(declaringLostLocals(design, types));
        return problems.stream().findFirst().map(BuildCheck::describe);
    }

    private static String describe(DesignValidator.Problem p) {
        DesignValidator.Locus at = p.where();
        if (at.part() == null) {
            return p.message();
        }
        return at.part().id() + (at.path() == null ? "" : " " + at.path()) + ": " + p.message();
    }

    /**
     * The design as the exported program has it: each goroutine that reads a local no op of it
     * assigns (and no {@code go} op passes it) first sets that local to its zero value, of the type
     * its uses give it. The added ops keep no path of the design's, so the problems found in the
     * rest still name the design's own ops.
     */
    private static Design declaringLostLocals(Design design, LocalTypes types) {
        Set<String> passed = new LinkedHashSet<>();
        for (Part.Goroutine g : design.goroutines()) {
            for (Op op : OpWalk.everything(g.ops())) {
                if (op instanceof Op.Go go) {
                    go.args().keySet().forEach(a -> passed.add(go.g() + " " + a));
                }
            }
        }
        List<Part> parts = new ArrayList<>();
        for (Part p : design.parts()) {
            if (!(p instanceof Part.Goroutine g)) {
                parts.add(p);
                continue;
            }
            Set<String> read = new LinkedHashSet<>();
            Set<String> assigned = new LinkedHashSet<>();
            for (Op op : OpWalk.everything(g.ops())) {
                assigned.addAll(OpWalk.targets(op));
                for (Expr e : OpWalk.exprs(op)) {
                    read.addAll(ExprTypes.locals(e));
                }
            }
            if (g.start() == Part.Start.AUTO) {
                assigned.add("id");
            }
            List<Op> ops = new ArrayList<>();
            for (String local : read) {
                boolean param = g.start() == Part.Start.SPAWN && passed.contains(g.id() + " " + local);
                if (!assigned.contains(local) && !param) {
                    Expr zero = types.of(g, local) == ValueType.BOOL ? Expr.of(false) : Expr.of(0);
                    ops.add(new Op.Let(Src.of("declaration of " + local), local, zero));
                }
            }
            if (ops.isEmpty()) {
                parts.add(g);
            } else {
                ops.addAll(g.ops());
                parts.add(new Part.Goroutine(g.id(), g.start(), g.count(), ops, g.preset(), g.layout()));
            }
        }
        return new Design(parts);
    }
}
