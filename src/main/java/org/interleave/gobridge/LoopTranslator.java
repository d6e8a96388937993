package org.interleave.gobridge;

import static org.interleave.gobridge.GoSyntax.refuse;
import static org.interleave.gobridge.GoSyntax.stripParens;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.interleave.engine.expr.BinaryOp;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.ValueType;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Src;
import org.interleave.gobridge.GoTranslator.Ctx;
import org.interleave.gobridge.parse.GoSubsetParser.*;

/**
 * Translates {@code for} loops: {@code for { }} and {@code for cond { }} loop, a counted
 * {@code for i := a; i < b; i++} repeats a number of times fixed when it starts, and
 * {@code for v := range ch} ranges over a channel.
 */
final class LoopTranslator extends TranslatorPart {
    LoopTranslator(GoTranslator translator) {
        super(translator);
    }

    void forStatement(ForStmtContext f, Ctx outer, List<Op> out) {
        Src src = GoProgram.src(f);
        if (f.rangeClause() != null) {
            range(f, outer, out);
            return;
        }
        if (f.forClause() == null) {
            Ctx ctx = outer.loop();
            if (f.expression() == null) {
                List<Op> body = GoProgram.ops();
                translator.statements.block(f.block(), ctx, body);
                out.add(new Op.Loop(src, body));
                return;
            }
            List<Op> pre = GoProgram.ops();
            GoValue cond = translator.statements.condition(f.expression(), ctx, pre);
            List<Op> body = GoProgram.ops();
            if (pre.isEmpty()) {
                translator.statements.block(f.block(), ctx, body);
                out.add(new Op.While(src, cond.toExpr(), body));
            } else {
                // The condition reads shared variables: read them at the head of every iteration.
                body.addAll(pre);
                body.add(new Op.If(src, GoStatements.negate(cond.toExpr()), List.of(new Op.Break(src)), List.of()));
                translator.statements.block(f.block(), ctx, body);
                out.add(new Op.Loop(src, body));
            }
            return;
        }
        ForClauseContext c = f.forClause();
        Ctx ctx = outer.loop();
        String counter = c.init instanceof ShortVarDeclContext sv && sv.identList().IDENT().size() >= 1
                ? sv.identList().IDENT(0).getText() : null;
        if (counter == null || !(c.post instanceof IncDecStmtContext post) || post.INC() == null
                || !post.expression().getText().equals(counter)
                || !(c.expression() instanceof CompareContext cmp)
                || (cmp.op.getType() != org.interleave.gobridge.parse.GoSubsetParser.LT
                    && cmp.op.getType() != org.interleave.gobridge.parse.GoSubsetParser.LE)
                || !cmp.expression(0).getText().equals(counter)) {
            throw refuse(f.getStart(), "for loop of this shape is not in the subset: write for i := a; i < b; i++ (or <=),"
                    + " for cond { }, for { } or for v := range ch");
        }
        ShortVarDeclContext init = (ShortVarDeclContext) c.init;
        if (assigns(f.block(), counter)) {
            throw refuse(f.getStart(), "the loop body assigns its counter " + counter
                    + ": the subset's counted loops leave the counter to the loop");
        }
        Ctx head = outer.nested();
        // Every variable of the init but the counter (for i, n := 0, N) is an ordinary local.
        Token counterName = init.identList().IDENT(0).getSymbol();
        List<ExpressionContext> values = init.expressionList().expression();
        if (values.size() != init.identList().IDENT().size()) {
            throw refuse(init.getStart(), "give each variable of the loop its own value");
        }
        for (int k = 1; k < values.size(); k++) {
            translator.declarations.declare(init.identList().IDENT(k).getSymbol(), null, values.get(k), head, head.scope(), out);
        }
        List<Op> pre = GoProgram.ops();
        GoValue from = translator.expressions.expr(values.get(0), head, pre);
        GoValue to = translator.expressions.expr(cmp.expression(1), head, pre);
        if (from.kind() != GoValue.Kind.INT || to.kind() != GoValue.Kind.INT) {
            throw refuse(f.getStart(), "a counted loop counts ints");
        }
        if (!pre.isEmpty() || readsAssigned(cmp.expression(1), f.block(), head)) {
            throw refuse(cmp.expression(1).getStart(), "loop bound " + cmp.expression(1).getText()
                    + " changes while the loop runs: the subset needs a bound that is constant or a local the body does not assign");
        }
        if (program.sharedDecls.contains(GoProgram.declKey(counterName))) {
            throw refuse(counterName, "goroutine started in the loop uses its counter " + counter
                    + " (before Go 1.22 every iteration shares it): pass it as an argument, go func(" + counter + " int) {...}(" + counter + ")");
        }
        GoValue times = GoValue.binary(BinaryOp.SUB, to, from);
        if (cmp.op.getType() == org.interleave.gobridge.parse.GoSubsetParser.LE) {
            times = GoValue.binary(BinaryOp.ADD, times, GoValue.ofInt(1));
        }
        if (times.isConstant() && times.constant() > 10_000) {
            throw refuse(cmp.expression(1).getStart(), "loop of " + times.constant() + " iterations: the subset checks loops of at most 10000");
        }
        Ctx body = new Ctx(ctx.frame(), ctx.fn(), head.scope().child(), false, ctx.depth(), false);
        List<Op> ops = GoProgram.ops();
        String local;
        if (from.isConstant() && from.constant() == 0) {
            local = ctx.frame().local(counter);
        } else {
            String raw = ctx.frame().local(counter + "_n");
            local = ctx.frame().local(counter);
            ops.add(new Op.Let(src, local, GoValue.binary(BinaryOp.ADD, GoValue.of(new Expr.Local(raw), ValueType.INT), from).toExpr()));
            body.scope().put(counter, new GoBinding.Local(ctx.frame().template, local, ValueType.INT, GoProgram.declKey(counterName)));
            translator.statements.block(f.block(), body, ops);
            out.add(new Op.Repeat(src, times.isConstant() && times.constant() < 0 ? new Expr.IntLit(0) : times.toExpr(), raw, ops));
            return;
        }
        body.scope().put(counter, new GoBinding.Local(ctx.frame().template, local, ValueType.INT, GoProgram.declKey(counterName)));
        translator.statements.block(f.block(), body, ops);
        out.add(new Op.Repeat(src, times.isConstant() && times.constant() < 0 ? new Expr.IntLit(0) : times.toExpr(), local, ops));
    }

    /** True if {@code block} assigns the Go name {@code name} (by =, op=, ++ or --). */
    private static boolean assigns(ParseTree tree, String name) {
        if (tree instanceof AssignStmtContext a) {
            for (ExpressionContext e : a.expressionList(0).expression()) {
                if (e.getText().equals(name)) {
                    return true;
                }
            }
        }
        if (tree instanceof IncDecStmtContext i && i.expression().getText().equals(name)) {
            return true;
        }
        if (tree instanceof UnaryContext u && u.op.getType() == org.interleave.gobridge.parse.GoSubsetParser.AMP
                && u.expression().getText().equals(name)) {
            return true;
        }
        for (int k = 0; k < tree.getChildCount(); k++) {
            if (assigns(tree.getChild(k), name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean readsAssigned(ExpressionContext bound, BlockContext body, Ctx ctx) {
        Set<String> names = new HashSet<>();
        collectNames(bound, names);
        return names.stream().anyMatch(n -> assigns(body, n));
    }

    private static void collectNames(ParseTree t, Set<String> names) {
        if (t instanceof NameContext n) {
            names.add(n.getText());
        }
        for (int k = 0; k < t.getChildCount(); k++) {
            collectNames(t.getChild(k), names);
        }
    }

    private void range(ForStmtContext f, Ctx outer, List<Op> out) {
        RangeClauseContext r = f.rangeClause();
        Src src = GoProgram.src(f);
        GoBinding over = stripParens(r.expression()) instanceof PrimaryContext p && p.primaryExpr() instanceof OperandExprContext o
                && o.operand() instanceof NameContext ? translator.names.lookup(r.expression().getStart(), r.expression().getText(), outer.scope(), outer) : null;
        if (!(over instanceof GoBinding.Channel ch)) {
            throw refuse(r.expression().getStart(), "range over " + r.expression().getText()
                    + ": the subset ranges over channels only (for v := range ch)");
        }
        Ctx ctx = outer.loop();
        List<Op> body = GoProgram.ops();
        String to = null;
        int vars = r.identList() != null ? r.identList().IDENT().size() : r.expressionList() != null ? r.expressionList().expression().size() : 0;
        if (vars > 1) {
            throw refuse(r.getStart(), "range over a channel gives one value: for v := range ch");
        }
        if (r.identList() != null && !r.identList().IDENT(0).getText().equals("_")) {
            Token name = r.identList().IDENT(0).getSymbol();
            if (ch.elem() == GoBinding.Elem.BOOL) {
                to = ctx.frame().local(name.getText() + "_n");
                String b = translator.declarations.declareLocal(name, ValueType.BOOL, ctx, ctx.scope());
                body.add(new Op.Let(src, b, new Expr.Binary(BinaryOp.NE, new Expr.Local(to), new Expr.IntLit(0))));
            } else if (ch.elem() == GoBinding.Elem.UNIT) {
                throw refuse(name, "range over a chan struct{} gives no value worth naming: for range " + r.expression().getText());
            } else {
                to = translator.declarations.declareLocal(name, ValueType.INT, ctx, ctx.scope());
            }
        } else if (r.expressionList() != null && !r.expressionList().expression(0).getText().equals("_")) {
            to = translator.statements.localTarget(r.expressionList().expression(0), ValueType.INT, ctx);
        }
        translator.statements.block(f.block(), ctx, body);
        out.add(new Op.Range(src, ch.part(), to, body));
    }
}
