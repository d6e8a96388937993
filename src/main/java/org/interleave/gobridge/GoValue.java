package org.interleave.gobridge;

import org.interleave.engine.expr.BinaryOp;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.UnaryOp;
import org.interleave.engine.expr.ValueType;

/**
 * The value of a Go expression while import-go translates it: a constant (an int, a bool, a
 * {@code time.Duration} in nanoseconds, or {@code struct{}{}}) or an expression over the design's
 * locals, of type int or bool.
 */
record GoValue(Kind kind, long constant, Expr expr) {
    /** The Go types the subset computes with. */
    enum Kind { INT, BOOL, DURATION, UNIT }

    static GoValue ofInt(long v) {
        return new GoValue(Kind.INT, v, null);
    }

    static GoValue ofBool(boolean b) {
        return new GoValue(Kind.BOOL, b ? 1 : 0, null);
    }

    static GoValue ofDuration(long nanos) {
        return new GoValue(Kind.DURATION, nanos, null);
    }

    static GoValue unit() {
        return new GoValue(Kind.UNIT, 0, null);
    }

    static GoValue of(Expr e, ValueType type) {
        return new GoValue(type == ValueType.BOOL ? Kind.BOOL : Kind.INT, 0, e);
    }

    boolean isConstant() {
        return expr == null;
    }

    /** The value as an engine expression (a constant becomes a literal). */
    Expr toExpr() {
        if (expr != null) {
            return expr;
        }
        return kind == Kind.BOOL ? new Expr.BoolLit(constant != 0) : new Expr.IntLit(constant);
    }

    ValueType type() {
        return kind == Kind.BOOL ? ValueType.BOOL : ValueType.INT;
    }

    /** {@code this op other}, folded when both are constants; null if the kinds do not fit. */
    static GoValue binary(BinaryOp op, GoValue a, GoValue b) {
        boolean bools = a.kind == Kind.BOOL && b.kind == Kind.BOOL;
        boolean ints = (a.kind == Kind.INT || a.kind == Kind.DURATION) && (b.kind == Kind.INT || b.kind == Kind.DURATION);
        if (op.isLogical() && !bools || op.isArithmetic() && !ints
                || op.isComparison() && !ints && !(bools && (op == BinaryOp.EQ || op == BinaryOp.NE))) {
            return null;
        }
        Kind result = op.isArithmetic()
                ? (a.kind == Kind.DURATION || b.kind == Kind.DURATION) && !(op == BinaryOp.DIV && a.kind == b.kind)
                        ? Kind.DURATION : Kind.INT
                : Kind.BOOL;
        if (a.isConstant() && b.isConstant()) {
            long x = a.constant;
            long y = b.constant;
            switch (op) {
                case ADD: return new GoValue(result, x + y, null);
                case SUB: return new GoValue(result, x - y, null);
                case MUL: return new GoValue(result, x * y, null);
                case DIV: case MOD:
                    if (y == 0) {
                        return null;
                    }
                    return new GoValue(result, op == BinaryOp.DIV ? x / y : x % y, null);
                case EQ: return ofBool(x == y);
                case NE: return ofBool(x != y);
                case LT: return ofBool(x < y);
                case LE: return ofBool(x <= y);
                case GT: return ofBool(x > y);
                case GE: return ofBool(x >= y);
                case AND: return ofBool(x != 0 && y != 0);
                default: return ofBool(x != 0 || y != 0);
            }
        }
        if (result == Kind.DURATION) {
            return null;  // a duration computed at run time: the subset needs constant durations
        }
        return new GoValue(result == Kind.BOOL ? Kind.BOOL : Kind.INT, 0, new Expr.Binary(op, a.toExpr(), b.toExpr()));
    }

    static GoValue unary(UnaryOp op, GoValue a) {
        if (op == UnaryOp.NOT ? a.kind != Kind.BOOL : a.kind != Kind.INT && a.kind != Kind.DURATION) {
            return null;
        }
        if (a.isConstant()) {
            return new GoValue(a.kind, op == UnaryOp.NOT ? 1 - a.constant : -a.constant, null);
        }
        return new GoValue(a.kind, 0, new Expr.Unary(op, a.expr));
    }
}
