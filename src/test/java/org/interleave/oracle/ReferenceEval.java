package org.interleave.oracle;

import java.util.Map;
import org.interleave.engine.expr.Expr;

/**
 * The reference explorer's own expression evaluator (DESIGN §3): 64-bit ints that wrap, bools as
 * 0 and 1, {@code /} and {@code %} truncating toward zero, short-circuit {@code &&} and
 * {@code ||}. It reads the parsed tree (plain data) but shares no evaluation code with the engine.
 * A local never assigned so far reads as 0 (validation has made sure it is assigned somewhere).
 */
final class ReferenceEval {
    private ReferenceEval() {}

    /** Division or modulo by zero: Go panics with a runtime error. */
    static final class DivisionByZero extends RuntimeException {
        DivisionByZero() {
            super("integer divide by zero", null, false, false);
        }
    }

    static long eval(Expr e, Map<String, Long> locals) {
        return switch (e) {
            case Expr.IntLit i -> i.value();
            case Expr.BoolLit b -> b.value() ? 1 : 0;
            case Expr.Local l -> locals.getOrDefault(l.name(), 0L);
            case Expr.Unary u -> switch (u.op()) {
                case NEG -> -eval(u.operand(), locals);
                case NOT -> eval(u.operand(), locals) != 0 ? 0 : 1;
            };
            case Expr.Binary b -> binary(b, locals);
        };
    }

    static boolean truth(Expr e, Map<String, Long> locals) {
        return eval(e, locals) != 0;
    }

    private static long binary(Expr.Binary b, Map<String, Long> locals) {
        switch (b.op()) {
            case AND:
                return truth(b.left(), locals) && truth(b.right(), locals) ? 1 : 0;
            case OR:
                return truth(b.left(), locals) || truth(b.right(), locals) ? 1 : 0;
            default:
                break;
        }
        long x = eval(b.left(), locals);
        long y = eval(b.right(), locals);
        return switch (b.op()) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> {
                if (y == 0) {
                    throw new DivisionByZero();
                }
                yield x / y;
            }
            case MOD -> {
                if (y == 0) {
                    throw new DivisionByZero();
                }
                yield x % y;
            }
            case EQ -> x == y ? 1 : 0;
            case NE -> x != y ? 1 : 0;
            case LT -> x < y ? 1 : 0;
            case LE -> x <= y ? 1 : 0;
            case GT -> x > y ? 1 : 0;
            case GE -> x >= y ? 1 : 0;
            case AND, OR -> throw new AssertionError("short-circuit operators are handled above");
        };
    }
}
