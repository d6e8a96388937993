package org.interleave.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Printing and parsing are inverse: for well-typed random trees, {@code parse(toGo(e))} is the
 * same tree, with the same type and the same value (or the same divide-by-zero panic).
 */
class ExprRoundTripProperties {

    private static final Map<String, ValueType> LOCAL_TYPES =
            Map.of("a", ValueType.INT, "b", ValueType.INT, "n", ValueType.INT,
                    "done", ValueType.BOOL, "ok", ValueType.BOOL);

    @Property(tries = 2000)
    void parsingPrintedSourceGivesBackTheSameTree(@ForAll("boolOrIntTrees") Expr e) throws ExprException {
        String go = ExprPrinter.toGo(e);
        Expr parsed = ExprParser.parse(go);
        assertEquals(e, parsed, go);
        assertEquals(go, ExprPrinter.toGo(parsed));
        assertEquals(ExprTypes.check(e, LOCAL_TYPES::get), ExprTypes.check(parsed, LOCAL_TYPES::get), go);
    }

    @Property(tries = 2000)
    void parsingPrintedSourceKeepsTheValue(@ForAll("boolOrIntTrees") Expr e,
            @ForAll long a, @ForAll("small") long b, @ForAll("small") long n,
            @ForAll boolean done, @ForAll boolean ok) throws ExprException {
        Map<String, Long> values = Map.of("a", a, "b", b, "n", n, "done", done ? 1L : 0L, "ok", ok ? 1L : 0L);
        Env env = values::get;
        assertEquals(outcome(e, env), outcome(ExprParser.parse(ExprPrinter.toGo(e)), env), ExprPrinter.toGo(e));
    }

    /** Trees built in code may hold negative literals, which parse back as unary minus: same value. */
    @Property(tries = 1000)
    void negativeLiteralsKeepTheirValueThroughPrinting(@ForAll("anyLiteralTrees") Expr e) throws ExprException {
        Env env = local -> 3;
        assertEquals(outcome(e, env), outcome(ExprParser.parse(ExprPrinter.toGo(e)), env), ExprPrinter.toGo(e));
    }

    private static String outcome(Expr e, Env env) {
        try {
            return Long.toString(ExprEval.eval(e, env));
        } catch (DivideByZero panic) {
            return panic.getMessage();
        }
    }

    @Provide
    Arbitrary<Long> small() {
        return Arbitraries.longs().between(-3, 3);
    }

    @Provide
    Arbitrary<Expr> boolOrIntTrees() {
        return Arbitraries.oneOf(ints(4, canonicalLiterals()), bools(4, canonicalLiterals()));
    }

    @Provide
    Arbitrary<Expr> anyLiteralTrees() {
        return ints(4, Arbitraries.longs().map(Expr::of));
    }

    /** Literals as the parser yields them: non-negative, or MinInt64. */
    private static Arbitrary<Expr> canonicalLiterals() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.longs().between(0, 10)),
                Tuple.of(2, Arbitraries.longs().between(0, Long.MAX_VALUE)),
                Tuple.of(1, Arbitraries.just(Long.MIN_VALUE))).map(Expr::of);
    }

    private static Arbitrary<Expr> ints(int depth, Arbitrary<Expr> literals) {
        Arbitrary<Expr> leaf = Arbitraries.oneOf(literals, Arbitraries.of("a", "b", "n").map(Expr.Local::new));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Expr> smaller = Arbitraries.lazy(() -> ints(depth - 1, literals));
        return Arbitraries.frequencyOf(
                Tuple.of(2, leaf),
                Tuple.of(1, smaller.map(x -> new Expr.Unary(UnaryOp.NEG, x))),
                Tuple.of(4, Combinators.combine(
                        Arbitraries.of(BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.DIV, BinaryOp.MOD),
                        smaller, smaller).as(Expr.Binary::new)));
    }

    private static Arbitrary<Expr> bools(int depth, Arbitrary<Expr> literals) {
        Arbitrary<Expr> leaf = Arbitraries.oneOf(
                Arbitraries.of(true, false).map(Expr::of),
                Arbitraries.of("done", "ok").map(Expr.Local::new));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Expr> smallerBools = Arbitraries.lazy(() -> bools(depth - 1, literals));
        Arbitrary<Expr> smallerInts = Arbitraries.lazy(() -> ints(depth - 1, literals));
        return Arbitraries.frequencyOf(
                Tuple.of(2, leaf),
                Tuple.of(1, smallerBools.map(x -> new Expr.Unary(UnaryOp.NOT, x))),
                Tuple.of(3, Combinators.combine(
                        Arbitraries.of(BinaryOp.AND, BinaryOp.OR, BinaryOp.EQ, BinaryOp.NE),
                        smallerBools, smallerBools).as(Expr.Binary::new)),
                Tuple.of(3, Combinators.combine(
                        Arbitraries.of(BinaryOp.EQ, BinaryOp.NE, BinaryOp.LT, BinaryOp.LE, BinaryOp.GT, BinaryOp.GE),
                        smallerInts, smallerInts).as(Expr.Binary::new)));
    }
}
