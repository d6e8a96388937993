package org.interleave.engine.expr;

/** An infix operator, with its Go symbol and Go precedence (5 binds tightest, 1 loosest). */
public enum BinaryOp {
    ADD("+", 4), SUB("-", 4), MUL("*", 5), DIV("/", 5), MOD("%", 5),
    EQ("==", 3), NE("!=", 3), LT("<", 3), LE("<=", 3), GT(">", 3), GE(">=", 3),
    AND("&&", 2), OR("||", 1);

    private final String symbol;
    private final int precedence;

    BinaryOp(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    /** The operator as written in Go. */
    public String symbol() {
        return symbol;
    }

    /** Go's precedence: {@code ||} 1, {@code &&} 2, comparisons 3, {@code + -} 4, {@code * / %} 5. */
    public int precedence() {
        return precedence;
    }

    /** True for {@code + - * / %}: int operands, int result. */
    public boolean isArithmetic() {
        return precedence >= 4;
    }

    /** True for {@code == != < <= > >=}: bool result. */
    public boolean isComparison() {
        return precedence == 3;
    }

    /** True for {@code && ||}: bool operands, bool result, right side evaluated only if needed. */
    public boolean isLogical() {
        return precedence <= 2;
    }

    /** The operator written {@code symbol}, or null if there is none. */
    static BinaryOp ofSymbol(String symbol) {
        for (BinaryOp op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        return null;
    }
}
