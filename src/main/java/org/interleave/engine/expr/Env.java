package org.interleave.engine.expr;

/** The values of a goroutine's locals during evaluation; bools are 0 (false) or 1 (true). */
@FunctionalInterface
public interface Env {
    /** The current value of {@code local}. */
    long get(String local);
}
