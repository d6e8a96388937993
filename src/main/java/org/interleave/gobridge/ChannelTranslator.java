package org.interleave.gobridge;

import static org.interleave.gobridge.GoSyntax.callArgs;
import static org.interleave.gobridge.GoSyntax.calleeText;
import static org.interleave.gobridge.GoSyntax.methodName;
import static org.interleave.gobridge.GoSyntax.receiverText;
import static org.interleave.gobridge.GoSyntax.refuse;
import static org.interleave.gobridge.GoSyntax.stripParens;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.interleave.engine.expr.BinaryOp;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.ValueType;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Src;
import org.interleave.gobridge.GoTranslator.Ctx;
import org.interleave.gobridge.parse.GoSubsetParser.*;

/**
 * Translates channel operations: sends, receives (a bool travels as 0 or 1), and {@code select}
 * with its send, receive, {@code ctx.Done()}, {@code time.After} and default cases.
 */
final class ChannelTranslator extends TranslatorPart {
    ChannelTranslator(GoTranslator translator) {
        super(translator);
    }

    void select(SelectStmtContext s, Ctx outer, List<Op> out) {
        List<Op.Case> cases = new ArrayList<>();
        List<Op> otherwise = null;
        for (CommClauseContext clause : s.commClause()) {
            Ctx ctx = outer.breakable();
            List<Op> body = GoProgram.ops();
            CommCaseContext head = clause.commCase();
            java.util.function.Function<List<Op>, Op.Case> made;
            switch (head) {
                case DefaultCaseContext d -> {
                    translator.statements.block(clause.statementList(), ctx, body);
                    otherwise = body;
                    continue;
                }
                case SendCaseContext sc -> {
                    GoBinding.Channel ch = channel(sc.expression(0), ctx);
                    GoValue v = translator.expressions.expr(sc.expression(1), ctx, out);
                    Expr value = sendValue(ch, v, sc.expression(1));
                    if (value == null) {
                        throw refuse(sc.expression(1).getStart(), "a select case sending a computed bool: send true or false");
                    }
                    made = ops -> new Op.SendCase(ch.part(), value, ops);
                }
                case RecvCaseContext rc -> made = receiveCase(rc.expression(), null, null, ctx, body);
                case RecvDeclareCaseContext rd -> {
                    List<Token> names = rd.identList().IDENT().stream().map(t -> t.getSymbol()).toList();
                    if (names.size() > 2) {
                        throw refuse(rd.getStart(), "a receive gives at most two values: v, ok := <-ch");
                    }
                    made = receiveCase(rd.expression(), names.get(0), names.size() > 1 ? names.get(1) : null, ctx, body);
                }
                case RecvAssignCaseContext ra -> {
                    List<ExpressionContext> targets = ra.expressionList().expression();
                    if (targets.size() > 2) {
                        throw refuse(ra.getStart(), "a receive gives at most two values: v, ok = <-ch");
                    }
                    ExpressionContext x = stripParens(ra.expression());
                    if (!(x instanceof UnaryContext u) || u.op.getType() != org.interleave.gobridge.parse.GoSubsetParser.ARROW) {
                        throw refuse(ra.getStart(), "case " + ra.getText() + ": a case sends or receives");
                    }
                    GoBinding.Channel ch = channel(u.expression(), ctx);
                    String to = translator.statements.localTarget(targets.get(0), ch.elem() == GoBinding.Elem.BOOL ? ValueType.BOOL : ValueType.INT, ctx);
                    String ok = targets.size() > 1 ? translator.statements.localTarget(targets.get(1), ValueType.BOOL, ctx) : null;
                    String raw = to;
                    if (to != null && ch.elem() == GoBinding.Elem.BOOL) {
                        raw = ctx.frame().local(to + "_n");
                        body.add(new Op.Let(GoProgram.src(ra), to, new Expr.Binary(BinaryOp.NE, new Expr.Local(raw), new Expr.IntLit(0))));
                    }
                    String r = raw;
                    made = ops -> new Op.RecvCase(ch.part(), r, ok, ops);
                }
                default -> throw refuse(head.getStart(), head.getText() + " is not in the subset");
            }
            translator.statements.block(clause.statementList(), ctx, body);
            cases.add(made.apply(body));
        }
        out.add(new Op.Select(GoProgram.src(s), cases, otherwise));
    }

    /** A receiving case: from a channel, {@code ctx.Done()} or {@code time.After(d)}. */
    private java.util.function.Function<List<Op>, Op.Case> receiveCase(ExpressionContext e, Token to, Token ok, Ctx ctx, List<Op> body) {
        ExpressionContext x = stripParens(e);
        if (!(x instanceof UnaryContext u) || u.op.getType() != org.interleave.gobridge.parse.GoSubsetParser.ARROW) {
            throw refuse(e.getStart(), "case " + e.getText() + ": a case sends (ch <- v) or receives (<-ch, v := <-ch, v, ok := <-ch)");
        }
        ExpressionContext from = stripParens(u.expression());
        String callee = calleeText(from);
        if ("time.After".equals(callee)) {
            if (to != null) {
                throw refuse(to, "the time from time.After is not in the subset: case <-time.After(d):");
            }
            List<ArgumentContext> args = callArgs(from);
            long ticks = translator.names.duration(args.get(0).expression(), ctx.scope());
            return ops -> new Op.AfterCase(ticks, ops);
        }
        String method = methodName(from);
        if ("Done".equals(method) && translator.names.lookup(from.getStart(), receiverText(from), ctx.scope(), ctx) instanceof GoBinding.Context c) {
            if (to != null) {
                throw refuse(to, "the value from ctx.Done() is not in the subset: case <-ctx.Done():");
            }
            return ops -> new Op.DoneCase(c.part(), ops);
        }
        GoBinding.Channel ch = channel(u.expression(), ctx);
        String toLocal = null;
        if (to != null && !to.getText().equals("_")) {
            if (ch.elem() == GoBinding.Elem.BOOL) {
                toLocal = ctx.frame().local(to.getText() + "_n");
                String b = translator.declarations.declareLocal(to, ValueType.BOOL, ctx, ctx.scope());
                body.add(new Op.Let(GoProgram.src(e), b, new Expr.Binary(BinaryOp.NE, new Expr.Local(toLocal), new Expr.IntLit(0))));
            } else {
                toLocal = translator.declarations.declareLocal(to, ValueType.INT, ctx, ctx.scope());
            }
        }
        String okLocal = ok == null || ok.getText().equals("_") ? null : translator.declarations.declareLocal(ok, ValueType.BOOL, ctx, ctx.scope());
        String t = toLocal;
        return ops -> new Op.RecvCase(ch.part(), t, okLocal, ops);
    }

    GoBinding.Channel channel(ExpressionContext e, Ctx ctx) {
        ExpressionContext x = stripParens(e);
        if (x instanceof PrimaryContext p && p.primaryExpr() instanceof OperandExprContext o && o.operand() instanceof NameContext) {
            GoBinding b = translator.names.lookup(x.getStart(), x.getText(), ctx.scope(), ctx);
            if (b instanceof GoBinding.Channel ch) {
                return ch;
            }
            String method = b instanceof GoBinding.Context ? "; for a context's Done channel write <-ctx.Done() or case <-ctx.Done():" : "";
            throw refuse(e.getStart(), e.getText() + " is not a channel" + method);
        }
        if ("Done".equals(methodName(x))) {
            throw refuse(e.getStart(), "ctx.Done() is supported as <-ctx.Done() and case <-ctx.Done(): only");
        }
        throw refuse(e.getStart(), "channel " + e.getText() + ": the subset sends and receives on channel variables");
    }

    void checkElem(GoBinding.Channel ch, ValueType type, ExpressionContext at) {
        if ((ch.elem() == GoBinding.Elem.BOOL) != (type == ValueType.BOOL) || ch.elem() == GoBinding.Elem.UNIT) {
            throw refuse(at.getStart(), "receiving a chan " + ch.elem().go + " value into a " + type.name().toLowerCase() + " variable");
        }
    }

    private Expr sendValue(GoBinding.Channel ch, GoValue v, ExpressionContext at) {
        switch (ch.elem()) {
            case UNIT -> {
                if (v.kind() != GoValue.Kind.UNIT) {
                    throw refuse(at.getStart(), "a chan struct{} carries struct{}{}");
                }
                return new Expr.IntLit(0);
            }
            case BOOL -> {
                if (v.kind() != GoValue.Kind.BOOL) {
                    throw refuse(at.getStart(), "a chan bool carries bools");
                }
                if (!v.isConstant()) {
                    return null;
                }
                return new Expr.IntLit(v.constant());
            }
            default -> {
                if (v.kind() != GoValue.Kind.INT) {
                    throw refuse(at.getStart(), "a chan int carries ints");
                }
                return v.toExpr();
            }
        }
    }

    void send(GoBinding.Channel ch, GoValue v, ExpressionContext at, Src src, List<Op> out) {
        Expr value = sendValue(ch, v, at);
        if (value == null) {
            out.add(new Op.If(src, v.toExpr(), List.of(new Op.Send(src, ch.part(), new Expr.IntLit(1))),
                    List.of(new Op.Send(src, ch.part(), new Expr.IntLit(0)))));
        } else {
            out.add(new Op.Send(src, ch.part(), value));
        }
    }

    void receive(GoBinding.Channel ch, String to, String ok, Src src, Ctx ctx, List<Op> out) {
        if (to != null && ch.elem() == GoBinding.Elem.BOOL) {
            String raw = ctx.frame().local(to + "_n");
            out.add(new Op.Recv(src, ch.part(), raw, ok));
            out.add(new Op.Let(src, to, new Expr.Binary(BinaryOp.NE, new Expr.Local(raw), new Expr.IntLit(0))));
        } else {
            out.add(new Op.Recv(src, ch.part(), to, ok));
        }
    }
}
