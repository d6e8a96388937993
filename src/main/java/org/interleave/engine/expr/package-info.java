/**
 * The expression language of level designs (DESIGN §3): Go-like expressions over 64-bit ints
 * and bools, as found in {@code value}, {@code cond}, {@code n} and {@code times} fields.
 *
 * <p>A level file's string is turned into a tree by {@link org.interleave.engine.expr.ExprParser},
 * checked against the goroutine's locals by {@link org.interleave.engine.expr.ExprTypes},
 * evaluated during a run by {@link org.interleave.engine.expr.ExprEval} and printed back as Go by
 * {@link org.interleave.engine.expr.ExprPrinter} (for messages and export-go). JSON numbers and
 * booleans become trees through {@code Expr.of}.
 *
 * <pre>{@code
 * Expr e = ExprParser.parse("i*2 + 1 < n && !done");
 * ExprTypes.check(e, locals::get);          // BOOL, or "undefined: n" at offset 10
 * boolean go = ExprEval.truth(e, env);      // bools are 0/1 in an Env
 * }</pre>
 */
package org.interleave.engine.expr;
