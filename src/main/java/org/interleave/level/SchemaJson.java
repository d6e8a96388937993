package org.interleave.level;

import com.fasterxml.jackson.core.io.CharTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.i18n.DefaultMessageSource;
import java.math.BigInteger;
import java.util.Locale;
import java.util.StringJoiner;
import org.interleave.level.JsonTree.Arr;
import org.interleave.level.JsonTree.Bool;
import org.interleave.level.JsonTree.Member;
import org.interleave.level.JsonTree.Node;
import org.interleave.level.JsonTree.Null;
import org.interleave.level.JsonTree.Num;
import org.interleave.level.JsonTree.Obj;
import org.interleave.level.JsonTree.Str;

/**
 * The level schema's text as the Jackson nodes that {@code ObjectMapper.readTree} makes of it,
 * built without an {@code ObjectMapper}: starting Jackson's data binding took about a third of a
 * schema check's start (issue 17).
 *
 * <p>The validator renders every {@code enum} string with {@code toString()} as it builds the
 * schema, which data binding serves; {@link Quoted} quotes it as that serialiser does (a test
 * compares the two), so the validator never starts data binding for a level that passes. The
 * loader's messages do not use that rendering: {@link #message} words an {@code enum} error from
 * the error's parts, the schema's values quoted here.
 */
final class SchemaJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SchemaJson() {}

    /** The nodes of a JSON text. */
    static JsonNode read(String text) throws JsonTree.SyntaxError {
        return node(JsonTree.parse(text));
    }

    private static JsonNode node(Node n) {
        return switch (n) {
            case Obj o -> {
                ObjectNode out = NODES.objectNode();
                for (Member m : o.members()) {
                    out.set(m.name(), node(m.value()));
                }
                yield out;
            }
            case Arr a -> {
                ArrayNode out = NODES.arrayNode();
                for (Node item : a.items()) {
                    out.add(node(item));
                }
                yield out;
            }
            case Str s -> new Quoted(s.value());
            case Num num -> number(num);
            case Bool b -> NODES.booleanNode(b.value());
            case Null x -> NODES.nullNode();
        };
    }

    /** The number node readTree makes: the smallest of int, long and BigInteger that holds it; a double if not integral. */
    private static JsonNode number(Num n) {
        if (!n.integral()) {
            return NODES.numberNode(Double.parseDouble(n.text()));
        }
        BigInteger value = new BigInteger(n.text());
        if (value.bitLength() < Integer.SIZE) {
            return NODES.numberNode(value.intValue());
        }
        return value.bitLength() < Long.SIZE ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
    }

    /**
     * The validator's message for {@code e}, its {@code enum} values quoted as JSON here rather than
     * by their nodes' {@code toString()}: the words are the validator's own (its message source,
     * by the error's key), the values are the schema's, from the error's schema node.
     */
    static String message(Error e) {
        JsonNode values = e.getSchemaNode();
        if (!"enum".equals(e.getKeyword()) || values == null || !values.isArray()) {
            return e.getMessage();
        }
        StringJoiner list = new StringJoiner(", ", "[", "]");
        for (JsonNode v : values) {
            if (v.isContainerNode()) {
                return e.getMessage();  // not in our schema: the validator's own rendering
            }
            list.add(v.isTextual() ? quote(v.textValue()) : v.asText());
        }
        // the validator's default locale (ExecutionConfig): its messages in English, whatever the JVM's
        return DefaultMessageSource.getInstance().getMessage(e.getMessageKey(), Locale.ROOT, list.toString());
    }

    /** {@code s} as a JSON string, quoted and escaped as Jackson writes it. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        CharTypes.appendQuoted(b, s);
        return b.append('"').toString();
    }

    /** A string node whose {@code toString()} is its JSON text, quoted without data binding. */
    static final class Quoted extends TextNode {
        private static final long serialVersionUID = 1L;

        Quoted(String value) {
            super(value);
        }

        @Override
        public String toString() {
            return quote(textValue());
        }
    }
}
