package org.interleave.engine.expr;

/**
 * Prints expressions as Go source, the way {@code gofmt} prints them standing alone (as an
 * {@code if} condition or the right side of {@code :=}).
 *
 * <p>Parentheses appear only where precedence or left-associativity needs them, so
 * {@code parse(toGo(e))} gives back {@code e}. Spacing follows gofmt's rule (go/printer's
 * {@code binaryExpr} and {@code cutoff}, mirrored below): when an expression mixes
 * {@code + -} with {@code * / %}, the tighter operators lose their blanks ({@code i*2 + 1}),
 * and inside another binary expression the same happens one level up ({@code a+b*c == d}).
 * Comparisons and logical operators are always spaced.
 */
public final class ExprPrinter {
    private static final int LOWEST_PRECEDENCE = 0;

    private final StringBuilder out = new StringBuilder();

    private ExprPrinter() {}

    /** Go source for {@code e}, e.g. {@code i*2 + 1}, {@code (a + b) * c}, {@code x == 1 && y < 2}. */
    public static String toGo(Expr e) {
        return toGo(e, 1);
    }

    /**
     * Go source for {@code e} as gofmt prints it at a nesting depth: 1 standing alone, 2 as one
     * argument of a call with several ({@code go worker(i*2+1, j)}), where gofmt drops more blanks.
     */
    public static String toGo(Expr e, int depth) {
        ExprPrinter printer = new ExprPrinter();
        printer.expr(e, LOWEST_PRECEDENCE, Math.max(1, depth));
        return printer.out.toString();
    }

    /** go/printer's {@code expr1}: {@code outer} is the precedence the context demands. */
    private void expr(Expr e, int outer, int depth) {
        switch (e) {
            case Expr.Binary binary -> binary(binary, outer, cutoff(binary, depth), depth);
            // UnaryOp.PRECEDENCE is the highest any context demands: prefix operators never need
            // parentheses around themselves.
            case Expr.Unary unary -> {
                token(unary.op().symbol());
                expr(unary.operand(), UnaryOp.PRECEDENCE, depth);
            }
            case Expr.IntLit lit when lit.value() < 0 -> {
                // Go has no negative literals: this is unary minus applied to the magnitude.
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
        expr(e.left(), precedence, depth + (sameLevelBinary(e.left(), precedence) ? 0 : 1));
        if (blank) {
            out.append(' ');
        }
        token(e.op().symbol());
        if (blank) {
            out.append(' ');
        }
        // precedence + 1: an equal-precedence right operand needs parentheses (left-associative)
        expr(e.right(), precedence + 1, depth + 1);
    }

    /**
     * go/printer's {@code cutoff}: operators with a precedence below it are printed with blanks
     * around them.
     */
    private static int cutoff(Expr.Binary e, int depth) {
        Walk walk = new Walk();
        walk.visit(e);
        if (walk.maxProblem > 0) {
            return walk.maxProblem + 1;
        }
        if (walk.hasAdditive && walk.hasMultiplicative) {
            return depth == 1 ? 5 : 4;
        }
        return depth == 1 ? 6 : 4;
    }

    /** go/printer's {@code walkBinary}: which precedence levels an unparenthesized chain mixes. */
    private static final class Walk {
        boolean hasAdditive;
        boolean hasMultiplicative;
        int maxProblem;

        void visit(Expr.Binary e) {
            int precedence = e.op().precedence();
            hasAdditive |= precedence == 4;
            hasMultiplicative |= precedence == 5;
            if (e.left() instanceof Expr.Binary left && left.op().precedence() >= precedence) {
                visit(left);
            }
            switch (e.right()) {
                case Expr.Binary right when right.op().precedence() > precedence -> visit(right);
                // "a - -b" must keep its blanks, or it would read as "a--b"
                case Expr.Unary right when e.op() == BinaryOp.SUB && right.op() == UnaryOp.NEG ->
                        maxProblem = Math.max(maxProblem, 4);
                case Expr.IntLit right when e.op() == BinaryOp.SUB && right.value() < 0 ->
                        maxProblem = Math.max(maxProblem, 4);
                default -> { }
            }
        }
    }

    private static boolean sameLevelBinary(Expr e, int precedence) {
        return e instanceof Expr.Binary b && b.op().precedence() == precedence;
    }

    /** Appends a token, with a blank if it would otherwise merge with the previous one ("- -x"). */
    private void token(String text) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) == '-' && text.charAt(0) == '-') {
            out.append(' ');
        }
        out.append(text);
    }
}
