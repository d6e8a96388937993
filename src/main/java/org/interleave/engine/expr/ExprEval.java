package org.interleave.engine.expr;

/**
 * Evaluates expressions with Go's run-time semantics: ints wrap like {@code int64}, {@code /} and
 * {@code %} truncate toward zero (as Java's do), {@code &&} and {@code ||} short-circuit, and
 * division or modulo by zero panics with {@link DivideByZero}. Bools are carried as 0 and 1.
 *
 * <p>It trusts {@link ExprTypes#check}: an ill-typed tree still evaluates (any non-zero value
 * counts as true) but the result means nothing.
 */
public final class ExprEval {
    private ExprEval() {}

    /** The value of {@code e}: an int, or 0/1 for a bool. */
    public static long eval(Expr e, Env env) {
        return switch (e) {
            case Expr.IntLit lit -> lit.value();
            case Expr.BoolLit lit -> bit(lit.value());
            case Expr.Local local -> env.get(local.name());
            case Expr.Unary unary -> switch (unary.op()) {
                case NEG -> -eval(unary.operand(), env);
                case NOT -> bit(!truth(unary.operand(), env));
            };
            case Expr.Binary binary -> binary(binary, env);
        };
    }

    /** Whether {@code e} is true (non-zero). */
    public static boolean truth(Expr e, Env env) {
        return eval(e, env) != 0;
    }

    private static long binary(Expr.Binary e, Env env) {
        switch (e.op()) {
            case AND -> {
                return bit(truth(e.left(), env) && truth(e.right(), env));
            }
            case OR -> {
                return bit(truth(e.left(), env) || truth(e.right(), env));
            }
            default -> { }
        }
        long a = eval(e.left(), env);
        long b = eval(e.right(), env);
        return switch (e.op()) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> {
                if (b == 0) {
                    throw new DivideByZero();
                }
                yield a / b; // MinInt64 / -1 == MinInt64 in both Java and Go
            }
            case MOD -> {
                if (b == 0) {
                    throw new DivideByZero();
                }
                yield a % b;
            }
            case EQ -> bit(a == b);
            case NE -> bit(a != b);
            case LT -> bit(a < b);
            case LE -> bit(a <= b);
            case GT -> bit(a > b);
            case GE -> bit(a >= b);
            case AND, OR -> throw new AssertionError("handled above");
        };
    }

    private static long bit(boolean b) {
        return b ? 1 : 0;
    }
}
