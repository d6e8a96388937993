package org.interleave.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.interleave.engine.expr.Expr.Binary;
import org.interleave.engine.expr.Expr.BoolLit;
import org.interleave.engine.expr.Expr.IntLit;
import org.interleave.engine.expr.Expr.Local;
import org.interleave.engine.expr.Expr.Unary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExprParserTest {

    private static final Expr x = new Local("x");
    private static final Expr y = new Local("y");

    private static Expr lit(long v) {
        return new IntLit(v);
    }

    private static Expr bin(BinaryOp op, Expr l, Expr r) {
        return new Binary(op, l, r);
    }

    @Test
    void multiplicationBindsTighterThanAddition() throws ExprException {
        assertEquals(bin(BinaryOp.ADD, lit(1), bin(BinaryOp.MUL, lit(2), lit(3))), ExprParser.parse("1 + 2 * 3"));
        assertEquals(bin(BinaryOp.ADD, bin(BinaryOp.MOD, x, lit(2)), lit(1)), ExprParser.parse("x%2 + 1"));
    }

    @Test
    void comparisonBindsTighterThanAndWhichBindsTighterThanOr() throws ExprException {
        Expr expected = bin(BinaryOp.OR,
                bin(BinaryOp.LT, x, lit(1)),
                bin(BinaryOp.AND, bin(BinaryOp.EQ, y, lit(2)), new BoolLit(true)));
        assertEquals(expected, ExprParser.parse("x < 1 || y == 2 && true"));
    }

    @Test
    void additionBindsTighterThanComparison() throws ExprException {
        assertEquals(bin(BinaryOp.GE, bin(BinaryOp.SUB, x, lit(1)), y), ExprParser.parse("x - 1 >= y"));
    }

    @Test
    void binaryOperatorsAreLeftAssociative() throws ExprException {
        assertEquals(bin(BinaryOp.SUB, bin(BinaryOp.SUB, lit(10), lit(3)), lit(2)), ExprParser.parse("10 - 3 - 2"));
        assertEquals(bin(BinaryOp.DIV, bin(BinaryOp.DIV, lit(100), lit(10)), lit(5)), ExprParser.parse("100/10/5"));
    }

    @Test
    void parenthesesOverridePrecedence() throws ExprException {
        assertEquals(bin(BinaryOp.MUL, bin(BinaryOp.ADD, x, lit(1)), lit(2)), ExprParser.parse("((x + 1)) * 2"));
        assertEquals(bin(BinaryOp.SUB, lit(10), bin(BinaryOp.SUB, lit(3), lit(2))), ExprParser.parse("10 - (3 - 2)"));
    }

    @Test
    void unaryOperatorsBindTighterThanBinaryOnes() throws ExprException {
        assertEquals(bin(BinaryOp.MUL, new Unary(UnaryOp.NEG, x), y), ExprParser.parse("-x * y"));
        assertEquals(bin(BinaryOp.AND, new Unary(UnaryOp.NOT, new Local("done")), new BoolLit(false)),
                ExprParser.parse("!done && false"));
        assertEquals(new Unary(UnaryOp.NOT, new Unary(UnaryOp.NOT, new Local("ok"))), ExprParser.parse("!!ok"));
        assertEquals(new Unary(UnaryOp.NEG, new Unary(UnaryOp.NEG, x)), ExprParser.parse("- -x"));
    }

    @Test
    void trueAndFalseAreLiteralsNotLocals() throws ExprException {
        assertEquals(new BoolLit(true), ExprParser.parse("true"));
        assertEquals(new Local("truth"), ExprParser.parse("truth"));
        assertEquals(new Local("_count2"), ExprParser.parse(" _count2\t"));
    }

    @Test
    void minInt64LiteralParsesOnlyWithItsMinusSign() throws ExprException {
        assertEquals(lit(Long.MIN_VALUE), ExprParser.parse("-9223372036854775808"));
        assertEquals(bin(BinaryOp.SUB, x, lit(Long.MIN_VALUE)), ExprParser.parse("x - -9223372036854775808"));
        assertEquals(lit(Long.MAX_VALUE), ExprParser.parse("9223372036854775807"));
        assertEquals(new Unary(UnaryOp.NEG, lit(5)), ExprParser.parse("-5"));
        assertError("integer literal out of range", 0, "9223372036854775808");
        assertError("integer literal out of range", 4, "x - 9223372036854775808");
        assertError("integer literal out of range", 2, "-(9223372036854775808)");
        assertError("integer literal out of range", 0, "99999999999999999999999");
    }

    @Test
    void offsetsPointAtLiteralsLocalsAndOperators() throws ExprException {
        Binary sum = (Binary) ExprParser.parse(" (a +  -b)");
        assertEquals(4, ExprParser.offsetOf(sum).getAsInt());
        assertEquals(2, ExprParser.offsetOf(sum.left()).getAsInt());
        assertEquals(7, ExprParser.offsetOf(sum.right()).getAsInt());
        assertEquals(8, ExprParser.offsetOf(((Unary) sum.right()).operand()).getAsInt());
        assertEquals(true, ExprParser.offsetOf(new Local("a")).isEmpty());
    }

    @Test
    void equalSourcesAtDifferentOffsetsGiveEqualTrees() throws ExprException {
        assertEquals(ExprParser.parse("x+1"), ExprParser.parse("   x   +   1  "));
    }

    @ParameterizedTest(name = "\"{0}\" fails at {1}: {2}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', value = {
        "\"\"           => 0  => empty expression",
        "\"   \"        => 0  => empty expression",
        "x = 1          => 2  => unexpected '=' (did you mean '=='?)",
        "a & b          => 2  => unexpected '&' (did you mean '&&'?)",
        "a | b          => 2  => unexpected '|' (did you mean '||'?)",
        "x ^ 1          => 2  => invalid character '^'",
        "1 +            => 3  => expected an operand",
        "1 + * 2        => 4  => expected an operand",
        "()             => 1  => unexpected ')'",
        "(1 + 2         => 6  => expected ')'",
        "(1 2)          => 3  => expected ')', found '2'",
        "1 2            => 2  => unexpected '2'",
        "x)             => 1  => unexpected ')'",
        "f(x)           => 1  => unexpected '('",
        "x--1           => 1  => unexpected '--'",
        "x++            => 1  => unexpected '++'",
        "012            => 0  => invalid integer literal '012'",
        "0x1F           => 0  => invalid integer literal '0x1F'",
        "3x             => 0  => invalid integer literal '3x'",
        "_ + 1          => 0  => cannot use _ as value",
        "x << 1         => 3  => expected an operand",
    })
    void malformedSourceIsRejectedWithOffset(String source, int offset, String message) {
        assertError(message, offset, source);
    }

    @Test
    void absurdlyDeepExpressionIsRejectedRatherThanOverflowingTheStack() {
        assertError("expression too complex", 1000, "(".repeat(1001) + "1" + ")".repeat(1001));
        assertError("expression too complex", 2001, "1" + "+1".repeat(1001));
    }

    private static void assertError(String message, int offset, String source) {
        ExprException e = assertThrows(ExprException.class, () -> ExprParser.parse(source));
        assertEquals(message, e.getMessage(), "message for " + source);
        assertEquals(offset, e.offset(), "offset for " + source);
    }
}
