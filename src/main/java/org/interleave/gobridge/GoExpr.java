package org.interleave.gobridge;

import java.util.function.UnaryOperator;
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
