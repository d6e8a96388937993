package org.interleave.engine.expr;

/** Go's run-time panic for integer {@code /} or {@code %} by zero. */
public final class DivideByZero extends RuntimeException {
    public DivideByZero() {
        super("runtime error: integer divide by zero");
    }
}
