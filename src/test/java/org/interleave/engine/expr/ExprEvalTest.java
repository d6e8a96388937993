package org.interleave.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExprEvalTest {

    private static final Map<String, Long> VALUES = Map.of(
            "i", 7L, "zero", 0L, "max", Long.MAX_VALUE, "min", Long.MIN_VALUE, "done", 1L, "ok", 0L);
    private static final Env ENV = VALUES::get;

    private static long eval(String source) throws ExprException {
        return ExprEval.eval(ExprParser.parse(source), ENV);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiterString = "=>", value = {
        "10 - 3 - 2             => 5",
        "2 + 3 * 4              => 14",
        "(2 + 3) * 4            => 20",
        "100 / 10 / 5           => 2",
        "-i * 2                 => -14",
        "i % 4                  => 3",
        "i > 3 && i < 10        => 1",
        "!done || ok            => 0",
        "done == ok             => 0",
        "done != ok             => 1",
        "true                   => 1",
        "false || !false        => 1",
    })
    void operatorsComputeGoValues(String source, long value) throws ExprException {
        assertEquals(value, eval(source));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiterString = "=>", value = {
        "-7 / 2                 => -3",
        "-7 % 2                 => -1",
        "7 % -2                 => 1",
        "7 / -2                 => -3",
    })
    void divisionTruncatesTowardZeroLikeGo(String source, long value) throws ExprException {
        assertEquals(value, eval(source));
    }

    @Test
    void integerArithmeticWrapsLikeInt64() throws ExprException {
        assertEquals(Long.MIN_VALUE, eval("max + 1"));
        assertEquals(Long.MAX_VALUE, eval("min - 1"));
        assertEquals(Long.MIN_VALUE, eval("-min"));
        assertEquals(-2, eval("max * 2"));
        assertEquals(Long.MIN_VALUE, eval("min / -1"));
        assertEquals(0, eval("min % -1"));
    }

    @Test
    void divisionByZeroPanicsWithGosMessage() {
        DivideByZero e = assertThrows(DivideByZero.class, () -> eval("i / zero"));
        assertEquals("runtime error: integer divide by zero", e.getMessage());
        assertThrows(DivideByZero.class, () -> eval("i % (i - 7)"));
    }

    @Test
    void andOrShortCircuit() throws ExprException {
        assertEquals(0, eval("false && 1/0 == 0"));
        assertEquals(1, eval("true || i % zero == 0"));
        assertThrows(DivideByZero.class, () -> eval("true && 1/0 == 0"));
        assertThrows(DivideByZero.class, () -> eval("false || 1/0 == 0"));
    }

    @Test
    void andOrDoNotReadTheRightSideWhenTheLeftDecides() throws ExprException {
        Env strict = local -> switch (local) {
            case "t" -> 1L;
            case "f" -> 0L;
            default -> throw new AssertionError("read " + local);
        };
        assertFalse(ExprEval.truth(ExprParser.parse("f && unread"), strict));
        assertTrue(ExprEval.truth(ExprParser.parse("t || unread"), strict));
    }

    @Test
    void truthIsNonZero() {
        assertTrue(ExprEval.truth(Expr.of(true), ENV));
        assertFalse(ExprEval.truth(Expr.of(false), ENV));
        assertTrue(ExprEval.truth(new Expr.Local("i"), ENV));
        assertEquals(-5, ExprEval.eval(Expr.of(-5), ENV));
    }
}
