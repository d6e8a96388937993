package org.interleave.engine.expr;

/**
 * A syntax or type error in an expression, with the 0-based character offset in the source
 * string where the problem is. Nodes that were not produced by {@link ExprParser} have no known
 * offset; errors about them report offset 0.
 */
public final class ExprException extends Exception {
    private final int offset;

    public ExprException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    /** 0-based character offset into the expression's source string. */
    public int offset() {
        return offset;
    }
}
