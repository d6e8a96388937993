package org.interleave.engine.expr;

/** The type of an expression: Go's {@code int} (64-bit) or {@code bool}. */
public enum ValueType {
    INT, BOOL;

    /** The Go spelling, as used in messages: {@code int} or {@code bool}. */
    public String goName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return goName();
    }
}
