package org.interleave.engine.expr;

/**
 * An expression of a level design (DESIGN §3): a tree over 64-bit ints and bools.
 *
 * <p>Nodes are plain values: two trees are {@code equals} when they have the same shape, whatever
 * text they were parsed from. Source offsets of parsed nodes live outside the tree (see
 * {@link ExprParser#offsetOf}), so they never take part in equality.
 */
public sealed interface Expr permits Expr.IntLit, Expr.BoolLit, Expr.Local, Expr.Unary, Expr.Binary {

    /** An integer constant. The parser yields only non-negative ones, plus {@code Long.MIN_VALUE}. */
    record IntLit(long value) implements Expr {}

    /** {@code true} or {@code false}. */
    record BoolLit(boolean value) implements Expr {}

    /** A goroutine-local variable, read by name. */
    record Local(String name) implements Expr {
        public Local {
            java.util.Objects.requireNonNull(name, "name");
        }
    }

    /** {@code -operand} or {@code !operand}. */
    record Unary(UnaryOp op, Expr operand) implements Expr {
        public Unary {
            java.util.Objects.requireNonNull(op, "op");
            java.util.Objects.requireNonNull(operand, "operand");
        }
    }

    /** {@code left op right}. */
    record Binary(BinaryOp op, Expr left, Expr right) implements Expr {
        public Binary {
            java.util.Objects.requireNonNull(op, "op");
            java.util.Objects.requireNonNull(left, "left");
            java.util.Objects.requireNonNull(right, "right");
        }
    }

    /** The expression a JSON number stands for. */
    static Expr of(long v) {
        return new IntLit(v);
    }

    /** The expression a JSON boolean stands for. */
    static Expr of(boolean b) {
        return new BoolLit(b);
    }
}
