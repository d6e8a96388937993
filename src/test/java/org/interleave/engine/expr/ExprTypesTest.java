package org.interleave.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExprTypesTest {

    private static final Map<String, ValueType> LOCALS =
            Map.of("i", ValueType.INT, "n", ValueType.INT, "done", ValueType.BOOL, "ok", ValueType.BOOL);
    private static final Function<String, ValueType> LOCAL_TYPE = LOCALS::get;

    private static ValueType typeOf(String source) throws ExprException {
        return ExprTypes.check(ExprParser.parse(source), LOCAL_TYPE);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiterString = "=>", value = {
        "i*2 + 1                       => INT",
        "-n % 3                        => INT",
        "i < n                         => BOOL",
        "done == ok                    => BOOL",
        "i != 0 && !done || ok         => BOOL",
        "true                          => BOOL",
        "-9223372036854775808          => INT",
    })
    void wellTypedExpressionsGetTheirGoType(String source, ValueType type) throws ExprException {
        assertEquals(type, typeOf(source));
    }

    @ParameterizedTest(name = "\"{0}\" fails at {1}: {2}")
    @CsvSource(delimiterString = "=>", value = {
        "x + true          => 2  => mismatched types int and bool in x + true",
        "i + done          => 2  => mismatched types int and bool in i + done",
        "i == done         => 2  => mismatched types int and bool in i == done",
        "done && i > 0 || i => 14 => mismatched types bool and int in done && i > 0 || i",
        "done + ok         => 5  => operator + not defined on bool",
        "done < ok         => 5  => operator < not defined on bool",
        "i && n            => 2  => operator && not defined on int",
        "!i                => 0  => operator ! not defined on int",
        "1 + -done         => 4  => operator - not defined on bool",
        "i + missing       => 4  => undefined: missing",
    })
    void illTypedExpressionsAreRejectedAtTheOffendingOperator(String source, int offset, String message) {
        Map<String, ValueType> withX = new java.util.HashMap<>(LOCALS);
        withX.put("x", ValueType.INT);
        ExprException e = assertThrows(ExprException.class,
                () -> ExprTypes.check(ExprParser.parse(source), withX::get));
        assertEquals(message, e.getMessage());
        assertEquals(offset, e.offset());
    }

    @Test
    void undefinedLocalIsReportedAtItsFirstUse() {
        ExprException e = assertThrows(ExprException.class, () -> typeOf("i < (1 + (count))"));
        assertEquals("undefined: count", e.getMessage());
        assertEquals(10, e.offset());
    }

    @Test
    void errorsInTreesBuiltInCodeReportOffsetZero() {
        Expr built = new Expr.Binary(BinaryOp.ADD, Expr.of(1), Expr.of(true));
        ExprException e = assertThrows(ExprException.class, () -> ExprTypes.check(built, LOCAL_TYPE));
        assertEquals("mismatched types int and bool in 1 + true", e.getMessage());
        assertEquals(0, e.offset());
    }

    @Test
    void localsAreListedOnceInFirstUseOrder() throws ExprException {
        Expr e = ExprParser.parse("(b + a) * b < c - a && !d");
        assertEquals(List.of("b", "a", "c", "d"), List.copyOf(ExprTypes.locals(e)));
        assertEquals(List.of(), List.copyOf(ExprTypes.locals(ExprParser.parse("1 + 2 == 3"))));
    }
}
