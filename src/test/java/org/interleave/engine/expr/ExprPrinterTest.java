package org.interleave.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExprPrinterTest {

    /** Expected outputs are what gofmt prints for the same expression standing alone. */
    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource(delimiterString = "=>", value = {
        "i * 2 + 1                 => i*2 + 1",
        "(a+b)*c                   => (a + b) * c",
        "a+b                       => a + b",
        "a*b                       => a * b",
        "x==1&&y<2                 => x == 1 && y < 2",
        "a + b*c == d              => a+b*c == d",
        "((a))                     => a",
        "!done                     => !done",
        "!(a && b)                 => !(a && b)",
        "-x                        => -x",
        "-(x + 1)                  => -(x + 1)",
        "- -x                      => - -x",
        "a - -b                    => a - -b",
        "a - (b - c)               => a - (b - c)",
        "(a - b) - c               => a - b - c",
        "a || b && c               => a || b && c",
        "(a || b) && c             => (a || b) && c",
        "a * (b + c) - d           => a*(b+c) - d",
        "(a + b) * (c - d) / 2     => (a + b) * (c - d) / 2",
        "a % 2 == 0 && b - 1 > c   => a%2 == 0 && b-1 > c",
        "-9223372036854775808      => -9223372036854775808",
        "a - -9223372036854775808  => a - -9223372036854775808",
    })
    void printsLikeGofmtWithMinimalParentheses(String source, String go) throws ExprException {
        assertEquals(go, ExprPrinter.toGo(ExprParser.parse(source)));
    }

    @Test
    void negativeLiteralsPrintAsUnaryMinus() {
        assertEquals("-5", ExprPrinter.toGo(Expr.of(-5)));
        assertEquals("x - -5", ExprPrinter.toGo(new Expr.Binary(BinaryOp.SUB, new Expr.Local("x"), Expr.of(-5))));
        assertEquals("- -5", ExprPrinter.toGo(new Expr.Unary(UnaryOp.NEG, Expr.of(-5))));
    }

    @Test
    void printedSourceParsesBackToTheSameTree() throws ExprException {
        for (String source : new String[] {"i*2 + 1", "(a + b) * (c - d) / 2", "!(x < 1 || y >= 2) && z",
                "10 - (3 - 2)", "- -x % -y", "a - b - c"}) {
            Expr e = ExprParser.parse(source);
            assertEquals(e, ExprParser.parse(ExprPrinter.toGo(e)), source);
        }
    }
}
