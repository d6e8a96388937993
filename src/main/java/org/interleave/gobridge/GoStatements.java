package org.interleave.gobridge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.interleave.engine.OpText;
import org.interleave.engine.expr.BinaryOp;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.ExprTypes;
import org.interleave.engine.expr.UnaryOp;
import org.interleave.engine.expr.ValueType;
import org.interleave.engine.model.Op;

/**
 * Writes the ops of one goroutine as the statements of its Go function (DESIGN §3's table).
 *
 * <p>Control flow maps one to one, because the engine follows Go: {@code break} leaves the
 * innermost loop, range or select (so inside a select case it leaves the select), {@code continue}
 * goes on with the innermost loop, and {@code return} inside a once body returns from its
 * function literal. Ops that can never run are left out (see {@link OpWalk}).
 */
final class GoStatements {
    private final Globals globals;
    private final GoLocals locals;
    private final GoCode code;
    private final java.util.Map<String, Integer> starts;

    GoStatements(Globals globals, GoLocals locals, GoCode code) {
        this(globals, locals, code, new java.util.HashMap<>());
    }

    /** Records in {@code starts}, per op path, the 0-based line of {@code code} where its statement begins. */
    GoStatements(Globals globals, GoLocals locals, GoCode code, java.util.Map<String, Integer> starts) {
        this.globals = globals;
        this.locals = locals;
        this.code = code;
        this.starts = starts;
    }

    void write(List<Op> ops) {
        List<Op> reachable = OpWalk.reachable(ops);
        for (Op op : reachable) {
            write(op);
        }
    }

    private void write(Op op) {
        int before = code.lineCount();
        statement(op);
        if (code.lineCount() > before && op.src() != null && op.src().path() != null) {
            starts.putIfAbsent(op.src().path(), before);
        }
    }

    private void statement(Op op) {
        switch (op) {
            case Op.Go g -> code.line("go " + globals.part(g.g()) + "(" + args(g) + ")");
            case Op.Send s -> code.line(part(s.ch()) + " <- " + expr(s.value()));
            case Op.Recv r -> code.line(receive(r.to(), r.ok(), part(r.ch()), locals.declares(op)));
            case Op.Close c -> code.line("close(" + part(c.ch()) + ")");
            case Op.Range r -> range(r);
            case Op.Select s -> select(s);
            case Op.Lock l -> code.line(part(l.mu()) + ".Lock()");
            case Op.Unlock u -> code.line(part(u.mu()) + ".Unlock()");
            case Op.RLock l -> code.line(part(l.mu()) + ".RLock()");
            case Op.RUnlock u -> code.line(part(u.mu()) + ".RUnlock()");
            case Op.Add a -> code.line(part(a.wg()) + ".Add(" + expr(a.n()) + ")");
            case Op.Done d -> code.line(part(d.wg()) + ".Done()");
            case Op.Wait w -> code.line(part(w.wg()) + ".Wait()");
            case Op.OnceDo o -> once(o);
            case Op.Read r -> code.line(assign(op, r.to(), part(r.var())));
            case Op.Write w -> code.line(part(w.var()) + " = " + expr(w.value()));
            case Op.Inc i -> code.line(inc(part(i.var()), i.n()));
            case Op.AtomicAdd a ->
                    code.line(result(op, a.to(), part(a.var()) + ".Add(" + int64(a.n(), GoExpr.ALONE) + ")", true));
            case Op.AtomicLoad a -> code.line(result(op, a.to(), part(a.var()) + ".Load()", true));
            case Op.AtomicStore a -> code.line(part(a.var()) + ".Store(" + int64(a.value(), GoExpr.ALONE) + ")");
            case Op.AtomicCas a -> code.line(result(op, a.to(), part(a.var()) + ".CompareAndSwap("
                    + int64(a.old(), GoExpr.ARGUMENT) + ", " + int64(a.replacement(), GoExpr.ARGUMENT) + ")", false));
            case Op.Cancel c -> code.line(globals.cancel(c.ctx()) + "()");
            case Op.Sleep s -> code.line("time.Sleep(" + duration(s.ticks(), GoExpr.ALONE) + ")");
            case Op.Work w -> {
                globals.useWork();
                code.line(globals.work + "(" + w.ticks() + ")");
            }
            case Op.Emit e -> emit(e);
            case Op.Let l -> let(l);
            case Op.If i -> ifElse(i);
            case Op.While w -> loop(OpWalk.isTrue(w) ? "for {" : "for " + expr(w.cond()) + " {", w.body());
            case Op.Repeat r -> repeat(r);
            case Op.Loop l -> loop("for {", l.body());
            case Op.Break b -> code.line("break");
            case Op.Continue c -> code.line("continue");
            case Op.Return r -> code.line("return");
            case Op.Assert a -> {
                String message = a.message() == null || a.message().isBlank()
                        ? "assertion failed: " + OpText.expr(a.cond()) : a.message();
                code.open("if " + GoExpr.print(negate(rename(a.cond())), GoExpr.ALONE, n -> n, globals::runtimeInt) + " {");
                code.line("panic(" + quote(message) + ")");
                code.close("}");
            }
        }
    }

    private String args(Op.Go g) {
        List<Globals.Param> params = globals.params(g.g());
        int depth = params.size() > 1 ? GoExpr.ARGUMENT : GoExpr.ALONE;
        List<String> out = new ArrayList<>();
        for (Globals.Param p : params) {
            Expr value = g.args().get(p.local());
            out.add(value != null ? GoExpr.print(value, depth, locals::name, globals::runtimeInt) : zero(p));
        }
        return String.join(", ", out);
    }

    private static String zero(Globals.Param p) {
        return p.type() == ValueType.BOOL ? "false" : "0";
    }

    /** {@code v, ok := <-ch} with the parts that are read, or {@code <-ch}. */
    private String receive(String to, String ok, String from, boolean declare) {
        boolean toRead = locals.isRead(to);
        boolean okRead = locals.isRead(ok);
        if (!toRead && !okRead) {
            return "<-" + from;
        }
        String lhs = (toRead ? locals.name(to) : "_") + (okRead ? ", " + locals.name(ok) : "");
        return lhs + (declare ? " := " : " = ") + "<-" + from;
    }

    private String assign(Object site, String to, String value) {
        if (!locals.isRead(to)) {
            return "_ = " + value;
        }
        return locals.name(to) + (locals.declares(site) ? " := " : " = ") + value;
    }

    /** A call whose result goes to {@code to}, converted to int from an atomic's int64 if {@code toInt}. */
    private String result(Object site, String to, String call, boolean toInt) {
        if (!locals.isRead(to)) {
            return call;
        }
        return assign(site, to, toInt ? "int(" + call + ")" : call);
    }

    private String inc(String var, Expr n) {
        if (n == null || n instanceof Expr.IntLit one && one.value() == 1) {
            return var + "++";
        }
        if (n instanceof Expr.IntLit minusOne && minusOne.value() == -1) {
            return var + "--";
        }
        return var + " += " + expr(n);
    }

    private void let(Op.Let l) {
        if (OpWalk.isSelfAssignment(l)) {
            return;
        }
        code.line(assign(l, l.to(), expr(l.value())));
    }

    private void emit(Op.Emit e) {
        globals.use("fmt");
        if (globals.manySinks) {
            String value = GoExpr.print(e.value(), GoExpr.ARGUMENT, locals::name, globals::runtimeInt);
            code.line("fmt.Println(" + quote(e.sink() + ":") + ", " + value + ")");
        } else {
            code.line("fmt.Println(" + expr(e.value()) + ")");
        }
    }

    private void once(Op.OnceDo o) {
        List<Op> body = OpWalk.reachable(o.body());
        if (body.isEmpty()) {
            code.line(part(o.once()) + ".Do(func() {})");
            return;
        }
        code.open(part(o.once()) + ".Do(func() {");
        write(body);
        code.close("})");
    }

    private void ifElse(Op.If first) {
        code.open("if " + expr(first.cond()) + " {");
        Op.If current = first;
        while (true) {
            write(current.then());
            List<Op> otherwise = OpWalk.reachable(current.otherwise());
            if (otherwise.size() == 1 && otherwise.get(0) instanceof Op.If next) {
                code.reopen("} else if " + expr(next.cond()) + " {");
                current = next;
                continue;
            }
            if (!otherwise.isEmpty()) {
                code.reopen("} else {");
                write(otherwise);
            }
            break;
        }
        code.close("}");
    }

    private void loop(String head, List<Op> body) {
        code.open(head);
        write(body);
        code.close("}");
    }

    private void range(Op.Range r) {
        String ch = part(r.ch());
        if (!locals.isRead(r.to())) {
            loop("for range " + ch + " {", r.body());
        } else {
            loop("for " + locals.name(r.to()) + (locals.declares(r) ? " := " : " = ") + "range " + ch + " {", r.body());
        }
    }

    /**
     * {@code for i := 0; i < n; i++}. The engine evaluates {@code times} once, on entry, and counts
     * the iterations itself: when the body could change {@code times} (or the counter is a local
     * that outlives the loop), the count is kept in a fresh variable and {@code to} set from it.
     */
    private void repeat(Op.Repeat r) {
        boolean toRead = locals.isRead(r.to());
        boolean ownCounter = toRead && locals.declares(r);
        boolean setsTo = toRead && !ownCounter;
        String counter = ownCounter ? locals.name(r.to()) : locals.fresh("i");
        Set<String> read = ExprTypes.locals(r.times());
        boolean snapshot = !GoExpr.isConstant(r.times())
                && (locals.assignsAny(r.body(), read) || setsTo && read.contains(r.to()));
        Expr times = rename(r.times());
        String head;
        if (snapshot) {
            String n = locals.fresh("n");
            head = "for " + counter + ", " + n + " := 0, " + GoExpr.print(times, GoExpr.ARGUMENT, x -> x, globals::runtimeInt) + "; "
                    + condition(counter, new Expr.Local(n)) + "; " + counter + "++ {";
        } else {
            head = "for " + counter + " := 0; " + condition(counter, times) + "; " + counter + "++ {";
        }
        code.open(head);
        if (setsTo) {
            code.line(locals.name(r.to()) + " = " + counter);
        }
        write(r.body());
        code.close("}");
    }

    private String condition(String counter, Expr bound) {
        return GoExpr.print(new Expr.Binary(BinaryOp.LT, new Expr.Local(counter), bound), GoExpr.ALONE, x -> x, globals::runtimeInt);
    }

    /**
     * A {@code select}, with DESIGN §4's timers: an {@code after} case's timer starts when the select
     * is reached, so it is never ready then. Go evaluates {@code time.After(d)} before it polls, and
     * another P may fire a short timer in between, so the program never lets Go see a timer while it
     * polls: a select with {@code default} leaves its {@code after} cases out (they can never be
     * taken), and one without polls its other cases first, in a select with {@code default}, and
     * only in that {@code default} waits on them all with the timers. Such a select writes its other
     * cases' bodies twice, so when one of them holds another such select it is {@link #dispatched}.
     */
    private void select(Op.Select s) {
        if (s.cases().isEmpty() && s.otherwise() == null) {
            code.line("select {}");
            return;
        }
        List<Op.Case> timers = s.cases().stream().filter(c -> c instanceof Op.AfterCase).toList();
        List<Op.Case> others = s.cases().stream().filter(c -> !(c instanceof Op.AfterCase)).toList();
        if (pollsThenWaits(s) && others.stream().anyMatch(c -> OpWalk.all(c.body()).stream()
                .anyMatch(op -> op instanceof Op.Select inner && pollsThenWaits(inner)))) {
            dispatched(s);
            return;
        }
        code.line("select {");
        if (s.otherwise() != null) {
            cases(OpWalk.offered(s));
            code.line("default:");
            code.indented(() -> {
                if (!timers.isEmpty()) {
                    code.line("// The design's " + timers.stream().map(c -> "after " + ((Op.AfterCase) c).ticks())
                            .collect(java.util.stream.Collectors.joining(", ")) + (timers.size() == 1 ? " case is" : " cases are")
                            + " left out: a timer starts when its select is reached, so default is taken first.");
                }
                write(s.otherwise());
            });
        } else if (!pollsThenWaits(s)) {
            cases(s.cases());
        } else {
            cases(others);
            code.line("default:");
            code.indented(() -> {
                code.line(NOTHING_READY);
                code.line("select {");
                cases(s.cases());
                code.line("}");
            });
        }
        code.line("}");
    }

    private static final String NOTHING_READY = "// Nothing was ready when the select was reached: now the timers start.";

    /** True for a select without {@code default} that has both {@code after} cases and others. */
    private static boolean pollsThenWaits(Op.Select s) {
        return s.otherwise() == null && s.cases().stream().anyMatch(c -> c instanceof Op.AfterCase)
                && s.cases().stream().anyMatch(c -> !(c instanceof Op.AfterCase));
    }

    /**
     * A polling-then-waiting select whose case bodies are written once: both selects only note the
     * case taken (the n-th of the design's select), and a {@code switch} then runs its body. Writing
     * the bodies in both selects doubled the program at each nested such select (2^depth). A
     * {@code break} in a body leaves the switch as it left the select, and a received value goes to
     * a variable declared before the selects. The same cases are polled, then waited on, as above.
     */
    private void dispatched(Op.Select s) {
        List<Op.Case> all = s.cases();
        for (Op.Case c : all) {
            if (c instanceof Op.RecvCase rc && locals.declares(rc)) {
                for (String t : java.util.Arrays.asList(rc.to(), rc.ok())) {
                    if (locals.isRead(t)) {
                        code.line("var " + locals.name(t) + " " + locals.type(t).goName());
                    }
                }
            }
        }
        String taken = locals.fresh("taken");
        code.line(taken + " := 0");
        code.line("select {");
        noting(all, false, taken);
        code.line("default:");
        code.indented(() -> {
            code.line(NOTHING_READY);
            code.line("select {");
            noting(all, true, taken);
            code.line("}");
        });
        code.line("}");
        code.line("switch " + taken + " {");
        for (int i = 0; i < all.size(); i++) {
            Op.Case c = all.get(i);
            code.line("case " + (i + 1) + ":");
            code.indented(() -> write(c.body()));
        }
        code.line("}");
    }

    /** The cases of {@code all} (its timers only if {@code timers}), each setting {@code taken} to its 1-based place. */
    private void noting(List<Op.Case> all, boolean timers, String taken) {
        for (int i = 0; i < all.size(); i++) {
            Op.Case c = all.get(i);
            if (timers || !(c instanceof Op.AfterCase)) {
                code.line("case " + head(c, false) + ":");
                String place = taken + " = " + (i + 1);
                code.indented(() -> code.line(place));
            }
        }
    }

    private void cases(List<Op.Case> cases) {
        for (Op.Case c : cases) {
            code.line("case " + head(c, true) + ":");
            code.indented(() -> write(c.body()));
        }
    }

    /** A case's communication; a receive declares its locals only if {@code scoped} and it declares them. */
    private String head(Op.Case c, boolean scoped) {
        return switch (c) {
            case Op.RecvCase rc -> receive(rc.to(), rc.ok(), part(rc.ch()), scoped && locals.declares(rc));
            case Op.SendCase sc -> part(sc.ch()) + " <- " + expr(sc.value());
            case Op.AfterCase ac -> "<-time.After(" + duration(ac.ticks(), GoExpr.ALONE) + ")";
            case Op.DoneCase dc -> "<-" + part(dc.ctx()) + ".Done()";
        };
    }

    /** {@code n * time.Millisecond}: one tick of the design is one millisecond. */
    String duration(long ticks, int depth) {
        globals.use("time");
        if (ticks == 1) {
            return "time.Millisecond";
        }
        return ticks + (depth == GoExpr.ALONE ? " * " : "*") + "time.Millisecond";
    }

    /** An int expression as an atomic's int64 argument: constants need no conversion. */
    private String int64(Expr e, int depth) {
        String text = GoExpr.print(e, depth, locals::name, globals::runtimeInt);
        return GoExpr.isConstant(e) && GoExpr.foldsLikeInt(e) ? text : "int64(" + text + ")";
    }

    private String expr(Expr e) {
        return GoExpr.print(e, GoExpr.ALONE, locals::name, globals::runtimeInt);
    }

    private Expr rename(Expr e) {
        return GoExpr.rename(e, locals::name);
    }

    private String part(String id) {
        return globals.part(id);
    }

    /** The negation of a condition, as a reader would write it: {@code x != 1}, {@code !ok}, {@code !(a && b)}. */
    static Expr negate(Expr cond) {
        return switch (cond) {
            case Expr.Unary u when u.op() == UnaryOp.NOT -> u.operand();
            case Expr.BoolLit b -> new Expr.BoolLit(!b.value());
            case Expr.Binary b when b.op().isComparison() -> new Expr.Binary(switch (b.op()) {
                case EQ -> BinaryOp.NE;
                case NE -> BinaryOp.EQ;
                case LT -> BinaryOp.GE;
                case LE -> BinaryOp.GT;
                case GT -> BinaryOp.LE;
                default -> BinaryOp.LT;
            }, b.left(), b.right());
            default -> new Expr.Unary(UnaryOp.NOT, cond);
        };
    }

    /** A Go interpreted string literal. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.append('"').toString();
    }
}
