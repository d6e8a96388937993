package org.interleave.gobridge;

import static org.interleave.gobridge.GoSyntax.durationConstant;
import static org.interleave.gobridge.GoSyntax.refuse;

import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.interleave.engine.expr.BinaryOp;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.UnaryOp;
import org.interleave.engine.expr.ValueType;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Src;
import org.interleave.gobridge.GoTranslator.Ctx;
import org.interleave.gobridge.parse.GoSubsetParser.*;

/**
 * Translates Go expressions into the engine's expressions. Reads of shared variables, receives
 * and atomic loads inside an expression become ops placed before the statement that uses them,
 * in Go's order of evaluation.
 */
final class ExpressionTranslator extends TranslatorPart {
    ExpressionTranslator(GoTranslator translator) {
        super(translator);
    }

    /** Translates an expression; reads of shared variables, receives and atomic loads go to {@code pre}, in Go's order. */
    GoValue expr(ExpressionContext e, Ctx ctx, List<Op> pre) {
        GoValue v = exprOrNull(e, ctx, pre);
        if (v == null) {
            throw refuse(e.getStart(), "expression " + e.getText() + " mixes types the subset does not combine");
        }
        return v;
    }

    GoValue exprOrNull(ExpressionContext e, Ctx ctx, List<Op> pre) {
        switch (e) {
            case PrimaryContext p -> {
                return primary(p.primaryExpr(), ctx, pre);
            }
            case UnaryContext u -> {
                switch (u.op.getType()) {
                    case org.interleave.gobridge.parse.GoSubsetParser.MINUS:
                        return GoValue.unary(UnaryOp.NEG, expr(u.expression(), ctx, pre));
                    case org.interleave.gobridge.parse.GoSubsetParser.PLUS:
                        return expr(u.expression(), ctx, pre);
                    case org.interleave.gobridge.parse.GoSubsetParser.NOT:
                        return GoValue.unary(UnaryOp.NOT, expr(u.expression(), ctx, pre));
                    case org.interleave.gobridge.parse.GoSubsetParser.ARROW: {
                        GoBinding.Channel ch = translator.channels.channel(u.expression(), ctx);
                        if (ch.elem() == GoBinding.Elem.UNIT) {
                            throw refuse(e.getStart(), "the value received from a chan struct{}: receive it as a statement, <-" + u.expression().getText());
                        }
                        String tmp = ctx.frame().local(ch.part() + "_v");
                        pre.add(new Op.Recv(GoProgram.src(e), ch.part(), tmp, null));
                        GoValue raw = GoValue.of(new Expr.Local(tmp), ValueType.INT);
                        return ch.elem() == GoBinding.Elem.BOOL ? GoValue.binary(BinaryOp.NE, raw, GoValue.ofInt(0)) : raw;
                    }
                    case org.interleave.gobridge.parse.GoSubsetParser.AMP:
                        throw refuse(e.getStart(), "&" + u.expression().getText() + ": pointers are passed only to *sync.X and *atomic.IntN parameters");
                    case org.interleave.gobridge.parse.GoSubsetParser.STAR:
                        throw refuse(e.getStart(), "pointer dereference: pointers are not in the subset");
                    default:
                        throw refuse(e.getStart(), "bit operator ^: the subset computes with + - * / %");
                }
            }
            case MulContext m -> {
                return binary(m.op, m.expression(0), m.expression(1), ctx, pre);
            }
            case AddContext a -> {
                return binary(a.op, a.expression(0), a.expression(1), ctx, pre);
            }
            case CompareContext c -> {
                return binary(c.op, c.expression(0), c.expression(1), ctx, pre);
            }
            case AndContext a -> {
                return logical(BinaryOp.AND, a.expression(0), a.expression(1), ctx, pre);
            }
            case OrContext o -> {
                return logical(BinaryOp.OR, o.expression(0), o.expression(1), ctx, pre);
            }
            default -> throw refuse(e.getStart(), e.getText() + " is not in the subset");
        }
    }

    private GoValue logical(BinaryOp op, ExpressionContext a, ExpressionContext b, Ctx ctx, List<Op> pre) {
        GoValue left = expr(a, ctx, pre);
        List<Op> right = GoProgram.ops();
        GoValue r = expr(b, ctx, right);
        if (!right.isEmpty()) {
            throw refuse(b.getStart(), b.getText() + " reads shared state on the right of " + op.symbol()
                    + ", which Go evaluates only sometimes: read it into a local first");
        }
        return GoValue.binary(op, left, r);
    }

    private GoValue binary(Token op, ExpressionContext a, ExpressionContext b, Ctx ctx, List<Op> pre) {
        BinaryOp bop = switch (op.getText()) {
            case "+" -> BinaryOp.ADD;
            case "-" -> BinaryOp.SUB;
            case "*" -> BinaryOp.MUL;
            case "/" -> BinaryOp.DIV;
            case "%" -> BinaryOp.MOD;
            case "==" -> BinaryOp.EQ;
            case "!=" -> BinaryOp.NE;
            case "<" -> BinaryOp.LT;
            case "<=" -> BinaryOp.LE;
            case ">" -> BinaryOp.GT;
            case ">=" -> BinaryOp.GE;
            default -> throw refuse(op, "bit operator " + op.getText() + ": the subset computes with + - * / % and compares");
        };
        GoValue left = expr(a, ctx, pre);
        GoValue right = expr(b, ctx, pre);
        GoValue v = GoValue.binary(bop, left, right);
        if (v == null && left.isConstant() && right.isConstant() && (bop == BinaryOp.DIV || bop == BinaryOp.MOD)) {
            throw refuse(b.getStart(), "division by constant zero");
        }
        if (v == null && (left.kind() == GoValue.Kind.DURATION || right.kind() == GoValue.Kind.DURATION)) {
            throw refuse(a.getStart(), "duration " + a.getText() + " " + op.getText() + " " + b.getText()
                    + " computed at run time: the subset needs constant durations");
        }
        return v;
    }

    private GoValue primary(PrimaryExprContext p, Ctx ctx, List<Op> pre) {
        switch (p) {
            case OperandExprContext o -> {
                return operand(o.operand(), ctx, pre);
            }
            case SelectorExprContext s -> {
                String text = s.getText();
                GoValue d = durationConstant(text);
                if (d != null && ctx.scope().get("time") instanceof GoBinding.Package) {
                    return d;
                }
                throw refuse(s.getStart(), text + " is not in the subset (no fields or package variables besides time's durations)");
            }
            case CallExprContext c -> {
                return callValue(c, ctx, pre);
            }
            case IndexExprContext i -> throw refuse(i.getStart(), "indexing " + i.getText() + ": slices, arrays and maps are not in the subset");
            case TypeAssertExprContext t -> throw refuse(t.getStart(), "type assertion: interfaces are not in the subset");
            default -> throw refuse(p.getStart(), p.getText() + " is not in the subset");
        }
    }

    private GoValue operand(OperandContext o, Ctx ctx, List<Op> pre) {
        switch (o) {
            case IntLitContext i -> {
                try {
                    return GoValue.ofInt(Long.decode(i.getText().replace("_", "").replaceFirst("^0[oO]", "0")));
                } catch (NumberFormatException ex) {
                    throw refuse(i.getStart(), "integer " + i.getText() + " does not fit 64 bits");
                }
            }
            case FloatLitContext f -> throw refuse(f.getStart(), "floating-point number " + f.getText() + ": the subset computes with ints");
            case RuneLitContext r -> throw refuse(r.getStart(), "rune " + r.getText() + ": the subset computes with ints and bools");
            case StringLitContext s -> throw refuse(s.getStart(), "string " + s.getText() + ": strings are printed by fmt.Println but not computed with");
            case ParenContext p -> {
                return expr(p.expression(), ctx, pre);
            }
            case FuncLitContext f -> throw refuse(f.getStart(), "function literal as a value: the subset runs them with go func() {...}() and once.Do");
            case CompositeLitContext c -> {
                if (c.literalType().structType() != null && c.literalType().structType().fieldDecl().isEmpty()
                        && c.literalValue().element().isEmpty()) {
                    return GoValue.unit();
                }
                throw refuse(c.getStart(), "composite literal " + c.getText() + ": the subset's only composite value is struct{}{}");
            }
            case NameContext n -> {
                return name(n.IDENT().getSymbol(), ctx, pre);
            }
            default -> throw refuse(o.getStart(), o.getText() + " is not in the subset");
        }
    }

    private GoValue name(Token at, Ctx ctx, List<Op> pre) {
        String name = at.getText();
        if (name.equals("nil") && ctx.scope().get(name) == null) {
            throw refuse(at, "nil: the subset has nil channels only as var ch chan int (never made)");
        }
        GoBinding b = translator.names.lookup(at, name, ctx.scope(), ctx);
        return switch (b) {
            case GoBinding.Const c -> c.value();
            case GoBinding.Local l -> GoValue.of(new Expr.Local(l.name()), l.type());
            case GoBinding.Shared sh -> {
                if (ctx.frame() == null) {
                    throw refuse(at, name + " is a variable, not a constant");
                }
                String tmp = ctx.frame().local(sh.part() + "_v");
                pre.add(new Op.Read(new Src(null, at.getLine(), at.getCharPositionInLine() + 1), sh.part(), tmp));
                GoValue raw = GoValue.of(new Expr.Local(tmp), ValueType.INT);
                yield sh.bool() ? GoValue.binary(BinaryOp.NE, raw, GoValue.ofInt(0)) : raw;
            }
            case GoBinding.Atomic a -> throw refuse(at, name + " is atomic: read it with " + (a.function()
                    ? "atomic.LoadInt64(&" + name + ")" : name + ".Load()"));
            default -> throw refuse(at, name + " is used as a value; the subset computes with ints and bools");
        };
    }

    /** A call whose value is used: conversions, atomic loads and adds, and CompareAndSwap. */
    private GoValue callValue(CallExprContext c, Ctx ctx, List<Op> pre) {
        List<ArgumentContext> args = c.argument();
        String callee = c.primaryExpr().getText();
        if (Set.of("int", "int64", "int32").contains(callee) && args.size() == 1 && args.get(0).expression() != null
                && ctx.scope().get(callee) == null) {
            GoValue v = expr(args.get(0).expression(), ctx, pre);
            if (v.kind() == GoValue.Kind.DURATION) {
                return GoValue.ofInt(v.constant());
            }
            return v;
        }
        if (callee.equals("time.Duration") && args.size() == 1 && args.get(0).expression() != null) {
            GoValue v = expr(args.get(0).expression(), ctx, pre);
            if (!v.isConstant() || v.kind() != GoValue.Kind.INT && v.kind() != GoValue.Kind.DURATION) {
                throw refuse(c.getStart(), "time.Duration(" + args.get(0).getText() + "): the subset needs constant durations");
            }
            return GoValue.ofDuration(v.constant());
        }
        if (ctx.frame() != null && c.primaryExpr() instanceof SelectorExprContext sel) {
            String recv = sel.primaryExpr().getText();
            String method = sel.IDENT().getText();
            GoBinding b = translator.names.lookup(sel.primaryExpr().getStart(), recv, ctx.scope(), ctx);
            String result = recv.replaceAll("[^A-Za-z0-9_]", "_") + "_v";
            if (b instanceof GoBinding.Package pk && pk.path().equals("sync/atomic") && method.matches("(Add|Load|CompareAndSwap)Int(32|64)")) {
                return translator.calls.atomicFunction(method, args, c, ctx, pre, GoProgram.src(c), result);
            }
            if (b instanceof GoBinding.Atomic a && !a.function() && Set.of("Add", "Load", "CompareAndSwap").contains(method)) {
                return translator.calls.atomicMethod(a, recv, method, args, c, ctx, pre, GoProgram.src(c), result);
            }
        }
        throw refuse(c.getStart(), "call of " + callee + " as a value: the subset's functions return nothing"
                + " (values come from channels, atomics and conversions)");
    }
}
