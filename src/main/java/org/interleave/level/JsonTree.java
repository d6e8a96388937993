package org.interleave.level;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON document read with Jackson's streaming parser into a small tree that remembers where
 * every value and field name starts, so later checks can point at them.
 */
final class JsonTree {
    /** Deeper than any sensible level (16 levels of nested ops are about 70 JSON levels). */
    static final int MAX_NESTING = 200;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build();

    private JsonTree() {}

    /** A 1-based line and column, and the 0-based character offset in the text. */
    record Pos(int line, int column, long offset) {}

    /** A JSON value and where it starts. */
    sealed interface Node {
        Pos pos();
    }

    /** An object; members keep file order. */
    record Obj(Pos pos, List<Member> members) implements Node {
        Member member(String name) {
            for (Member m : members) {
                if (m.name().equals(name)) {
                    return m;
                }
            }
            return null;
        }
    }

    /** A field of an object: its name, where the name starts, and its value. */
    record Member(String name, Pos namePos, Node value) {}

    record Arr(Pos pos, List<Node> items) implements Node {}

    /** A string; {@code plain} when it has no escapes, so offsets in it are columns after the quote. */
    record Str(Pos pos, String value, boolean plain) implements Node {}

    /** A number as written; {@code integral} when it has no fraction or exponent. */
    record Num(Pos pos, String text, boolean integral) implements Node {}

    record Bool(Pos pos, boolean value) implements Node {}

    record Null(Pos pos) implements Node {}

    /** Text that is not one well-formed JSON value. */
    static final class SyntaxError extends Exception {
        private final transient Pos pos;

        SyntaxError(String message, Pos pos) {
            super(message);
            this.pos = pos;
        }

        Pos pos() {
            return pos;
        }
    }

    /** Reads exactly one JSON value from {@code text}. */
    static Node parse(String text) throws SyntaxError {
        JsonParser p;
        try {
            p = FACTORY.createParser(text);
        } catch (IOException e) {
            throw new SyntaxError("invalid JSON: " + e.getMessage(), new Pos(1, 1, 0));
        }
        try (p) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new SyntaxError("file is empty", new Pos(1, 1, 0));
            }
            Node root = read(p, text);
            if (p.nextToken() != null) {
                throw new SyntaxError("invalid JSON: unexpected content after the end of the value", pos(p));
            }
            return root;
        } catch (StreamConstraintsException e) {
            // the exception has no location; the parser has just read the bracket (or number) that was too much
            String m = String.valueOf(e.getMessage());
            if (m.startsWith("Number value length") || m.startsWith("Number length")) {
                throw new SyntaxError("number is too long: JSON numbers have at most "
                        + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + " digits", pos(p));
            }
            if (m.contains("nesting depth") || m.contains("Nesting depth")) {
                throw new SyntaxError("JSON is nested more than " + MAX_NESTING + " levels deep", pos(p));
            }
            throw new SyntaxError("invalid JSON: a value is too large", pos(p));
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            if (message.startsWith("Duplicate field '")) {
                throw new SyntaxError("duplicate field " + message.substring("Duplicate field ".length()),
                        nameStart(text, e.getLocation()));
            }
            throw new SyntaxError("invalid JSON: " + tidy(message), at(e.getLocation()));
        } catch (IOException e) {
            throw new SyntaxError("invalid JSON: " + e.getMessage(), new Pos(1, 1, 0));
        }
    }

    private static Node read(JsonParser p, String text) throws IOException {
        Pos pos = pos(p);
        return switch (p.currentToken()) {
            case START_OBJECT -> {
                List<Member> members = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    Pos namePos = pos(p);
                    p.nextToken();
                    members.add(new Member(name, namePos, read(p, text)));
                }
                yield new Obj(pos, List.copyOf(members));
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, text));
                }
                yield new Arr(pos, List.copyOf(items));
            }
            case VALUE_STRING -> {
                String value = p.getText();
                yield new Str(pos, value, isPlain(text, (int) pos.offset(), value));
            }
            case VALUE_NUMBER_INT -> new Num(pos, p.getText(), true);
            case VALUE_NUMBER_FLOAT -> new Num(pos, p.getText(), false);
            case VALUE_TRUE -> new Bool(pos, true);
            case VALUE_FALSE -> new Bool(pos, false);
            case VALUE_NULL -> new Null(pos);
            default -> throw new IllegalStateException("unexpected token " + p.currentToken());
        };
    }

    /** True when the token at {@code offset} is exactly {@code "value"}, without escapes. */
    private static boolean isPlain(String text, int offset, String value) {
        int end = offset + 1 + value.length();
        return end < text.length() && text.charAt(offset) == '"'
                && text.regionMatches(offset + 1, value, 0, value.length()) && text.charAt(end) == '"';
    }

    private static Pos pos(JsonParser p) {
        return at(p.currentTokenLocation());
    }

    private static Pos at(JsonLocation l) {
        return l == null ? new Pos(1, 1, 0) : new Pos(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()),
                Math.max(0, l.getCharOffset()));
    }

    /**
     * Jackson reports a duplicate field just after its name; this walks back to the opening
     * quote so the problem points at the name, like every other field problem.
     */
    private static Pos nameStart(String text, JsonLocation l) {
        Pos after = at(l);
        int end = (int) after.offset() - 1;
        if (end <= 0 || end >= text.length() || text.charAt(end) != '"') {
            return after;
        }
        int start = end - 1;
        while (start >= 0 && (text.charAt(start) != '"' || (start > 0 && text.charAt(start - 1) == '\\'))) {
            if (text.charAt(start) == '\n') {
                return after;
            }
            start--;
        }
        return start < 0 ? after : new Pos(after.line(), after.column() - (end + 1 - start), start);
    }

    /** Jackson's messages, without the parts that only make sense to Jackson's own users. */
    static String tidy(String message) {
        return message
                .replaceAll(" \\(code \\d+\\)", "")
                .replaceAll(" \\(start marker at .*\\)", "")
                .replace("(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "a JSON value")
                .replaceAll("\\s+", " ")
                .trim();
    }
}
