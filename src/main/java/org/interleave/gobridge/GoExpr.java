package org.interleave.gobridge;

import java.math.BigInteger;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import org.interleave.engine.expr.BinaryOp;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.ExprPrinter;

/**
 * Prints an expression as gofmt prints it at a given nesting depth, with its locals renamed.
 *
 * <p>The printing itself is {@link ExprPrinter}'s, which follows go/printer's rules at any depth:
 * an argument of a call with several arguments sits one level deeper than an expression standing
 * alone, where gofmt drops more blanks ({@code go worker(i*2+1, j)}).
 */
final class GoExpr {
    /** The depth of an expression standing alone: a statement's operand or a lone call argument. */
    static final int ALONE = 1;
    /** The depth of each argument of a call with two or more arguments. */
    static final int ARGUMENT = 2;

    private GoExpr() {}

    /** Go source for {@code e} at {@code depth}; every local is printed as {@code names} maps it. */
    static String print(Expr e, int depth, UnaryOperator<String> names) {
        return ExprPrinter.toGo(rename(e, names), depth);
    }

    /**
     * Go source for {@code e} at {@code depth}, locals renamed, where constant arithmetic Go would
     * fold otherwise than the engine computes it runs as the engine runs it: Go folds untyped
     * constants at compile time with arbitrary precision, so {@code 7 / 0} and an int overflow
     * ({@code 9223372036854775807 + 1}) do not build, and {@code (9223372036854775807 + 1) / 2}
     * would not wrap. The literals of such a constant part are read from package-level int
     * variables that {@code runtimeInt} names ({@code int7 / int0}), so Go computes it at run time
     * on int, panicking and wrapping as the engine does. Other constants print as they are.
     */
    static String print(Expr e, int depth, UnaryOperator<String> names, LongFunction<String> runtimeInt) {
        return ExprPrinter.toGo(atRunTime(rename(e, names), runtimeInt), depth);
    }

    /** The tree with each constant part that Go would not fold as the engine computes it read from int variables. */
    static Expr atRunTime(Expr e, LongFunction<String> runtimeInt) {
        if (isConstant(e)) {
            return foldsLikeInt(e) ? e : literalsAsVars(e, runtimeInt);
        }
        return switch (e) {
            case Expr.Unary u -> new Expr.Unary(u.op(), atRunTime(u.operand(), runtimeInt));
            // Go refuses a constant zero divisor even under a variable dividend: x / 0
            case Expr.Binary b when (b.op() == BinaryOp.DIV || b.op() == BinaryOp.MOD) && isConstant(b.right())
                    && BigInteger.ZERO.equals(exact(b.right())) ->
                    new Expr.Binary(b.op(), atRunTime(b.left(), runtimeInt), literalsAsVars(b.right(), runtimeInt));
            case Expr.Binary b -> new Expr.Binary(b.op(), atRunTime(b.left(), runtimeInt), atRunTime(b.right(), runtimeInt));
            default -> e;
        };
    }

    /**
     * True if Go's compile-time folding of a constant expression agrees with the engine's int
     * arithmetic: no division or remainder by zero and no int value beyond int64 on the way.
     */
    static boolean foldsLikeInt(Expr e) {
        return exact(e) != null;
    }

    /** The exact value of a constant expression (BigInteger or Boolean), or null where int arithmetic would differ. */
    private static Object exact(Expr e) {
        return switch (e) {
            case Expr.IntLit lit -> BigInteger.valueOf(lit.value());
            case Expr.BoolLit lit -> lit.value();
            case Expr.Local local -> null;
            case Expr.Unary u -> {
                Object v = exact(u.operand());
                yield v == null ? null : v instanceof BigInteger n ? inInt(n.negate()) : !(Boolean) v;
            }
            case Expr.Binary b -> {
                Object l = exact(b.left());
                Object r = exact(b.right());
                if (l == null || r == null) {
                    yield null;
                }
                yield switch (b.op()) {
                    case ADD -> inInt(((BigInteger) l).add((BigInteger) r));
                    case SUB -> inInt(((BigInteger) l).subtract((BigInteger) r));
                    case MUL -> inInt(((BigInteger) l).multiply((BigInteger) r));
                    case DIV -> ((BigInteger) r).signum() == 0 ? null : inInt(((BigInteger) l).divide((BigInteger) r));
                    case MOD -> ((BigInteger) r).signum() == 0 ? null : inInt(((BigInteger) l).remainder((BigInteger) r));
                    case EQ -> l.equals(r);
                    case NE -> !l.equals(r);
                    case LT -> ((BigInteger) l).compareTo((BigInteger) r) < 0;
                    case LE -> ((BigInteger) l).compareTo((BigInteger) r) <= 0;
                    case GT -> ((BigInteger) l).compareTo((BigInteger) r) > 0;
                    case GE -> ((BigInteger) l).compareTo((BigInteger) r) >= 0;
                    case AND -> (Boolean) l && (Boolean) r;
                    case OR -> (Boolean) l || (Boolean) r;
                };
            }
        };
    }

    private static BigInteger inInt(BigInteger n) {
        return n.bitLength() < 64 ? n : null;
    }

    private static Expr literalsAsVars(Expr e, LongFunction<String> runtimeInt) {
        return switch (e) {
            case Expr.IntLit lit -> new Expr.Local(runtimeInt.apply(lit.value()));
            case Expr.Unary u -> new Expr.Unary(u.op(), literalsAsVars(u.operand(), runtimeInt));
            case Expr.Binary b -> new Expr.Binary(b.op(), literalsAsVars(b.left(), runtimeInt),
                    literalsAsVars(b.right(), runtimeInt));
            default -> e;
        };
    }

    /** The same tree with every local renamed. */
    static Expr rename(Expr e, UnaryOperator<String> names) {
        return switch (e) {
            case Expr.Local local -> new Expr.Local(names.apply(local.name()));
            case Expr.Unary u -> new Expr.Unary(u.op(), rename(u.operand(), names));
            case Expr.Binary b -> new Expr.Binary(b.op(), rename(b.left(), names), rename(b.right(), names));
            case Expr.IntLit lit -> lit;
            case Expr.BoolLit lit -> lit;
        };
    }

    /** True if {@code e} reads no local: an untyped Go constant, which needs no conversion. */
    static boolean isConstant(Expr e) {
        return switch (e) {
            case Expr.Local local -> false;
            case Expr.Unary u -> isConstant(u.operand());
            case Expr.Binary b -> isConstant(b.left()) && isConstant(b.right());
            case Expr.IntLit lit -> true;
            case Expr.BoolLit lit -> true;
        };
    }
}
