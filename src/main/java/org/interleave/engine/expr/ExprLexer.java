package org.interleave.engine.expr;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression's source into tokens, rejecting characters Go would read differently. */
final class ExprLexer {

    enum Kind { INT, IDENT, OP, LPAREN, RPAREN, EOF }

    record Token(Kind kind, String text, int offset) {
        /** How the token is quoted in messages. */
        String quoted() {
            return kind == Kind.EOF ? "end of expression" : "'" + text + "'";
        }
    }

    /**
     * At most this many operators and opening parentheses: the tree's depth is bounded by their
     * count, and every pass over a tree recurses on its depth. Level expressions are far smaller.
     */
    static final int MAX_OPERATORS = 1000;

    private static final List<String> OPERATORS = List.of(
            "&&", "||", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "<", ">", "!");

    private ExprLexer() {}

    static List<Token> tokenize(String source) throws ExprException {
        List<Token> tokens = new ArrayList<>();
        int operators = 0;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
                continue;
            }
            Token token = next(source, i);
            if (token.kind() == Kind.OP || token.kind() == Kind.LPAREN) {
                if (++operators > MAX_OPERATORS) {
                    throw new ExprException("expression too complex", i);
                }
            }
            tokens.add(token);
            i += token.text().length();
        }
        tokens.add(new Token(Kind.EOF, "", source.length()));
        return tokens;
    }

    private static Token next(String source, int start) throws ExprException {
        char c = source.charAt(start);
        if (isIdentStart(c)) {
            return new Token(Kind.IDENT, source.substring(start, scanWord(source, start)), start);
        }
        if (c >= '0' && c <= '9') {
            return number(source.substring(start, scanWord(source, start)), start);
        }
        if (c == '(') {
            return new Token(Kind.LPAREN, "(", start);
        }
        if (c == ')') {
            return new Token(Kind.RPAREN, ")", start);
        }
        // Go reads "--" and "++" as the decrement and increment statements, so neither may
        // appear inside an expression ("- -x" is fine).
        if (source.startsWith("--", start) || source.startsWith("++", start)) {
            throw new ExprException("unexpected '" + source.substring(start, start + 2) + "'", start);
        }
        for (String op : OPERATORS) {
            if (source.startsWith(op, start)) {
                return new Token(Kind.OP, op, start);
            }
        }
        throw new ExprException(switch (c) {
            case '=' -> "unexpected '=' (did you mean '=='?)";
            case '&' -> "unexpected '&' (did you mean '&&'?)";
            case '|' -> "unexpected '|' (did you mean '||'?)";
            default -> Character.isISOControl(c) || Character.isSurrogate(c)
                    ? String.format("invalid character U+%04X", (int) c)
                    : "invalid character '" + c + "'";
        }, start);
    }

    /**
     * Decimal only. A leading zero is refused because Go would read {@code 012} as octal 10, and
     * letters glued to digits ({@code 0x1F}, {@code 1_000}, {@code 3x}) because this language
     * has no such literals.
     */
    private static Token number(String text, int start) throws ExprException {
        boolean digitsOnly = text.chars().allMatch(ch -> ch >= '0' && ch <= '9');
        if (!digitsOnly || (text.length() > 1 && text.charAt(0) == '0')) {
            throw new ExprException("invalid integer literal '" + text + "'", start);
        }
        return new Token(Kind.INT, text, start);
    }

    private static int scanWord(String source, int start) {
        int end = start;
        while (end < source.length() && isIdentPart(source.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9');
    }
}
