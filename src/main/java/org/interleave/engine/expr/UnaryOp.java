package org.interleave.engine.expr;

/** A prefix operator, with its Go symbol. */
public enum UnaryOp {
    /** Integer negation; wraps like Go, so {@code -MinInt64 == MinInt64}. */
    NEG("-"),
    /** Boolean not. */
    NOT("!");

    /** Go's {@code token.UnaryPrec}: prefix operators bind tighter than every binary one. */
    public static final int PRECEDENCE = 6;

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Go. */
    public String symbol() {
        return symbol;
    }
}
