package org.interleave.engine.expr;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Static checks on expressions: Go's typing rules over {@code int} and {@code bool}, and the
 * locals an expression reads.
 *
 * <p>Arithmetic and ordering ({@code < <= > >=}) take ints; {@code == !=} take two operands of
 * the same type; {@code && || !} take bools. Errors point at the offending local or operator when
 * the tree came from {@link ExprParser}, else at offset 0.
 */
public final class ExprTypes {
    private ExprTypes() {}

    /** Infers the type; localType returns null for an unknown local → ExprException "undefined: name" at the local's offset. */
    public static ValueType check(Expr e, Function<String, ValueType> localType) throws ExprException {
        return switch (e) {
            case Expr.IntLit lit -> ValueType.INT;
            case Expr.BoolLit lit -> ValueType.BOOL;
            case Expr.Local local -> {
                ValueType type = localType.apply(local.name());
                if (type == null) {
                    throw error(e, "undefined: " + local.name());
                }
                yield type;
            }
            case Expr.Unary unary -> {
                ValueType operand = check(unary.operand(), localType);
                ValueType wanted = unary.op() == UnaryOp.NEG ? ValueType.INT : ValueType.BOOL;
                if (operand != wanted) {
                    throw error(e, "operator " + unary.op().symbol() + " not defined on " + operand);
                }
                yield wanted;
            }
            case Expr.Binary binary -> binary(binary, localType);
        };
    }

    private static ValueType binary(Expr.Binary e, Function<String, ValueType> localType)
            throws ExprException {
        ValueType left = check(e.left(), localType);
        ValueType right = check(e.right(), localType);
        BinaryOp op = e.op();
        if (left != right) {
            throw error(e, "mismatched types " + left + " and " + right + " in " + ExprPrinter.toGo(e));
        }
        boolean defined = switch (op) {
            case EQ, NE -> true;
            case AND, OR -> left == ValueType.BOOL;
            default -> left == ValueType.INT;
        };
        if (!defined) {
            throw error(e, "operator " + op.symbol() + " not defined on " + left);
        }
        return op.isArithmetic() ? ValueType.INT : ValueType.BOOL;
    }

    /** Names used, in first-use order, reading the source left to right. */
    public static Set<String> locals(Expr e) {
        Set<String> names = new LinkedHashSet<>();
        collect(e, names);
        return names;
    }

    private static void collect(Expr e, Set<String> names) {
        switch (e) {
            case Expr.IntLit lit -> { }
            case Expr.BoolLit lit -> { }
            case Expr.Local local -> names.add(local.name());
            case Expr.Unary unary -> collect(unary.operand(), names);
            case Expr.Binary binary -> {
                collect(binary.left(), names);
                collect(binary.right(), names);
            }
        }
    }

    private static ExprException error(Expr at, String message) {
        return new ExprException(message, Math.max(0, SourcePositions.offsetOf(at)));
    }
}
