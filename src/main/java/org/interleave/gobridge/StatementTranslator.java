package org.interleave.gobridge;

import static org.interleave.gobridge.GoSyntax.callArgs;
import static org.interleave.gobridge.GoSyntax.refuse;
import static org.interleave.gobridge.GoSyntax.statements;
import static org.interleave.gobridge.GoSyntax.stripParens;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.interleave.engine.expr.BinaryOp;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.UnaryOp;
import org.interleave.engine.expr.ValueType;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Src;
import org.interleave.gobridge.GoTranslator.Ctx;
import org.interleave.gobridge.GoTranslator.Deferred;
import org.interleave.gobridge.GoTranslator.Fn;
import org.interleave.gobridge.parse.GoSubsetParser.*;

/**
 * Translates statements and blocks: assignments, {@code ++}/{@code --}, {@code if},
 * {@code return}, {@code break}, {@code continue} and {@code defer}, and hands loops, selects,
 * calls, declarations and {@code go} to the translator for each.
 */
final class StatementTranslator extends TranslatorPart {
    StatementTranslator(GoTranslator translator) {
        super(translator);
    }

    List<Op> body(BlockContext block, Ctx ctx, Fn fn) {
        List<Op> ops = GoProgram.ops();
        for (StatementContext s : statements(block.statementList())) {
            statement(s, ctx, ops);
        }
        runDefers(fn, ctx, ops);
        return ops;
    }

    void block(BlockContext block, Ctx ctx, List<Op> out) {
        for (StatementContext s : statements(block.statementList())) {
            statement(s, ctx, out);
        }
    }

    void runDefers(Fn fn, Ctx ctx, List<Op> out) {
        for (int i = fn.defers.size() - 1; i >= 0; i--) {
            Deferred d = fn.defers.get(i);
            translator.calls.call(d.call(), new Ctx(ctx.frame(), fn, d.scope(), ctx.unique(), ctx.depth(), false), out, true);
        }
    }

    void statement(StatementContext s, Ctx ctx, List<Op> out) {
        switch (s) {
            case DeclStmtContext d -> translator.declarations.declaration(d.declaration(), ctx, ctx.scope(), out);
            case SimpleStmtAltContext simple -> simpleStatement(simple.simpleStmt(), ctx, out);
            case GoStmtContext g -> translator.goroutines.go(g, ctx, out);
            case DeferStmtContext d -> defer(d, ctx);
            case ReturnStmtContext r -> {
                if (r.expressionList() != null) {
                    throw refuse(r.getStart(), "return with a value: the subset's functions return nothing");
                }
                if (ctx.fn().inline && ctx.depth() > 0) {
                    throw refuse(r.getStart(), "return inside a loop or select of " + ctx.fn().name
                            + ", which is inlined where it is called: return from its top level, or start it with go");
                }
                runDefers(ctx.fn(), ctx, out);
                out.add(ctx.fn().inline ? new Op.Break(GoProgram.src(r)) : new Op.Return(GoProgram.src(r)));
            }
            case BreakStmtContext b -> {
                if (b.IDENT() != null) {
                    throw refuse(b.getStart(), "break " + b.IDENT().getText() + ": labels are not in the subset");
                }
                out.add(new Op.Break(GoProgram.src(b)));
            }
            case ContinueStmtContext c -> {
                if (c.IDENT() != null) {
                    throw refuse(c.getStart(), "continue " + c.IDENT().getText() + ": labels are not in the subset");
                }
                out.add(new Op.Continue(GoProgram.src(c)));
            }
            case BlockStmtContext b -> block(b.block(), ctx.nested(), out);
            case IfStmtAltContext i -> ifStatement(i.ifStmt(), ctx, out);
            case ForStmtAltContext f -> translator.loops.forStatement(f.forStmt(), ctx, out);
            case SelectStmtAltContext sel -> translator.channels.select(sel.selectStmt(), ctx, out);
            case SwitchStmtAltContext sw -> throw refuse(sw.getStart(), "switch is not in the subset: write if / else if / else");
            case LabeledStmtContext l -> throw refuse(l.getStart(), "label " + l.IDENT().getText() + ": labels are not in the subset");
            case GotoStmtContext g -> throw refuse(g.getStart(), "goto is not in the subset: use for, break and continue");
            case FallthroughStmtContext f -> throw refuse(f.getStart(), "fallthrough is not in the subset");
            default -> throw refuse(s.getStart(), "statement " + s.getText() + " is not in the subset");
        }
    }

    private void simpleStatement(SimpleStmtContext s, Ctx ctx, List<Op> out) {
        switch (s) {
            case SendStmtContext send -> {
                GoBinding.Channel ch = translator.channels.channel(send.expression(0), ctx);
                GoValue v = translator.expressions.expr(send.expression(1), ctx, out);
                translator.channels.send(ch, v, send.expression(1), GoProgram.src(send), out);
            }
            case IncDecStmtContext inc -> {
                long by = inc.INC() != null ? 1 : -1;
                GoBinding target = target(inc.expression(), ctx);
                switch (target) {
                    case GoBinding.Local l when l.type() == ValueType.INT -> out.add(new Op.Let(GoProgram.src(inc), l.name(),
                            new Expr.Binary(BinaryOp.ADD, new Expr.Local(l.name()), new Expr.IntLit(by))));
                    case GoBinding.Shared sh when !sh.bool() -> out.add(new Op.Inc(GoProgram.src(inc), sh.part(), new Expr.IntLit(by)));
                    default -> throw refuse(inc.getStart(), inc.getText() + ": ++ and -- work on int variables"
                            + (target instanceof GoBinding.Atomic ? "; an atomic counts with Add(1)" : ""));
                }
            }
            case AssignStmtContext a -> assign(a, ctx, out);
            case ShortVarDeclContext d -> {
                List<Token> names = d.identList().IDENT().stream().map(t -> t.getSymbol()).toList();
                List<ExpressionContext> values = d.expressionList().expression();
                if (values.size() == 1 && names.size() == 2) {
                    translator.declarations.pairDeclaration(names, values.get(0), ctx, ctx.scope(), out);
                    return;
                }
                if (values.size() != names.size()) {
                    throw refuse(d.getStart(), "give each variable its own value (" + d.getText() + ")");
                }
                for (int i = 0; i < names.size(); i++) {
                    if (ctx.scope().declaresHere(names.get(i).getText())) {
                        assignTo(names.get(i), ctx.scope().get(names.get(i).getText()), values.get(i), ctx, out);
                    } else {
                        translator.declarations.declare(names.get(i), null, values.get(i), ctx, ctx.scope(), out);
                    }
                }
            }
            case ExprStmtContext e -> translator.calls.call(e.expression(), ctx, out, false);
            default -> throw refuse(s.getStart(), s.getText() + " is not in the subset");
        }
    }

    private void assign(AssignStmtContext a, Ctx ctx, List<Op> out) {
        List<ExpressionContext> left = a.expressionList(0).expression();
        List<ExpressionContext> right = a.expressionList(1).expression();
        String op = a.assignOp().getText();
        if (left.size() == 2 && right.size() == 1 && op.equals("=")) {
            ExpressionContext e = stripParens(right.get(0));
            if (e instanceof UnaryContext u && u.op.getType() == org.interleave.gobridge.parse.GoSubsetParser.ARROW) {
                GoBinding.Channel ch = translator.channels.channel(u.expression(), ctx);
                String to = localTarget(left.get(0), ch.elem() == GoBinding.Elem.BOOL ? ValueType.BOOL : ValueType.INT, ctx);
                String ok = localTarget(left.get(1), ValueType.BOOL, ctx);
                translator.channels.receive(ch, to, ok, GoProgram.src(a), ctx, out);
                return;
            }
        }
        if (op.equals("=") && left.size() == right.size() && left.stream().allMatch(l -> l.getText().equals("_"))) {
            for (ExpressionContext r : right) {
                translator.expressions.expr(r, ctx, out);  // _ = v only evaluates v: its reads and receives happen
            }
            return;
        }
        if (left.size() != 1 || right.size() != 1) {
            throw refuse(a.getStart(), "assignment of several variables at once: assign one per statement");
        }
        ExpressionContext lhs = left.get(0);
        if (lhs.getText().equals("_")) {
            List<Op> pre = GoProgram.ops();
            translator.expressions.expr(right.get(0), ctx, pre);
            out.addAll(pre);
            return;
        }
        GoBinding target = target(lhs, ctx);
        if (op.equals("=")) {
            assignTo(lhs.getStart(), target, right.get(0), ctx, out);
            return;
        }
        BinaryOp bop = switch (op) {
            case "+=" -> BinaryOp.ADD;
            case "-=" -> BinaryOp.SUB;
            case "*=" -> BinaryOp.MUL;
            case "/=" -> BinaryOp.DIV;
            case "%=" -> BinaryOp.MOD;
            default -> throw refuse(a.assignOp().getStart(), op + ": bit operators are not in the subset; use + - * / %");
        };
        List<Op> pre = GoProgram.ops();
        GoValue v = translator.expressions.expr(right.get(0), ctx, pre);
        if (v.kind() != GoValue.Kind.INT) {
            throw refuse(right.get(0).getStart(), op + " needs an int");
        }
        switch (target) {
            case GoBinding.Local l when l.type() == ValueType.INT -> {
                out.addAll(pre);
                out.add(new Op.Let(GoProgram.src(a), l.name(), new Expr.Binary(bop, new Expr.Local(l.name()), v.toExpr())));
            }
            case GoBinding.Shared sh when !sh.bool() && (bop == BinaryOp.ADD || bop == BinaryOp.SUB) -> {
                out.addAll(pre);
                Expr n = bop == BinaryOp.ADD ? v.toExpr() : GoValue.unary(UnaryOp.NEG, v).toExpr();
                out.add(new Op.Inc(GoProgram.src(a), sh.part(), n));
            }
            case GoBinding.Shared sh when !sh.bool() -> {
                String tmp = ctx.frame().local(sh.part() + "_v");
                out.add(new Op.Read(GoProgram.src(a), sh.part(), tmp));
                out.addAll(pre);
                out.add(new Op.Write(GoProgram.src(a), sh.part(), new Expr.Binary(bop, new Expr.Local(tmp), v.toExpr())));
            }
            default -> throw refuse(lhs.getStart(), op + " on " + lhs.getText() + ": it works on int variables");
        }
    }

    /** {@code x = value} for a local or a shared variable. */
    private void assignTo(Token at, GoBinding target, ExpressionContext value, Ctx ctx, List<Op> out) {
        ExpressionContext e = stripParens(value);
        if (target instanceof GoBinding.Local l && e instanceof UnaryContext u
                && u.op.getType() == org.interleave.gobridge.parse.GoSubsetParser.ARROW) {
            GoBinding.Channel ch = translator.channels.channel(u.expression(), ctx);
            translator.channels.checkElem(ch, l.type(), value);
            translator.channels.receive(ch, l.name(), null, GoProgram.src(value), ctx, out);
            return;
        }
        List<Op> pre = GoProgram.ops();
        GoValue v = translator.expressions.expr(value, ctx, pre);
        out.addAll(pre);
        switch (target) {
            case GoBinding.Local l -> {
                if (l.type() != v.type() || v.kind() == GoValue.Kind.DURATION || v.kind() == GoValue.Kind.UNIT) {
                    throw refuse(value.getStart(), "cannot assign " + value.getText() + " to " + at.getText());
                }
                out.add(new Op.Let(GoProgram.src(value), l.name(), v.toExpr()));
            }
            case GoBinding.Shared sh -> {
                if ((v.kind() == GoValue.Kind.BOOL) != sh.bool() || v.kind() == GoValue.Kind.DURATION || v.kind() == GoValue.Kind.UNIT) {
                    throw refuse(value.getStart(), "cannot assign " + value.getText() + " to " + at.getText());
                }
                write(sh.part(), sh.bool(), v, GoProgram.src(value), out);
            }
            default -> throw refuse(at, "cannot assign to " + at.getText() + ": the subset assigns int and bool variables");
        }
    }

    void write(String part, boolean bool, GoValue v, Src src, List<Op> out) {
        if (!bool || v.isConstant()) {
            out.add(new Op.Write(src, part, bool ? new Expr.IntLit(v.constant()) : v.toExpr()));
        } else {
            out.add(new Op.If(src, v.toExpr(), List.of(new Op.Write(src, part, new Expr.IntLit(1))),
                    List.of(new Op.Write(src, part, new Expr.IntLit(0)))));
        }
    }

    /** The variable an assignment writes. */
    private GoBinding target(ExpressionContext lhs, Ctx ctx) {
        ExpressionContext e = stripParens(lhs);
        if (!(e instanceof PrimaryContext p && p.primaryExpr() instanceof OperandExprContext o && o.operand() instanceof NameContext n)) {
            throw refuse(lhs.getStart(), "assignment to " + lhs.getText() + ": the subset assigns variables only (no fields, elements or pointers)");
        }
        GoBinding b = translator.names.lookup(n.getStart(), n.getText(), ctx.scope(), ctx);
        if (b instanceof GoBinding.Atomic a && a.function()) {
            throw refuse(lhs.getStart(), lhs.getText() + " is used atomically elsewhere; the subset needs every access to it atomic"
                    + " (atomic.StoreInt64(&" + lhs.getText() + ", v))");
        }
        return b;
    }

    /** The local that {@code v, ok = <-ch} assigns, or null for {@code _}. */
    String localTarget(ExpressionContext e, ValueType type, Ctx ctx) {
        if (e.getText().equals("_")) {
            return null;
        }
        if (target(e, ctx) instanceof GoBinding.Local l && l.type() == type) {
            return l.name();
        }
        throw refuse(e.getStart(), "v, ok = <-ch assigns locals of the goroutine (int or bool); " + e.getText() + " is not one");
    }

    private void ifStatement(IfStmtContext i, Ctx outer, List<Op> out) {
        Ctx ctx = outer.nested();
        if (i.simpleStmt() != null) {
            simpleStatement(i.simpleStmt(), ctx, out);
        }
        GoValue cond = condition(i.expression(), ctx, out);
        List<Op> then = GoProgram.ops();
        block(i.block(0), ctx.nested(), then);
        List<Op> otherwise = GoProgram.ops();
        if (i.ifStmt() != null) {
            ifStatement(i.ifStmt(), ctx, otherwise);
        } else if (i.block().size() > 1) {
            block(i.block(1), ctx.nested(), otherwise);
        }
        out.add(new Op.If(GoProgram.src(i), cond.toExpr(), then, otherwise));
    }

    GoValue condition(ExpressionContext e, Ctx ctx, List<Op> out) {
        GoValue cond = translator.expressions.expr(e, ctx, out);
        if (cond.kind() != GoValue.Kind.BOOL) {
            throw refuse(e.getStart(), "condition " + e.getText() + " is not a bool");
        }
        return cond;
    }

    private void blockOf(StatementListContext list, Ctx ctx, List<Op> out) {
        for (StatementContext s : statements(list)) {
            statement(s, ctx, out);
        }
    }

    void block(StatementListContext list, Ctx ctx, List<Op> out) {
        blockOf(list, ctx, out);
    }

    private void defer(DeferStmtContext d, Ctx ctx) {
        if (!ctx.top() || ctx.depth() > 0) {
            throw refuse(d.getStart(), "defer inside a block: the subset defers at the top level of a function");
        }
        ExpressionContext e = stripParens(d.expression());
        if (!(e instanceof PrimaryContext p) || !(p.primaryExpr() instanceof CallExprContext)) {
            throw refuse(d.getStart(), "defer needs a call");
        }
        for (ArgumentContext a : callArgs(e)) {
            ExpressionContext x = a.expression() == null ? null : stripParens(a.expression());
            boolean constant = x != null && translator.names.constOrNull(x, ctx.scope()) != null;
            boolean part = x != null && !constant && (x instanceof UnaryContext u && u.op.getType() == org.interleave.gobridge.parse.GoSubsetParser.AMP
                    || !(translator.names.lookup(x.getStart(), x.getText(), ctx.scope(), ctx) instanceof GoBinding.Local)
                    && !(translator.names.lookup(x.getStart(), x.getText(), ctx.scope(), ctx) instanceof GoBinding.Shared));
            if (!constant && !part) {
                throw refuse(a.getStart(), "defer with argument " + a.getText()
                        + ", evaluated when defer runs: the subset defers calls with constant arguments (wg.Done(), mu.Unlock(), close(ch), cancel())");
            }
        }
        ctx.fn().defers.add(new Deferred(d.expression(), ctx.scope()));
    }
}
