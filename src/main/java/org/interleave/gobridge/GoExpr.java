package org.interleave.gobridge;

import java.util.function.UnaryOperator;
import org.interleave.engine.expr.BinaryOp;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.UnaryOp;

/**
 * Prints an expression as gofmt prints it at a given nesting depth, with its locals renamed.
 *
 * <p>{@link org.interleave.engine.expr.ExprPrinter} prints an expression standing alone (depth 1:
 * {@code i*2 + 1}). An argument of a call with several arguments sits one level deeper, where gofmt
 * drops more blanks ({@code go worker(i*2+1, j)}), so this class repeats go/printer's rules
 * ({@code binaryExpr}, {@code cutoff}, {@code walkBinary}) with the depth as a parameter.
 */
final class GoExpr {
    /** The depth of an expression standing alone: a statement's operand or a lone call argument. */
    static final int ALONE = 1;
    /** The depth of each argument of a call with two or more arguments. */
    static final int ARGUMENT = 2;

    private static final int LOWEST_PRECEDENCE = 0;

    private final StringBuilder out = new StringBuilder();

    private GoExpr() {}

    /** Go source for {@code e} at {@code depth}; every local is printed as {@code names} maps it. */
    static String print(Expr e, int depth, UnaryOperator<String> names) {
        GoExpr printer = new GoExpr();
        printer.expr(rename(e, names), LOWEST_PRECEDENCE, depth);
        return printer.out.toString();
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

    private void expr(Expr e, int outer, int depth) {
        switch (e) {
            case Expr.Binary binary -> binary(binary, outer, cutoff(binary, depth), depth);
            case Expr.Unary unary -> {
                token(unary.op().symbol());
                expr(unary.operand(), UnaryOp.PRECEDENCE, depth);
            }
            case Expr.IntLit lit when lit.value() < 0 -> {
                token("-");
                token(Long.toString(lit.value()).substring(1));
            }
            case Expr.IntLit lit -> token(Long.toString(lit.value()));
            case Expr.BoolLit lit -> token(Boolean.toString(lit.value()));
            case Expr.Local local -> token(local.name());
        }
    }

    private void binary(Expr.Binary e, int outer, int cutoff, int depth) {
        int precedence = e.op().precedence();
        if (precedence < outer) {
            token("(");
            expr(e, LOWEST_PRECEDENCE, Math.max(1, depth - 1)); // parentheses undo one level of depth
            token(")");
            return;
        }
        boolean blank = precedence < cutoff;
        boolean sameLevel = e.left() instanceof Expr.Binary l && l.op().precedence() == precedence;
        expr(e.left(), precedence, depth + (sameLevel ? 0 : 1));
        if (blank) {
            out.append(' ');
        }
        token(e.op().symbol());
        if (blank) {
            out.append(' ');
        }
        expr(e.right(), precedence + 1, depth + 1); // an equal-precedence right operand needs parentheses
    }

    private static int cutoff(Expr.Binary e, int depth) {
        int[] walk = new int[3]; // has + -, has * / %, the largest "problem" precedence
        walk(e, walk);
        if (walk[2] > 0) {
            return walk[2] + 1;
        }
        if (walk[0] > 0 && walk[1] > 0) {
            return depth == 1 ? 5 : 4;
        }
        return depth == 1 ? 6 : 4;
    }

    private static void walk(Expr.Binary e, int[] walk) {
        int precedence = e.op().precedence();
        walk[0] |= precedence == 4 ? 1 : 0;
        walk[1] |= precedence == 5 ? 1 : 0;
        if (e.left() instanceof Expr.Binary left && left.op().precedence() >= precedence) {
            walk(left, walk);
        }
        switch (e.right()) {
            case Expr.Binary right when right.op().precedence() > precedence -> walk(right, walk);
            // "a - -b" keeps its blanks, or it would read as "a--b"
            case Expr.Unary right when e.op() == BinaryOp.SUB && right.op() == UnaryOp.NEG ->
                    walk[2] = Math.max(walk[2], 4);
            case Expr.IntLit right when e.op() == BinaryOp.SUB && right.value() < 0 ->
                    walk[2] = Math.max(walk[2], 4);
            default -> { }
        }
    }

    /** Appends a token, with a blank where it would otherwise merge with the previous one ("- -x"). */
    private void token(String text) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) == '-' && text.charAt(0) == '-') {
            out.append(' ');
        }
        out.append(text);
    }
}
