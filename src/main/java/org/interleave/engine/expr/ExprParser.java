package org.interleave.engine.expr;

import java.util.List;
import java.util.OptionalInt;
import org.interleave.engine.expr.ExprLexer.Kind;
import org.interleave.engine.expr.ExprLexer.Token;

/**
 * Parses the Go-like expression strings of level files into {@link Expr} trees, by precedence
 * climbing over Go's five binary levels; unary {@code -} and {@code !} bind tightest.
 *
 * <p>The parser records where each node starts (for a binary node: where its operator is) so that
 * {@link ExprTypes#check} can point at the problem; see {@link #offsetOf}.
 *
 * <p>{@code -9223372036854775808} parses, as in Go, to the literal {@code Long.MIN_VALUE}: a minus
 * sign directly before the literal 9223372036854775808 is folded into it. Every other
 * {@code -n} is a {@link Expr.Unary} of a non-negative literal, so printing and parsing again
 * gives back the same tree.
 */
public final class ExprParser {
    private static final String MIN_INT64_MAGNITUDE = "9223372036854775808";

    private final List<Token> tokens;
    private int next;

    private ExprParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses a whole expression; trailing text, empty input and unknown characters are errors. */
    public static Expr parse(String source) throws ExprException {
        ExprParser parser = new ExprParser(ExprLexer.tokenize(source));
        if (parser.peek().kind() == Kind.EOF) {
            throw new ExprException("empty expression", 0);
        }
        Expr expr = parser.binary(1);
        Token rest = parser.peek();
        if (rest.kind() != Kind.EOF) {
            throw new ExprException("unexpected " + rest.quoted(), rest.offset());
        }
        return expr;
    }

    /**
     * The offset in its source string of a node returned by {@link #parse} (or inside one): where
     * a literal, local or unary operator starts, or where a binary operator is. Empty for nodes
     * built in code.
     */
    public static OptionalInt offsetOf(Expr node) {
        int offset = SourcePositions.offsetOf(node);
        return offset < 0 ? OptionalInt.empty() : OptionalInt.of(offset);
    }

    /** Parses operands joined by operators of precedence {@code minPrecedence} or more. */
    private Expr binary(int minPrecedence) throws ExprException {
        Expr left = unary();
        while (true) {
            Token token = peek();
            BinaryOp op = token.kind() == Kind.OP ? BinaryOp.ofSymbol(token.text()) : null;
            if (op == null || op.precedence() < minPrecedence) {
                return left;
            }
            next++;
            // precedence + 1 on the right makes every level left-associative: 10 - 3 - 2 == 5
            Expr right = binary(op.precedence() + 1);
            left = at(new Expr.Binary(op, left, right), token.offset());
        }
    }

    private Expr unary() throws ExprException {
        Token token = peek();
        UnaryOp op = token.kind() != Kind.OP ? null : switch (token.text()) {
            case "-" -> UnaryOp.NEG;
            case "!" -> UnaryOp.NOT;
            default -> null;
        };
        if (op == null) {
            return primary();
        }
        next++;
        Token operand = peek();
        if (op == UnaryOp.NEG && operand.kind() == Kind.INT && operand.text().equals(MIN_INT64_MAGNITUDE)) {
            next++;
            return at(new Expr.IntLit(Long.MIN_VALUE), token.offset());
        }
        return at(new Expr.Unary(op, unary()), token.offset());
    }

    private Expr primary() throws ExprException {
        Token token = peek();
        switch (token.kind()) {
            case INT -> {
                next++;
                return at(new Expr.IntLit(integer(token)), token.offset());
            }
            case IDENT -> {
                next++;
                return at(switch (token.text()) {
                    case "true" -> new Expr.BoolLit(true);
                    case "false" -> new Expr.BoolLit(false);
                    case "_" -> throw new ExprException("cannot use _ as value", token.offset());
                    default -> new Expr.Local(token.text());
                }, token.offset());
            }
            case LPAREN -> {
                next++;
                Expr inner = binary(1);
                Token close = peek();
                if (close.kind() != Kind.RPAREN) {
                    throw new ExprException(close.kind() == Kind.EOF
                            ? "expected ')'"
                            : "expected ')', found " + close.quoted(), close.offset());
                }
                next++;
                return inner;
            }
            case RPAREN -> throw new ExprException("unexpected ')'", token.offset());
            default -> throw new ExprException("expected an operand", token.offset());
        }
    }

    private static long integer(Token token) throws ExprException {
        try {
            return Long.parseLong(token.text());
        } catch (NumberFormatException e) {
            throw new ExprException("integer literal out of range", token.offset());
        }
    }

    private Token peek() {
        return tokens.get(next);
    }

    private static Expr at(Expr node, int offset) {
        SourcePositions.record(node, offset);
        return node;
    }
}
